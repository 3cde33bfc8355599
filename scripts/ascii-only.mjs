#!/usr/bin/env node
// Shipped JavaScript is ASCII-only, so it reads the same whatever charset a host page or a CDN
// serves it with (vite.config.ts escapes everything else as \uXXXX). Part of `npm run test:package`:
//
//   node scripts/ascii-only.mjs   exits 1, naming file, line and text, if any dist/**/*.js file has a
//                                 byte outside ASCII, or if the escaped UI text no longer reads as
//                                 written (the dash in "Stop - this hurts" must still be an em dash)
//
// This runs in Node on the files as built: the test runner's dev server re-prints JavaScript through
// esbuild (ASCII by default), so a browser test would see escaped text whatever the build did.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

function* javascriptFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* javascriptFiles(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

const problems = [];
let count = 0;
for (const file of javascriptFiles(dist)) {
  count++;
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, index) => {
    const at = line.search(/[^\x00-\x7f]/);
    if (at >= 0)
      problems.push(`${relative(root, file)}:${index + 1}: ...${line.slice(Math.max(0, at - 30), at + 10)}...`);
  });
}
if (count < 30) problems.push(`only ${count} JavaScript files in dist/: run npm run build first`);

const { stretchTimer } = await import(pathToFileURL(join(dist, 'internal/localize/en.js')).href);
if (stretchTimer.timerStop !== 'Stop \u2014 this hurts') {
  problems.push(`dist/internal/localize/en.js: timerStop reads ${JSON.stringify(stretchTimer.timerStop)}`);
}

if (problems.length) {
  console.error(`ascii-only: shipped JavaScript must be ASCII-only:\n${problems.slice(0, 20).join('\n')}`);
  process.exit(1);
}
console.log(`ascii-only: ${count} JavaScript files in dist/ are ASCII-only`);
