import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';
import MagicString from 'magic-string';
import remapping from '@jridgewell/remapping';

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

/** `\\uXXXX` for each UTF-16 unit of `text`. */
function escapeUnits(text: string): string {
  let escaped = '';
  for (let i = 0; i < text.length; i++) escaped += `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return escaped;
}

/**
 * Ships ASCII-only JavaScript: every character outside ASCII in an output chunk (typographic
 * quotes and dashes in UI text and content, symbols in CSS, comments) becomes a `\\uXXXX` escape,
 * one per UTF-16 unit. Strings, template literals, regular expressions and CSS `content` read the
 * same; the bytes no longer depend on the charset a host page serves them with (as Latin-1, a dash
 * would read "â€”"). Runs in `generateBundle`, after Vite's own output transforms, which print
 * escapes back as characters; the chunk's source map is composed with the edits.
 */
function asciiOnly(): Plugin {
  return {
    name: 'bw-ascii-only',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !/[^\x00-\x7f]/.test(chunk.code)) continue;
        const out = new MagicString(chunk.code);
        for (const match of chunk.code.matchAll(/[^\x00-\x7f]+/g)) {
          out.overwrite(match.index, match.index + match[0].length, escapeUnits(match[0]));
        }
        chunk.code = out.toString();
        if (chunk.map) {
          const edits = out.generateMap({ hires: true, source: chunk.fileName });
          const composed = remapping([edits.toString(), chunk.map.toString()], () => null);
          Object.assign(chunk.map, { mappings: composed.mappings });
          const asset = bundle[`${chunk.fileName}.map`];
          if (asset?.type === 'asset') asset.source = chunk.map.toString();
        }
      }
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
  plugins: [minifyLiterals(), asciiOnly()],
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
  plugins: [minifyLiterals(), asciiOnly()],
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
