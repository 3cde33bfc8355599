/**
 * Text helpers for the dataset tests: 8-word shingles (normalisation and hash shared with
 * scripts/seed-shingles.mjs through scripts/shingles.mjs), every string of a value, and the
 * reading-grade measure shared with `node scripts/readability.mjs`.
 */
import { cyrb53, normalise } from '../../scripts/shingles.mjs';

export { cyrb53, normalise };
export {
  fleschKincaid,
  gradeDataset,
  gradedSentences,
  syllables,
  visitorTexts,
  MIN_SENTENCE_WORDS,
} from '../../scripts/readability.mjs';

export const SHINGLE = 8;

/** Every `n`-word run of a text, normalised, as [hash, words]. */
export function shingles(text: string, n = SHINGLE): [number, string][] {
  const words = normalise(text).split(' ').filter(Boolean);
  const out: [number, string][] = [];
  for (let i = 0; i + n <= words.length; i++) {
    const run = words.slice(i, i + n).join(' ');
    out.push([cyrb53(run), run]);
  }
  return out;
}

/** Every string anywhere in a value, with its path. */
export function allStrings(value: unknown, path = '', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => allStrings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) allStrings(v, path ? `${path}.${k}` : k, out);
  return out;
}
