import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';

/**
 * Two library builds:
 * - `vite build` (npm): ES modules, one file per source module, `lit` and `@lit/*` left as
 *   dependencies so apps share one Lit. Types come from `tsc -p tsconfig.build.json`.
 * - `vite build --mode bundle` (script tags): everything, Lit included, minified, as
 *   dist/bodywork-elements.js (`<script type="module">`) and dist/bodywork-elements.iife.js
 *   (classic `<script>`, global `BodyworkElements`).
 */

/**
 * Minifies the `html`, `svg` and `css` template literals in our sources (whitespace, comments,
 * CSS shorthand) in both builds: the library's markup and styles are written readably and shipped
 * small. Sources with `unsafeCSS` are skipped for CSS by the minifier, so those are kept tiny.
 */
function minifyLiterals(): Plugin {
  return {
    name: 'bw-minify-literals',
    async transform(code, id) {
      if (!/\/src\/.+\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map?.toString() ?? null } : null;
    },
  };
}

/** Public entry points: each becomes dist/<name>.js. Element entries register their elements. */
export const entries = {
  index: 'src/index.ts',
  'body-map': 'src/body-map.ts',
  'technique-card': 'src/technique-card.ts',
  'stretch-timer': 'src/stretch-timer.ts',
  provider: 'src/provider.ts',
  react: 'src/react.ts',
  'data/index': 'src/data/index.ts',
};

const npmBuild: UserConfig = {
  plugins: [minifyLiterals()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^react($|\/)/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        // The React components use hooks: mark them as client components for React Server
        // Components frameworks (e.g. the Next.js App Router).
        banner: (chunk) => (chunk.fileName === 'react.js' ? "'use client';" : ''),
      },
    },
  },
};

const scriptTagBuild: UserConfig = {
  plugins: [minifyLiterals()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      name: 'BodyworkElements',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'bodywork-elements.js' : 'bodywork-elements.iife.js'),
    },
    // Vite keeps whitespace in ES library output by default; a script-tag file should be fully minified.
    rolldownOptions: { output: { minify: true } },
  },
};

export default defineConfig(({ mode }) => (mode === 'bundle' ? scriptTagBuild : npmBuild));
