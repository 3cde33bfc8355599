import { expect } from '@open-wc/testing';
import { dataset } from '../../src/data/index.js';
import { allStrings, cyrb53, normalise, shingles } from './text.js';

interface ShingleFile {
  n: number;
  hash: string;
  count: number;
  hashes: number[];
}

describe('dataset originality', () => {
  it('normalises and hashes exactly as scripts/seed-shingles.mjs does', () => {
    // Test vectors produced by the script's own functions.
    expect(cyrb53('a')).to.equal(7929297801672961);
    expect(cyrb53('the quick brown fox jumps over the lazy dog')).to.equal(8115220743735384);
    expect(normalise('It’s “Deep-Tissue” — 100% OK!')).to.equal('it s deep tissue 100 ok');
  });

  it('copies no run of 8 consecutive words from the seed articles', async () => {
    const file = (await (await fetch(new URL('./seed-shingles.json', import.meta.url))).json()) as ShingleFile;
    expect(file.n).to.equal(8);
    expect(file.hash).to.equal('cyrb53');
    expect(file.hashes.length).to.equal(file.count);
    expect(file.count).to.be.greaterThan(1000);
    const seed = new Set(file.hashes);
    const copied: string[] = [];
    let runs = 0;
    for (const [path, text] of allStrings(dataset)) {
      for (const [hash, words] of shingles(text)) {
        runs++;
        if (seed.has(hash)) copied.push(`${path}: "${words}"`);
      }
    }
    expect(runs).to.be.greaterThan(1000);
    expect(copied, copied.join('\n')).to.deep.equal([]);
  });
});
