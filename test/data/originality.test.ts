import { expect } from '@open-wc/testing';
import { dataset } from '../../src/data/index.js';
import { allStrings, cyrb53, fleschKincaid, normalise, proseFields, shingles, syllables } from './text.js';

interface ShingleFile {
  n: number;
  hash: string;
  count: number;
  hashes: number[];
}

describe('dataset text', () => {
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

  it('reads at grade 8 or below on average (Flesch–Kincaid estimate over the prose fields)', () => {
    const prose = proseFields(dataset);
    expect(prose.length).to.be.greaterThan(100);
    const { grade, words } = fleschKincaid(prose.map(([, text]) => text));
    expect(words).to.be.greaterThan(1500);
    expect(grade).to.be.at.most(8);
    // No single sentence-set is far past it either.
    for (const [path, text] of prose) expect(fleschKincaid([text]).grade, `${path}: ${text}`).to.be.at.most(12);
  });

  it('counts syllables with the documented heuristic', () => {
    expect(syllables('pain')).to.equal(1);
    expect(syllables('gentle')).to.equal(2);
    expect(syllables('massage')).to.equal(2);
    expect(syllables('therapist')).to.equal(3);
    expect(syllables('stretched')).to.equal(1);
    // Vowel runs undercount words like this one (real: 6); fine on average for plain text.
    expect(syllables('osteoarthritis')).to.be.within(4, 6);
    expect(fleschKincaid(['The cat sat on the mat.']).grade).to.be.below(2);
    expect(
      fleschKincaid(['Musculoskeletal manifestations necessitate comprehensive multidisciplinary evaluation.']).grade,
    ).to.be.above(12);
  });
});
