#!/usr/bin/env node
// Subresource Integrity for the script-tag bundles. Run at the end of `npm run build`:
//
//   node scripts/integrity.mjs          hashes dist/bodywork-elements.js and .iife.js (sha384),
//                                       writes dist/integrity.json and the README block between
//                                       <!-- integrity:start --> and <!-- integrity:end -->
//   node scripts/integrity.mjs --check  changes nothing; exits 1 if dist/integrity.json or the README
//                                       block do not match the files in dist/ (part of test:package)
//
// With CI=true the build writes dist/integrity.json but leaves README.md alone, so that the check
// in test:package fails when the committed README's hashes are not those of the build.
//
// The README block is formatted with the project's Prettier settings before it is written, so
// `prettier --check` accepts it. Only the block is touched; the rest of the README is left as it is.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FILES = ['bodywork-elements.js', 'bodywork-elements.iife.js'];
const START = '<!-- integrity:start -->';
const END = '<!-- integrity:end -->';
const readmePath = join(root, 'README.md');
const manifestPath = join(root, 'dist', 'integrity.json');

function fail(message) {
  console.error(`integrity: ${message}`);
  process.exit(1);
}

/** `sha384-<base64>` of each bundle, keyed by file name. */
function hashes() {
  const result = {};
  for (const file of FILES) {
    let bytes;
    try {
      bytes = readFileSync(join(root, 'dist', file));
    } catch {
      fail(`dist/${file} is missing: run npm run build first.`);
    }
    result[file] = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  }
  return result;
}

/** The Markdown between the markers, before formatting. */
function block(version, sri) {
  const base = `https://cdn.jsdelivr.net/npm/bodywork-elements@${version}/dist`;
  return [
    '',
    'With [Subresource Integrity](https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity),',
    `for version ${version} (from a CDN as here, or from your own copy: the hashes are the same):`,
    '',
    '```html',
    `<script type="module" src="${base}/${FILES[0]}" integrity="${sri[FILES[0]]}" crossorigin="anonymous"></script>`,
    `<script src="${base}/${FILES[1]}" integrity="${sri[FILES[1]]}" crossorigin="anonymous" defer></script>`,
    '```',
    '',
    `These hashes are for the files of this exact build of version ${version};`,
    '`dist/integrity.json` in the package ships them, so take them from there when you upgrade.',
    '',
  ].join('\n');
}

/** The README with the block replaced, the block formatted as Prettier would format the whole file. */
async function updatedReadme(readme, content) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) fail(`README.md has no ${START} … ${END} block.`);
  const replaced = readme.slice(0, start + START.length) + content + readme.slice(end);
  const options = (await prettier.resolveConfig(readmePath)) ?? {};
  const formatted = await prettier.format(replaced, { ...options, filepath: readmePath });
  const fStart = formatted.indexOf(START);
  const fEnd = formatted.indexOf(END);
  return readme.slice(0, start) + formatted.slice(fStart, fEnd) + readme.slice(end);
}

const check = process.argv.includes('--check');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const sri = hashes();
const manifest = `${JSON.stringify(sri, null, 2)}\n`;
const readme = readFileSync(readmePath, 'utf8');
const expected = await updatedReadme(readme, block(version, sri));

if (check) {
  const problems = [];
  let shipped;
  try {
    shipped = readFileSync(manifestPath, 'utf8');
  } catch {
    shipped = undefined;
  }
  if (shipped !== manifest) problems.push('dist/integrity.json does not match the bundles in dist/');
  if (readme !== expected) {
    problems.push(
      `the README block between ${START} and ${END} does not match the bundles in dist/ (version ${version})`,
    );
  }
  if (problems.length) {
    fail(
      `${problems.join('; and ')}.\nRun \`npm run build\` (or \`node scripts/integrity.mjs\` after a build) and commit README.md.`,
    );
  }
  console.log(`integrity: README.md and dist/integrity.json match the bundles of version ${version}.`);
} else {
  writeFileSync(manifestPath, manifest);
  for (const file of FILES) console.log(`integrity: dist/${file} ${sri[file]}`);
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  if (readme !== expected && ci) console.log('integrity: CI, README.md left as committed (test:package checks it).');
  else if (readme !== expected) writeFileSync(readmePath, expected);
}
