// Dev-server plugin that lets browser tests import React. react and react-dom are published as
// CommonJS only, which the test runner's node resolution serves untouched (and browsers cannot
// run). This plugin answers the bare specifiers below with ES module builds made by esbuild:
// one build with code splitting, so every entry shares one chunk holding the single copy of React
// (react-dom, the test page, src/react.ts and the React that @lit/react is handed all see the same
// hooks dispatcher). Only these specifiers are touched; every other import resolves as before.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { build } from 'esbuild';

/** The React modules tests may import. Add a specifier here to make it importable. */
const SPECIFIERS = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'];
const PREFIX = '/__bw__/react/';
const NAMESPACE = 'bw-react-entry';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The names each CommonJS module exports, read by loading the modules in a separate Node process:
 * React's development build probes `console` when it loads, which the test runner's own console
 * replacement does not survive. The names are the same in React's development and production builds.
 */
async function exportNames(rootDir) {
  const script = `const names = {};
for (const s of ${JSON.stringify(SPECIFIERS)}) names[s] = Object.keys(require(s));
process.stdout.write(JSON.stringify(names));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], { cwd: rootDir });
  return JSON.parse(stdout);
}

/** The ES module text for one CommonJS module: `module.exports` as the default export, each key as a named export. */
function entrySource(specifier, names) {
  const named = names.filter((name) => name !== 'default' && IDENTIFIER.test(name));
  const list = JSON.stringify(specifier);
  return `import m from ${list};\nexport default m;\nexport const { ${named.join(', ')} } = m;\n`;
}

/**
 * @param {{ mode?: 'development' | 'production' }} [options] React build to serve (`NODE_ENV`).
 *   Development by default: React's warnings about misuse then show in the test output.
 */
export function reactPlugin({ mode = 'development' } = {}) {
  /** @type {Promise<Map<string, string>> | undefined} */
  let files;

  /** Builds every entry once, on first request: URL path → module text. */
  function bundle(rootDir) {
    files ??= (async () => {
      const names = await exportNames(rootDir);
      const result = await build({
        absWorkingDir: rootDir,
        entryPoints: Object.fromEntries(SPECIFIERS.map((s) => [s, `${NAMESPACE}:${s}`])),
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        outdir: 'out',
        write: false,
        logLevel: 'silent',
        define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
        plugins: [
          {
            name: NAMESPACE,
            setup(b) {
              b.onResolve({ filter: new RegExp(`^${NAMESPACE}:`) }, (args) => ({
                path: args.path.slice(NAMESPACE.length + 1),
                namespace: NAMESPACE,
              }));
              b.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
                contents: entrySource(args.path, names[args.path]),
                resolveDir: rootDir,
                loader: 'js',
              }));
            },
          },
        ],
      });
      const out = `${rootDir}/out/`;
      return new Map(result.outputFiles.map((file) => [PREFIX + file.path.slice(out.length), file.text]));
    })();
    return files;
  }

  let rootDir = process.cwd();
  return {
    name: 'bw-react',
    serverStart({ config }) {
      rootDir = config.rootDir;
    },
    resolveImport({ source }) {
      return SPECIFIERS.includes(source) ? `${PREFIX}${source}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const body = (await bundle(rootDir)).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
