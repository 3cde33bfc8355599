#!/usr/bin/env node
// What the bundled English content costs, in gzip bytes.
//
//   node scripts/content-size.mjs           prints the table
//   node scripts/content-size.mjs --check   also fails when the average per item is over 1 KB
//   node scripts/content-size.mjs --json    the figures as JSON
//
// - Total: the dataset module (src/data/dataset.ts and the files it imports), bundled and minified
//   with esbuild, then gzipped. Strings shared by several items (a source, a precaution) count once.
// - Average per item: that total divided by the number of techniques, conditions and routines,
//   the items a clinic offers, treats and hands out. Target: at most 1 KB.
// - Each item alone: its own JSON, gzipped on its own. Shared strings are not in it, and a small
//   file compresses worse than a large one, so these do not add up to the total.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LIMIT = 1024;
const check = process.argv.includes('--check');
const asJson = process.argv.includes('--json');

const out = mkdtempSync(join(tmpdir(), 'bw-content-'));
try {
  const file = join(out, 'dataset.js');
  await build({
    entryPoints: [join(root, 'src/data/dataset.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    outfile: file,
    logLevel: 'silent',
  });
  const total = gzipSync(readFileSync(file)).length;
  const { dataset } = await import(pathToFileURL(file).href);
  const gz = (value) => gzipSync(JSON.stringify(value)).length;
  const kinds = ['techniques', 'conditions', 'routines'];
  const items = kinds.flatMap((kind) => dataset[kind].map((item) => ({ kind, id: item.id, bytes: gz(item) })));
  const average = total / items.length;
  const byKind = Object.fromEntries(
    kinds.map((kind) => {
      const list = items.filter((i) => i.kind === kind);
      return [kind, { count: list.length, alone: Math.round(list.reduce((s, i) => s + i.bytes, 0) / list.length) }];
    }),
  );
  const shared = Object.fromEntries(
    ['evidence', 'precautions', 'sources', 'regions', 'areas'].map((kind) => [
      kind,
      { count: dataset[kind].length, bytes: gz(dataset[kind]) },
    ]),
  );
  const report = {
    total,
    items: items.length,
    average: Math.round(average),
    limit: LIMIT,
    byKind,
    shared,
    each: items,
  };
  if (asJson) console.log(JSON.stringify(report, null, 2));
  else {
    const kb = (b) => `${(b / 1024).toFixed(2)} KB`;
    console.log(`English content, bundled and minified: ${kb(total)} gzip`);
    console.log(
      `Items (techniques + conditions + routines): ${items.length}; average ${Math.round(average)} B each (limit ${LIMIT} B)`,
    );
    console.log('\nEach item alone (its own JSON, gzip):');
    for (const kind of kinds) {
      const { count, alone } = byKind[kind];
      console.log(`  ${kind}: ${count}, ${alone} B on average`);
      for (const i of items.filter((x) => x.kind === kind)) console.log(`    ${i.id.padEnd(32)} ${i.bytes} B`);
    }
    console.log('\nShared lists (JSON, gzip):');
    for (const [kind, { count, bytes }] of Object.entries(shared)) console.log(`  ${kind}: ${count}, ${kb(bytes)}`);
  }
  if (check && average > LIMIT) {
    console.error(`\nThe content averages ${Math.round(average)} B per item, over the ${LIMIT} B budget.`);
    process.exitCode = 1;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
