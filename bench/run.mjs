#!/usr/bin/env node
// `npm run bench`: one headless run of the system Chromium (scripts/browsers.mjs) that measures
//  - <bw-body-map> against react-body-highlighter on React 19: bundle size, first render and
//    100 selection changes, with the ratios against the targets (≤ 0.3× the bundle, ≤ 0.5× the
//    first render);
//  - <bw-technique-list> of every technique: render and layout;
//  - <bw-stretch-timer>: main-thread time over a 60 s routine played in real time.
// It builds what it needs from src/ with esbuild into bench/.out/ (no `npm run build` needed),
// prints a table and writes bench/RESULTS.md. Takes about two minutes, most of it the timer's
// 60 s in real time. BENCH_QUICK=1: a smoke run (few runs, no timer) that writes nothing.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, release, type as osType } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import * as prettier from 'prettier';
import { findEngines } from '../scripts/browsers.mjs';
import { serve } from './serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench', '.out');
const quick = process.env.BENCH_QUICK === '1';

const WARMUP = quick ? 2 : 5;
const RUNS = quick ? 5 : 31;
const CHANGES = 100;
const IDLE_MS = quick ? 2000 : 10_000;
const WINDOW_MS = 10_000;
const TARGET_SIZE = 0.3;
const TARGET_RENDER = 0.5;

// ---- Statistics --------------------------------------------------------------------------------

function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
}
const stats = (values) => ({
  n: values.length,
  median: quantile(values, 0.5),
  p25: quantile(values, 0.25),
  p75: quantile(values, 0.75),
  min: Math.min(...values),
  max: Math.max(...values),
});
const ms = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const spread = (s) => `p25–p75 ${ms(s.p25)}–${ms(s.p75)}, min–max ${ms(s.min)}–${ms(s.max)}`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (r) => `${r.toFixed(2)}×`;

// ---- Bundles -----------------------------------------------------------------------------------

const esbuildOptions = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  // technique-list.ts imports the card module for its class only; registering is the entry's job.
  logOverride: { 'ignored-bare-import': 'silent' },
  write: false,
};
const entry = (contents, loader = 'js') => ({ stdin: { contents, resolveDir: root, loader, sourcefile: 'entry' } });

const bundles = {
  // Ours: the body-map entry as a standalone bundle, Lit included.
  ours: { entryPoints: ['src/body-map.ts'] },
  // Theirs: what a page needs to show react-body-highlighter: React, ReactDOM's client and the component.
  theirs: entry(
    [
      "export { createElement } from 'react';",
      "export { createRoot } from 'react-dom/client';",
      "export { flushSync } from 'react-dom';",
      "export { default as Model, MuscleType } from 'react-body-highlighter';",
    ].join('\n'),
  ),
  // For information only: the component on its own, for a page that already ships React.
  theirsComponentOnly: {
    ...entry("export { default as Model } from 'react-body-highlighter';"),
    external: ['react', 'react-dom'],
  },
  // The other elements, for the list and timer suites.
  elements: entry(
    [
      "export * from './src/technique-card.ts';",
      "export * from './src/stretch-timer.ts';",
      "export { routines } from './src/data/routines.ts';",
      "export { routineDurationSeconds, routineSegments } from './src/data/sequence.ts';",
    ].join('\n'),
    'ts',
  ),
};
const files = { ours: 'body-map.js', theirs: 'react-body-highlighter.js', elements: 'elements.js' };

async function buildBundles() {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const sizes = {};
  for (const [name, options] of Object.entries(bundles)) {
    const result = await build({ ...esbuildOptions, ...options });
    const code = result.outputFiles[0].contents;
    sizes[name] = { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
    if (files[name]) await writeFile(join(out, files[name]), code);
  }
  return sizes;
}

// ---- Machine -----------------------------------------------------------------------------------

async function machine(browser) {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown';
  let cores;
  try {
    cores = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    cores = String(availableParallelism());
  }
  return {
    cpu,
    cores,
    os: `${osType()} ${release()}`,
    chromium: browser.version(),
    node: process.version,
    load: loadavg()
      .map((l) => l.toFixed(2))
      .join(', '),
  };
}

/** Plays the 60 s routine in real time, sampling the renderer's CDP metrics every 10 s. */
async function timerSuite(page, { idleMs, label }) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(list.map((m) => [m.name, m.value]));
  };
  const diff = (a, b) => ({
    task: (b.TaskDuration - a.TaskDuration) * 1000,
    script: (b.ScriptDuration - a.ScriptDuration) * 1000,
    style: (b.RecalcStyleDuration - a.RecalcStyleDuration) * 1000,
    layout: (b.LayoutDuration - a.LayoutDuration) * 1000,
    thread: (b.ThreadTime - a.ThreadTime) * 1000,
    styleCount: b.RecalcStyleCount - a.RecalcStyleCount,
    layoutCount: b.LayoutCount - a.LayoutCount,
    seconds: b.Timestamp - a.Timestamp,
  });
  const prepared = await page.evaluate(() => window.bench.prepare());
  if (prepared.seconds !== 60 || prepared.errors.length) {
    throw new Error(`The 60 s routine is not 60 s or not valid: ${JSON.stringify(prepared)}`);
  }
  console.log(
    `Stretch timer, ${label}: ${idleMs ? `${idleMs / 1000} s idle baseline, then ` : ''}the ${prepared.seconds} s routine in real time …`,
  );
  let idle;
  if (idleMs) {
    const idleBefore = await metrics();
    await page.evaluate((t) => window.bench.idle(t), idleMs);
    idle = diff(idleBefore, await metrics());
  }

  const samples = [await metrics()];
  if (!(await page.evaluate(() => window.bench.start()))) throw new Error('The timer did not start');
  const startedAt = Date.now();
  const finished = page.evaluate(() => window.bench.finished());
  let ended = false;
  finished.then(
    () => (ended = true),
    () => (ended = true),
  );
  // One sample every 10 s: six windows, for the spread of the per-second figure.
  for (let k = 1; ; k++) {
    const wait = startedAt + k * WINDOW_MS - Date.now();
    await Promise.race([new Promise((r) => setTimeout(r, Math.max(0, wait))), finished.catch(() => {})]);
    if (ended) break;
    samples.push(await metrics());
  }
  const run = await finished;
  samples.push(await metrics());
  const total = diff(samples[0], samples.at(-1));
  // A last window of under a second (the routine ended just after a sample) is left out of the spread.
  const windows = samples
    .slice(1)
    .map((s, i) => diff(samples[i], s))
    .filter((w) => w.seconds > 1);
  return { prepared, idle, run, total, windows };
}

// ---- Run ---------------------------------------------------------------------------------------

const executablePath = findEngines().find((e) => e.name === 'chromium').paths.chromium;
if (!executablePath) {
  console.error('Chromium not found: apt-get install chromium (or set CHROMIUM_BIN)');
  process.exit(1);
}

console.log('Building the bundles into bench/.out/ …');
const sizes = await buildBundles();
const server = await serve(root);
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    '--js-flags=--expose-gc',
  ],
});

async function openSuite(suite, options = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, ...options });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  await page.goto(`${server.url}/bench/harness.html?suite=${suite}`);
  await page
    .waitForFunction(() => window.bench, undefined, { timeout: 30_000 })
    .catch((error) => {
      throw new Error(`${suite}: the harness did not load (${problems.join('; ') || error.message})`);
    });
  return { page, problems };
}

let results;
try {
  const info = await machine(browser);

  console.log(`Body map vs react-body-highlighter (${WARMUP} warm-up + ${RUNS} runs each, interleaved) …`);
  const compare = await openSuite('compare');
  const content = await compare.page.evaluate(() => window.bench.describe());
  const first = await compare.page.evaluate((o) => window.bench.firstRender(o), { warmup: WARMUP, runs: RUNS });
  const select = await compare.page.evaluate((o) => window.bench.selection(o), {
    warmup: WARMUP,
    runs: RUNS,
    changes: CHANGES,
  });
  await compare.page.close();

  console.log('Technique list …');
  const list = await openSuite('list');
  const listRender = await list.page.evaluate((o) => window.bench.listRender(o), { warmup: WARMUP, runs: RUNS });
  await list.page.close();

  // The timer twice: as most visitors see it (each one-second step of the ring eases in over
  // 250 ms), and with prefers-reduced-motion, where the ring jumps: the difference is the easing's cost.
  let timerResult;
  let timerReduced;
  const timerProblems = [];
  if (quick) {
    console.log('Stretch timer: skipped (BENCH_QUICK=1)');
  } else {
    for (const reducedMotion of ['no-preference', 'reduce']) {
      const timer = await openSuite('timer', { reducedMotion });
      const result = await timerSuite(timer.page, {
        idleMs: reducedMotion === 'reduce' ? 0 : IDLE_MS,
        label: `prefers-reduced-motion: ${reducedMotion}`,
      });
      timerProblems.push(...timer.problems);
      if (reducedMotion === 'reduce') timerReduced = result;
      else timerResult = result;
      await timer.page.close();
    }
  }

  results = {
    info,
    sizes,
    content,
    first,
    select,
    listRender,
    timer: timerResult,
    timerReduced,
    problems: { compare: compare.problems, list: list.problems, timer: timerProblems },
  };
} finally {
  await browser.close();
  await server.close();
}

// ---- Report ------------------------------------------------------------------------------------

const { info, content, first, select, listRender, timer, timerReduced } = results;
const firstOurs = stats(first.times.ours);
const firstTheirs = stats(first.times.theirs);
const selOurs = stats(select.times.ours);
const selTheirs = stats(select.times.theirs);
const listTotal = stats(listRender.total);
const listScripted = stats(listRender.scripted);
const sizeRatio = sizes.ours.gzip / sizes.theirs.gzip;
const firstRatio = firstOurs.median / firstTheirs.median;
const selRatio = selOurs.median / selTheirs.median;
for (const name of ['ours', 'theirs']) {
  if (!select.selectedAtEnd[name]) throw new Error(`${name}: the selection changes did not show on the map`);
}
const perSecond = (w) => w.task / w.seconds;
const met = (value, target) => (value <= target ? 'met' : 'not met');

const rows = [
  ['Bundle, gzip', kb(sizes.ours.gzip), kb(sizes.theirs.gzip), ratio(sizeRatio), `≤ ${TARGET_SIZE}×`],
  [
    'Bundle, minified',
    kb(sizes.ours.minified),
    kb(sizes.theirs.minified),
    ratio(sizes.ours.minified / sizes.theirs.minified),
    '',
  ],
  ['First render, median ms', ms(firstOurs.median), ms(firstTheirs.median), ratio(firstRatio), `≤ ${TARGET_RENDER}×`],
  [`${CHANGES} selection changes, median ms`, ms(selOurs.median), ms(selTheirs.median), ratio(selRatio), ''],
];
console.log('');
console.table(
  Object.fromEntries(
    rows.map(([name, o, t, r, target]) => [name, { 'bw-body-map': o, 'react-body-highlighter': t, ratio: r, target }]),
  ),
);
console.log(
  `Targets: bundle ${ratio(sizeRatio)} (≤ ${TARGET_SIZE}×: ${met(sizeRatio, TARGET_SIZE)}), first render ${ratio(firstRatio)} (≤ ${TARGET_RENDER}×: ${met(firstRatio, TARGET_RENDER)})`,
);
console.log(
  `bw-technique-list, ${listRender.cards} cards: median ${ms(listTotal.median)} ms with style and layout (${spread(listTotal)}), ${ms(listScripted.median)} ms to render`,
);
const timerLine = (t, label) => {
  const rates = stats(t.windows.map(perSecond));
  return `bw-stretch-timer, ${t.prepared.seconds} s routine, ${label}: ${ms(t.total.task)} ms of main-thread tasks in ${t.total.seconds.toFixed(1)} s = ${ms(perSecond(t.total))} ms/s (10 s windows: median ${ms(rates.median)}, ${ms(rates.min)}–${ms(rates.max)}), CPU ${ms(t.total.thread / t.total.seconds)} ms/s`;
};
if (timer) {
  console.log(timerLine(timer, 'ring stepping each second'));
  console.log(timerLine(timerReduced, 'prefers-reduced-motion'));
  console.log(`  idle page with the timer shown, not started: ${ms(perSecond(timer.idle))} ms/s`);
}
const problems = Object.entries(results.problems).flatMap(([suite, list]) => list.map((p) => `${suite}: ${p}`));
if (problems.length) console.log(`Console messages:\n  ${problems.join('\n  ')}`);

if (quick) {
  console.log('\nBENCH_QUICK=1: a smoke run; bench/RESULTS.md not written.');
  process.exit(0);
}

function timerRows() {
  const rate = (t) => {
    const w = stats(t.windows.map(perSecond));
    return `${ms(perSecond(t.total))} ms/s (10 s windows: median ${ms(w.median)}, min–max ${ms(w.min)}–${ms(w.max)})`;
  };
  const per = (t, key) => `${ms(t.total[key] / t.total.seconds)} ms/s`;
  const loaf = (t) =>
    t.run.loafSupported ? `${t.run.longFrames}, ${ms(t.run.blockingMs)} ms blocking` : 'not supported';
  const rows = [
    ['Tasks, busy time (CDP `TaskDuration`)', (t) => `${ms(t.total.task)} ms`, rate],
    ['of which script', (t) => `${ms(t.total.script)} ms`, (t) => per(t, 'script')],
    ['of which style recalculation', (t) => `${ms(t.total.style)} ms (${t.total.styleCount}×)`, (t) => per(t, 'style')],
    ['of which layout', (t) => `${ms(t.total.layout)} ms (${t.total.layoutCount}×)`, (t) => per(t, 'layout')],
    ['CPU time (CDP `ThreadTime`)', (t) => `${ms(t.total.thread)} ms`, (t) => per(t, 'thread')],
    ['Long animation frames (> 50 ms)', loaf, () => ''],
  ];
  return rows
    .map(
      ([name, total, perSec]) =>
        `| ${name} | ${total(timer)} | ${perSec(timer)} | ${total(timerReduced)} | ${perSec(timerReduced)} |`,
    )
    .join('\n');
}

const versions = {
  react: JSON.parse(await readFile(join(root, 'node_modules/react/package.json'), 'utf8')).version,
  highlighter: JSON.parse(await readFile(join(root, 'node_modules/react-body-highlighter/package.json'), 'utf8'))
    .version,
};
const loadEnd = loadavg()
  .map((l) => l.toFixed(2))
  .join(', ');
const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
const md = `# Benchmark results

Written by \`npm run bench\` (bench/run.mjs) on ${date} UTC. Do not edit by hand: rerun the command.

| Machine | |
| --- | --- |
| CPU | ${info.cpu}, ${info.cores} cores (\`nproc\`) |
| OS | ${info.os} |
| Browser | Chromium ${info.chromium}, headless |
| Node | ${info.node} |
| Load average at start and end (1, 5, 15 min) | ${info.load}; ${loadEnd} |

## Body map against react-body-highlighter

\`<bw-body-map>\` (front and back views in one element) against two \`Model\`s of react-body-highlighter ${versions.highlighter}, anterior and posterior, on React and react-dom ${versions.react}. Medians over ${RUNS} runs each after ${WARMUP} warm-up runs; spread as p25–p75 and min–max.

| Measure | bw-body-map | react-body-highlighter + React | Ratio (ours/theirs) | Target | |
| --- | --- | --- | --- | --- | --- |
| Bundle, gzip | ${sizes.ours.gzip} B (${kb(sizes.ours.gzip)}) | ${sizes.theirs.gzip} B (${kb(sizes.theirs.gzip)}) | ${ratio(sizeRatio)} | ≤ ${TARGET_SIZE}× | ${met(sizeRatio, TARGET_SIZE)} |
| Bundle, minified | ${sizes.ours.minified} B | ${sizes.theirs.minified} B | ${ratio(sizes.ours.minified / sizes.theirs.minified)} | | |
| First render (ms) | ${ms(firstOurs.median)} (${spread(firstOurs)}) | ${ms(firstTheirs.median)} (${spread(firstTheirs)}) | ${ratio(firstRatio)} | ≤ ${TARGET_RENDER}× | ${met(firstRatio, TARGET_RENDER)} |
| First render, cold (first mount on the page, ms) | ${ms(first.cold.ours)} | ${ms(first.cold.theirs)} | ${ratio(first.cold.ours / first.cold.theirs)} | | |
| ${CHANGES} selection changes (ms) | ${ms(selOurs.median)} (${spread(selOurs)}) | ${ms(selTheirs.median)} (${spread(selTheirs)}) | ${ratio(selRatio)} | | |

For information: react-body-highlighter alone, React left out (a page that already ships React), is ${sizes.theirsComponentOnly.gzip} B gzip (${kb(sizes.theirsComponentOnly.gzip)}); our bundle, Lit included, is ${ratio(sizes.ours.gzip / sizes.theirsComponentOnly.gzip)} that.

What each draws: ours ${content.ours.shapes} region shapes in ${content.ours.nodes} shadow DOM elements, ${content.ours.width}×${content.ours.height} px; theirs ${content.theirs.shapes} polygons in ${content.theirs.nodes} elements, ${content.theirs.width}×${content.theirs.height} px (both in a 44em-wide column). Ours also has the list view toggle, labels, side markers, keyboard and form support; theirs is the drawing with click handlers. Check: at the end of every selection run the last region chosen showed as selected on both maps.

## Technique list

\`<bw-technique-list>\` with no filter (all ${listRender.cards} techniques): create, mount, render every card, style and layout.

| Measure | Median (ms) | Spread (ms) |
| --- | --- | --- |
| Render and layout | ${ms(listTotal.median)} | ${spread(listTotal)} |
| Render only (until every card's \`updateComplete\`) | ${ms(listScripted.median)} | ${spread(listScripted)} |
| Cold (first mount on the page) | ${ms(listRender.cold)} | |

## Stretch timer

\`<bw-stretch-timer>\` playing a ${timer.prepared.seconds} s routine (${timer.prepared.segments} segments: 5 s prep, 15 s left, 5 s to change sides, 15 s right, 5 s rest, 15 s) in real time, page visible (\`visibilityState\` ${timer.run.visibility}). Played twice, each in a fresh page: as most visitors see it, each one-second step of the progress ring easing in over 250 ms on the compositor (a transform), and with \`prefers-reduced-motion: reduce\`, where the ring jumps. Completed in ${(timer.run.wallMs / 1000).toFixed(2)} s and ${(timerReduced.run.wallMs / 1000).toFixed(2)} s wall clock, with ${timer.run.steps} step changes each.

| Main thread over the routine | Ring eased: total | per second | Reduced motion: total | per second |
| --- | --- | --- | --- | --- |
${timerRows()}

Baseline: the same page with the timer shown but not started spent ${ms(timer.idle.task)} ms in ${timer.idle.seconds.toFixed(1)} s (${ms(perSecond(timer.idle))} ms/s).

## Method

One headless run of the system Chromium (found by scripts/browsers.mjs, driven by playwright-core, with \`--expose-gc\` and background throttling off) on bench/harness.html, served from loopback; each suite gets a fresh page. The bundles are built at the start of the run with esbuild (bundled, minified, ESM, ES2022, \`NODE_ENV=production\`, legal comments dropped), ours from src/body-map.ts with Lit included, theirs from an entry that exports React's \`createElement\`, react-dom/client's \`createRoot\`, react-dom's \`flushSync\` and react-body-highlighter's \`Model\`; the page runs the very bundles that are measured and sizes are gzip level 9. *First render* is the time to create the element (ours) or a container, a React root and two \`Model\`s (theirs), mount it, render it to commit — ours by awaiting \`updateComplete\`, theirs with \`root.render\` inside \`flushSync\`, which commits synchronously — and force style and layout with \`getBoundingClientRect()\`; paint is not included. *Selection changes* are ${CHANGES} programmatic changes on a fresh mount, timed together: ours sets the \`value\` property to one region id and awaits \`updateComplete\`, theirs re-renders both \`Model\`s with \`data\` naming one muscle inside \`flushSync\` (react-body-highlighter keeps no selection of its own: the app holds it); each change selects a different region than the one before and is followed by \`getBoundingClientRect()\`. Ours and theirs alternate run by run, taking turns going first, with garbage collected and layout settled before each timed run. The timer figures are differences of the CDP \`Performance.getMetrics\` counters of the page's renderer, sampled before the start, every 10 s and after \`bw-timer-complete\`; the routine is built from the first bundled routine's steps with hold and rest times set to make 60 s, played through the element's \`routine\` property and \`start()\`. Busy time counts every main-thread task of the page, rendering included (style, layout, paint, commit for each frame), so it includes what the browser spends drawing the animated ring; CPU time is less sensitive to other processes competing for the cores. Wall-clock figures on a shared or busy machine are noisy: compare the ratios, which come from interleaved runs, more than the absolute times, and rerun on a quiet machine before quoting.
`;
const options = (await prettier.resolveConfig(join(root, 'bench', 'RESULTS.md'))) ?? {};
const formatted = await prettier.format(md, { ...options, parser: 'markdown' });
await writeFile(join(root, 'bench', 'RESULTS.md'), formatted);
console.log(`\nWrote ${relative(process.cwd(), join(root, 'bench', 'RESULTS.md'))}`);
