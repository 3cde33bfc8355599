#!/usr/bin/env node
// Lighthouse audit of the example clinic page (examples/clinic.html) in the system Chromium.
//
//   npm run build && npm run audit            3 runs of each setup (medians are reported)
//   node audit/run.mjs --runs 5               more runs
//
// Serves a copy of examples/ and dist/bodywork-elements.js (taken when it starts, so a build
// running meanwhile changes nothing) on loopback with bench/serve.mjs, and runs Lighthouse 12 with its
// default mobile settings (simulated slow 4G, 4× CPU slowdown, 412×823 screen) for performance,
// accessibility, best practices and SEO, in two setups, runs interleaved so that load from other
// jobs on the machine falls on both alike:
//   - "as served": bench/serve.mjs as it is (no compression, no cache headers). Targets apply here.
//   - "gzip": the same server behind a small proxy that gzips text responses, as production hosts do.
// Writes:
//   audit/RESULTS.md       date, machine, versions, median scores and metrics, every run, failing audits
//   audit/lighthouse.json  the same figures and every audit that did not pass (not the whole report)
// Exits 1 when a target is missed: accessibility 100, best practices 100, performance ≥ 95 (median).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import * as prettier from 'prettier';
import { serve } from '../bench/serve.mjs';
import { findEngines } from '../scripts/browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PAGE = '/examples/clinic.html';
const BUNDLE = '/dist/bodywork-elements.js';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100 };
const METRICS = [
  ['first-contentful-paint', 'First Contentful Paint'],
  ['largest-contentful-paint', 'Largest Contentful Paint'],
  ['total-blocking-time', 'Total Blocking Time'],
  ['cumulative-layout-shift', 'Cumulative Layout Shift'],
  ['speed-index', 'Speed Index'],
];
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu'];

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('--runs takes a whole number of runs, 1 or more');
  process.exit(2);
}

const chromePath = findEngines().find((e) => e.name === 'chromium').paths.chromium;
if (!chromePath) {
  console.error('Chromium not found: apt-get install chromium (or set CHROMIUM_BIN)');
  process.exit(1);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const score = (value) => (value === null || value === undefined ? null : Math.round(value * 100));

/** A proxy in front of `upstream` that gzips text responses for clients that accept it. */
function gzipProxy(upstream) {
  const server = createServer(async (request, response) => {
    const answer = await fetch(`${upstream}${request.url}`);
    const body = Buffer.from(await answer.arrayBuffer());
    const type = answer.headers.get('content-type') ?? 'application/octet-stream';
    const headers = { 'content-type': type };
    const compress = /gzip/.test(request.headers['accept-encoding'] ?? '') && /text|javascript|json|svg/.test(type);
    response.writeHead(answer.status, compress ? { ...headers, 'content-encoding': 'gzip' } : headers);
    response.end(compress ? gzipSync(body, { level: 9 }) : body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

/** The parts of an audit's details that say what failed and where: node selectors and snippets, URLs, sizes. */
function items(audit, origin) {
  const details = audit.details?.items;
  if (!Array.isArray(details)) return [];
  // A "list" holds tables: take their rows.
  const rows = details.flatMap((item) => (item?.type === 'table' && Array.isArray(item.items) ? item.items : [item]));
  return rows
    .slice(0, 20)
    .map((item) => {
      const out = {};
      for (const [key, value] of Object.entries(item)) {
        if (value && typeof value === 'object' && value.type === 'node') {
          out[key] = { selector: value.selector, snippet: value.snippet, explanation: value.explanation };
        } else if (value && typeof value === 'object' && value.type === 'source-location') {
          out[key] = `${value.url.replace(origin, '')}:${value.line}:${value.column}`;
        } else if (typeof value === 'string') {
          out[key] = value.replace(origin, '');
        } else if (typeof value === 'number') {
          out[key] = Math.round(value * 1000) / 1000;
        }
      }
      return out;
    })
    .filter((item) => Object.keys(item).length);
}

/** Audits in the chosen categories that did not pass, with where, and whether they count towards a score. */
function failing(lhr, origin) {
  const ids = new Set(CATEGORIES.flatMap((c) => lhr.categories[c].auditRefs.map((ref) => ref.id)));
  return [...ids]
    .map((id) => lhr.audits[id])
    .filter(
      (a) =>
        a && a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode),
    )
    .map((a) => ({
      id: a.id,
      title: a.title,
      score: a.score,
      displayValue: a.displayValue,
      scoredIn: CATEGORIES.filter((c) => lhr.categories[c].auditRefs.some((ref) => ref.id === a.id && ref.weight > 0)),
      items: items(a, origin),
    }));
}

/** What the elements' script costs on the main thread, from one report. */
function elementsWork(lhr, origin) {
  const url = `${origin}${BUNDLE}`;
  const bootup = (lhr.audits['bootup-time'].details?.items ?? []).find((i) => i.url === url);
  const longTasks = (lhr.audits['long-tasks'].details?.items ?? []).filter((i) => i.url === url);
  return {
    scriptMs: bootup ? Math.round(bootup.scripting) : 0,
    totalMs: bootup ? Math.round(bootup.total) : 0,
    longTasksMs: longTasks.map((t) => Math.round(t.duration)),
  };
}

const SETUPS = [
  { id: 'served', title: 'as served (bench/serve.mjs)' },
  { id: 'gzip', title: 'gzip (compressing proxy)' },
];

// Serve a copy of the page and the bundle, so that a build started meanwhile cannot change what is measured.
if (!existsSync(join(root, 'dist', 'bodywork-elements.js'))) {
  console.error('dist/bodywork-elements.js is missing: run npm run build first.');
  process.exit(1);
}
const snapshot = mkdtempSync(join(tmpdir(), 'bw-audit-'));
cpSync(join(root, 'examples'), join(snapshot, 'examples'), { recursive: true });
mkdirSync(join(snapshot, 'dist'));
cpSync(join(root, 'dist', 'bodywork-elements.js'), join(snapshot, 'dist', 'bodywork-elements.js'));
process.on('exit', () => rmSync(snapshot, { recursive: true, force: true }));

const server = await serve(snapshot);
const proxy = await gzipProxy(server.url);
const origins = { served: server.url, gzip: proxy.url };
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS, logLevel: 'silent' });
const runs = { served: [], gzip: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    for (const { id } of SETUPS) {
      const origin = origins[id];
      const { lhr } = await lighthouse(`${origin}${PAGE}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const failed = (lhr.audits['network-requests'].details?.items ?? []).filter((r) => r.statusCode !== 200);
      if (failed.length) throw new Error(`Not served: ${failed.map((r) => `${r.url} (${r.statusCode})`).join(', ')}`);
      const run = {
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(lhr.categories[c].score)])),
        metrics: Object.fromEntries(METRICS.map(([m]) => [m, lhr.audits[m].numericValue])),
        elements: elementsWork(lhr, origin),
        lhr,
      };
      runs[id].push(run);
      console.log(
        `${id} run ${i + 1}/${RUNS}: ${CATEGORIES.map((c) => `${c} ${run.scores[c]}`).join(', ')}; ` +
          METRICS.map(([m]) => `${m} ${Math.round(run.metrics[m] * 1000) / 1000}`).join(', '),
      );
    }
  }
} finally {
  await chrome.kill();
  await proxy.close();
  await server.close();
}

/** Medians, the run with the median performance score, and the audits that failed in any run. */
function summarise(id) {
  const list = runs[id];
  const byPerformance = [...list].sort((a, b) => a.scores.performance - b.scores.performance);
  const representative = byPerformance[Math.floor((byPerformance.length - 1) / 2)];
  const failures = new Map();
  for (const run of list) {
    for (const audit of failing(run.lhr, origins[id])) {
      const seen = failures.get(audit.id);
      if (seen) seen.failedRuns += 1;
      else failures.set(audit.id, { ...audit, failedRuns: 1 });
    }
  }
  return {
    median: {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(list.map((r) => r.scores[c]))])),
      metrics: Object.fromEntries(METRICS.map(([m]) => [m, median(list.map((r) => r.metrics[m]))])),
    },
    perRun: list.map(({ scores, metrics, elements }) => ({ scores, metrics, elements })),
    lcpElement: representative.lhr.audits['largest-contentful-paint-element'].details?.items?.[0]?.items?.[0]?.node,
    notPassing: [...failures.values()],
  };
}

const results = Object.fromEntries(SETUPS.map(({ id }) => [id, summarise(id)]));
const lhr = runs.served[0].lhr;
const chromiumVersion = execFileSync(chromePath, ['--version'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
})
  .trim()
  .replace(/ built on .*/, '');
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Linux`;
const date = new Date().toISOString().slice(0, 10);
const settings = lhr.configSettings;
const throttling = `${settings.throttling.rttMs} ms RTT, ${Math.round(settings.throttling.throughputKbps)} Kbps, ${settings.throttling.cpuSlowdownMultiplier}× CPU slowdown`;
const benchmarkIndex = median(runs.served.map((r) => r.lhr.environment.benchmarkIndex));

const summary = {
  date,
  page: PAGE,
  machine,
  chromium: chromiumVersion,
  chromiumFlags: FLAGS,
  lighthouse: lhr.lighthouseVersion,
  settings: {
    formFactor: settings.formFactor,
    throttlingMethod: settings.throttlingMethod,
    throttling: settings.throttling,
    screen: `${settings.screenEmulation.width}×${settings.screenEmulation.height}@${settings.screenEmulation.deviceScaleFactor}`,
  },
  benchmarkIndex: Math.round(benchmarkIndex),
  runsPerSetup: RUNS,
  targets: TARGETS,
  setups: Object.fromEntries(SETUPS.map(({ id, title }) => [id, { title, ...results[id] }])),
};

const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
const metricText = (id, value) => (id === 'cumulative-layout-shift' ? value.toFixed(3) : ms(value));
const targetText = (c) =>
  TARGETS[c] === undefined ? 'for information' : TARGETS[c] === 100 ? '100' : `≥ ${TARGETS[c]}`;
const served = results.served;
const gzip = results.gzip;
const missed = Object.entries(TARGETS).filter(([c, target]) => served.median.scores[c] < target);
const categoryTitle = (c) => lhr.categories[c].title;
const each = (list, pick) => list.map(pick).join(', ');

const lines = [
  '# Lighthouse audit: examples/clinic.html',
  '',
  'Made by `npm run build && npm run audit` (audit/run.mjs), which also writes audit/lighthouse.json.',
  'Re-run it after changing the page or the elements.',
  '',
  `- Date: ${date}`,
  `- Machine: ${machine}, shared with other jobs while it ran: the figures are medians of ${RUNS} run${RUNS === 1 ? '' : 's'} per setup, the two setups interleaved`,
  `- Browser: ${chromiumVersion}, headless (\`${FLAGS.join(' ')}\`)`,
  `- Lighthouse ${lhr.lighthouseVersion}, default mobile settings: ${settings.formFactor}, ${settings.throttlingMethod}d throttling (${throttling}), ${summary.settings.screen} screen; Lighthouse's CPU benchmark index here: ${summary.benchmarkIndex}`,
  '- Setups: **as served** is bench/serve.mjs serving (a copy of) examples/ and dist/ on loopback, as it is: no compression,',
  '  no cache headers. **gzip** puts a proxy that gzips text responses in front of it, as production hosts do.',
  '  Targets apply to "as served".',
  '',
  '## Scores (median)',
  '',
  '| category | as served | each run | gzip | each run | target |',
  '| --- | --- | --- | --- | --- | --- |',
  ...CATEGORIES.map(
    (c) =>
      `| ${categoryTitle(c)} | **${served.median.scores[c]}** | ${each(served.perRun, (r) => r.scores[c])} | ${gzip.median.scores[c]} | ${each(gzip.perRun, (r) => r.scores[c])} | ${targetText(c)} |`,
  ),
  '',
  missed.length
    ? `Targets missed: ${missed.map(([c]) => `${c} ${served.median.scores[c]} (target ${targetText(c)})`).join(', ')}.`
    : 'Every target met: accessibility 100, best practices 100, performance ≥ 95.',
  '',
  '## Metrics (median)',
  '',
  '| metric | as served | each run | gzip | each run |',
  '| --- | --- | --- | --- | --- |',
  ...METRICS.map(
    ([m, title]) =>
      `| ${title} | ${metricText(m, served.median.metrics[m])} | ${each(served.perRun, (r) => metricText(m, r.metrics[m]))} | ${metricText(m, gzip.median.metrics[m])} | ${each(gzip.perRun, (r) => metricText(m, r.metrics[m]))} |`,
  ),
  '',
  `Largest Contentful Paint element (as served, median run): \`${served.lcpElement?.selector ?? 'unknown'}\` (“${served.lcpElement?.nodeLabel ?? ''}”).`,
  '',
  '## Main-thread work of the elements (as served)',
  '',
  `${BUNDLE}, per run, in Lighthouse's simulated time (4× the measured CPU time): script evaluation`,
  `${each(served.perRun, (r) => ms(r.elements.scriptMs))}; all its work ${each(served.perRun, (r) => ms(r.elements.totalMs))};`,
  `long tasks ${each(served.perRun, (r) => (r.elements.longTasksMs.length ? r.elements.longTasksMs.map(ms).join(' + ') : 'none'))}.`,
  '',
  '## Audits that did not pass (as served)',
  '',
];
const scored = served.notPassing.filter((a) => a.scoredIn.length);
const advice = served.notPassing.filter((a) => !a.scoredIn.length);
const describe = (audit) => {
  const out = [
    `- \`${audit.id}\`: ${audit.title}; score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''}; in ${audit.failedRuns} of ${RUNS} runs`,
  ];
  for (const item of audit.items.slice(0, 5)) {
    const node = Object.values(item).find((v) => v && typeof v === 'object' && 'selector' in v);
    if (node) out.push(`  - \`${node.selector}\`: \`${node.snippet}\``);
    else if (item.url) {
      const bytes = (n) => (n < 1024 ? `${n} B` : `${Math.round(n / 1024)} KiB`);
      const size = item.totalBytes ? `, ${bytes(item.totalBytes)}` : '';
      const waste = item.wastedBytes ? `, ${bytes(item.wastedBytes)} to save` : '';
      const time = item.wastedMs ? `, ${Math.round(item.wastedMs)} ms` : '';
      out.push(`  - ${item.url}${size}${waste}${time}`);
    }
  }
  return out;
};
lines.push('Counted in a score:', '');
if (scored.length) lines.push(...scored.flatMap(describe));
else lines.push('- none');
lines.push('', 'Advice and diagnostics (not counted in any score):', '');
if (advice.length) lines.push(...advice.flatMap(describe));
else lines.push('- none');
lines.push('');

const format = async (text, file) =>
  prettier.format(text, { ...((await prettier.resolveConfig(file)) ?? {}), filepath: file });
const resultsPath = join(root, 'audit', 'RESULTS.md');
const jsonPath = join(root, 'audit', 'lighthouse.json');
writeFileSync(resultsPath, await format(lines.join('\n'), resultsPath));
writeFileSync(jsonPath, await format(JSON.stringify(summary), jsonPath));
console.log(
  `median as served: ${CATEGORIES.map((c) => `${c} ${served.median.scores[c]}`).join(', ')}; ` +
    `gzip: ${CATEGORIES.map((c) => `${c} ${gzip.median.scores[c]}`).join(', ')}. Wrote audit/RESULTS.md and audit/lighthouse.json`,
);
if (missed.length) {
  console.error(`Targets missed: ${missed.map(([c, t]) => `${c} ${served.median.scores[c]} < ${t}`).join(', ')}`);
  process.exitCode = 1;
}
