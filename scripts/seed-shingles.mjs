#!/usr/bin/env node
// Builds test/data/seed-shingles.json: the hashes of every run of 8 consecutive words in the
// seed articles (../shared/seeds/*.txt by default). The seed texts themselves never enter this
// repository; the dataset test (test/data/originality.test.ts) normalises every string in the
// dataset the same way and checks that none of its 8-word runs hashes into this set.
//
//   node scripts/seed-shingles.mjs [seedDir] [outFile]
//
// Normalisation and hash come from scripts/shingles.mjs, which the test uses too.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cyrb53, normalise } from './shingles.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'seeds'));
const outFile = resolve(process.argv[3] ?? join(root, 'test', 'data', 'seed-shingles.json'));
export const SHINGLE = 8;

export function shingles(text, n = SHINGLE) {
  const words = normalise(text).split(' ').filter(Boolean);
  const out = [];
  for (let i = 0; i + n <= words.length; i++) out.push(cyrb53(words.slice(i, i + n).join(' ')));
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0) {
    console.error(`No .txt seed files in ${seedDir}`);
    process.exit(1);
  }
  const set = new Set();
  for (const f of files) for (const h of shingles(readFileSync(join(seedDir, f), 'utf8'))) set.add(h);
  const sorted = [...set].sort((a, b) => a - b);
  writeFileSync(outFile, JSON.stringify({ n: SHINGLE, hash: 'cyrb53', count: sorted.length, hashes: sorted }) + '\n');
  console.log(`${files.length} seed files → ${sorted.length} unique ${SHINGLE}-word shingles → ${outFile}`);
}
