#!/usr/bin/env node
// Runs the component tests with @web/test-runner in Chromium, Firefox and WebKit.
//
//   node scripts/test-browsers.mjs                      all engines found on this machine
//   node scripts/test-browsers.mjs --engine firefox     one engine (repeat the flag for more)
//   node scripts/test-browsers.mjs --files test/internal/define.test.ts
//   node scripts/test-browsers.mjs --watch
//
// With CI=true every engine is required and a missing one fails the run, naming its package.
// Otherwise a missing engine is skipped with one line saying how to install it.
// WebKit (WebKitGTK's MiniBrowser) needs an X display: without DISPLAY the run is wrapped in
// `xvfb-run -a`.
import { spawn } from 'node:child_process';
import { findEngines } from './browsers.mjs';

const args = process.argv.slice(2);
const requested = [];
const passThrough = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--engine' || args[i] === '--browser') requested.push(args[++i]);
  else if (args[i].startsWith('--engine=')) requested.push(args[i].slice('--engine='.length));
  else passThrough.push(args[i]);
}

const ci = process.env.CI === 'true' || process.env.CI === '1';
const engines = findEngines();
const unknown = requested.filter((name) => !engines.some((e) => e.name === name));
if (unknown.length) {
  console.error(`Unknown engine ${unknown.join(', ')}. Choose from: ${engines.map((e) => e.name).join(', ')}.`);
  process.exit(2);
}
const wanted = engines.filter((e) => requested.length === 0 || requested.includes(e.name));
const missing = wanted.filter((e) => !e.available);
for (const engine of missing) {
  const line = `${engine.name}: not found — install it with: ${engine.install}`;
  if (ci || requested.includes(engine.name)) console.error(`Missing browser engine. ${line}`);
  else console.warn(`Skipping ${line}`);
}
if (missing.length && (ci || requested.length)) process.exit(1);
const run = wanted.filter((e) => e.available);
if (run.length === 0) {
  console.error('No browser engine found, so no component test can run. Install one: apt-get install chromium');
  process.exit(1);
}

const env = { ...process.env, BW_ENGINES: run.map((e) => e.name).join(',') };
let command = process.execPath;
let commandArgs = [
  'node_modules/@web/test-runner/dist/bin.js',
  '--config',
  'web-test-runner.config.mjs',
  ...passThrough,
];
if (run.some((e) => e.name === 'webkit') && !process.env.DISPLAY) {
  commandArgs = ['-a', '-s', '-screen 0 1280x1024x24', command, ...commandArgs];
  command = 'xvfb-run';
}
const child = spawn(command, commandArgs, { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  // The runner prints its own summary when tests fail; any other ending should not be silent.
  if (signal) console.error(`\nThe test runner was stopped by ${signal}.`);
  else if (code !== 0) console.error(`\nThe test runner exited with code ${code}.`);
  process.exit(code ?? (signal ? 1 : 0));
});
