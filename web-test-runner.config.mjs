// @web/test-runner configuration: component tests in real Chromium, Firefox and WebKit.
// Run it through `npm run test:browsers` (scripts/test-browsers.mjs), which finds the system
// browsers, chooses engines (BW_ENGINES) and provides an X display for WebKit.
import { readdirSync, statSync, writeSync } from 'node:fs';
import { join, relative } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { findEngines } from './scripts/browsers.mjs';
import { webkitGtkLauncher } from './test/support/webkit-launcher.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { browserCommandsPlugin } from './test/support/browser-commands-plugin.mjs';
import { consoleCapturePlugin } from './test/support/console-capture-plugin.mjs';
import { screenshotPlugin } from './test/support/screenshot-plugin.mjs';
import { embedPagesPlugin } from './test/support/embed-pages-plugin.mjs';
import { reactPlugin } from './test/support/react-plugin.mjs';
import { cdpCountersPlugin } from './test/support/cdp-counters-plugin.mjs';

// An error that escapes a plugin or a browser driver stops the runner, and its progress display
// can swallow the message. Write such errors straight to stderr, so a run that ends early says why.
// Unhandled rejections are only logged: @web/test-runner-webdriver does not catch a failed page
// navigation (SessionManager.queueStartSession), and WebKitWebDriver once took 300 s to answer one
// on a loaded machine, which used to end the whole run with exit code 1 and no message. A page
// that never starts still fails the run through testsStartTimeout.
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (error) => writeSync(2, `\n[web-test-runner] ${event}: ${error?.stack ?? error}\n`));
}

const engines = findEngines();
const path = (name) => engines.find((e) => e.name === name).paths;
const selected = (process.env.BW_ENGINES ?? 'chromium,firefox,webkit').split(',').filter(Boolean);

const launchers = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: path('chromium').chromium,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  firefox: () =>
    Object.assign(
      puppeteerLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath: path('firefox').firefox,
          headless: true,
          // Test pages run in tabs; do not slow the timers of the ones in the background.
          extraPrefsFirefox: {
            'dom.min_background_timeout_value': 4,
            'dom.timeout.enable_budget_timer_throttling': false,
          },
        },
      }),
      // One page at a time: axe runs in a background tab took over 20 s on a loaded machine.
      { concurrency: 1 },
    ),
  webkit: () => webkitGtkLauncher({ driver: path('webkit').webkitDriver, miniBrowser: path('webkit').miniBrowser }),
};

/** Every stories file, so test/stories.test.ts can render and axe-check each story. */
function storiesFiles(dir = 'stories') {
  let files = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) files = files.concat(storiesFiles(full));
    else if (/\.stories\.ts$/.test(name)) files.push(relative('.', full));
  }
  return files.sort();
}

const storiesIndexPlugin = {
  name: 'bw-stories-index',
  serve(context) {
    if (context.path !== '/__bw__/stories.js') return undefined;
    const files = storiesFiles();
    const imports = files.map((file, i) => `import * as m${i} from '/${file}';`).join('\n');
    const list = files.map((file, i) => `{ file: ${JSON.stringify(file)}, module: m${i} }`).join(',\n');
    return { body: `${imports}\nexport default [${list}];\n`, type: 'js' };
  },
};

const withCoverage = selected.includes('chromium');

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrentBrowsers: 3,
  concurrency: 2,
  browsers: selected.map((name) => launchers[name]()),
  reporters: [defaultReporter(), summaryReporter()],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    storiesIndexPlugin,
    browserCommandsPlugin(),
    consoleCapturePlugin(),
    screenshotPlugin(),
    embedPagesPlugin(),
    reactPlugin(),
    cdpCountersPlugin(),
  ],
  testFramework: { config: { timeout: 20000 } },
  // Lit announces dev mode once per page; everything else a test logs is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 240000,
  coverage: withCoverage,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.d.ts', '**/node_modules/**'],
    threshold: { lines: 90, statements: 90 },
    reportDir: 'coverage',
    report: true,
  },
};
