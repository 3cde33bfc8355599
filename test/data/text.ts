/**
 * Text helpers for the dataset tests: 8-word shingles (normalisation and hash shared with
 * scripts/seed-shingles.mjs through scripts/shingles.mjs) and a simple Flesch–Kincaid grade estimate.
 */
import type { Dataset } from '../../src/data/types.js';
import { cyrb53, normalise } from '../../scripts/shingles.mjs';

export { cyrb53, normalise };

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

/**
 * The prose a reader sees, as [path, text]: sentences written for people in pain. Names, titles,
 * ids, source titles and study details (population, comparator, effect) are left out — they are
 * labels or citations, not prose.
 */
export function proseFields(ds: Dataset): [string, string][] {
  const out: [string, string][] = [];
  const add = (path: string, text: string | undefined) => text && out.push([path, text]);
  ds.techniques.forEach((t, i) => {
    const p = `techniques[${i}]`;
    add(`${p}.summary`, t.summary);
    add(`${p}.howItIsDone`, t.howItIsDone);
    add(`${p}.feelsLike`, t.feelsLike);
    t.claims.forEach((c, j) => add(`${p}.claims[${j}].text`, c.text));
  });
  ds.conditions.forEach((c, i) => add(`conditions[${i}].summary`, c.summary));
  ds.evidence.forEach((e, i) => add(`evidence[${i}].verdict`, e.verdict));
  ds.precautions.forEach((p, i) => {
    add(`precautions[${i}].when`, p.when);
    add(`precautions[${i}].action`, p.action);
    p.signs?.forEach((s, j) => add(`precautions[${i}].signs[${j}]`, s));
  });
  ds.routines.forEach((r, i) => {
    add(`routines[${i}].summary`, r.summary);
    r.steps.forEach((s, j) => {
      add(`routines[${i}].steps[${j}].instruction`, s.instruction);
      add(`routines[${i}].steps[${j}].safety`, s.safety);
    });
  });
  return out;
}

/**
 * Syllables in one word, by a simple, documented heuristic (good to about ±1 per long word):
 * count groups of vowels (a e i o u y); drop a silent final "e" (but not "-le" after a consonant,
 * as in "gentle"); count "-ed" as silent unless after t or d; every word has at least one syllable.
 * Digits count as one syllable per number.
 */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!w) return 0;
  if (/^\d+$/.test(w)) return 1;
  if (w.length <= 3) return 1;
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) w = w.slice(0, -1);
  else if (/[^aeiouytd]ed$/.test(w)) w = w.slice(0, -2);
  const groups = w.match(/[aeiouy]+/g);
  return Math.max(1, groups ? groups.length : 1);
}

/**
 * Flesch–Kincaid grade of a text: 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59.
 * Sentences end at . ! ? (a text with none is one sentence); words are runs of letters or digits.
 */
export function fleschKincaid(texts: string[]): { grade: number; words: number; sentences: number; syllables: number } {
  let words = 0;
  let sentences = 0;
  let syl = 0;
  for (const text of texts) {
    const ws = text.match(/[A-Za-z0-9']+/g) ?? [];
    if (!ws.length) continue;
    words += ws.length;
    sentences += Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
    for (const w of ws) syl += syllables(w);
  }
  const grade = words ? 0.39 * (words / sentences) + 11.8 * (syl / words) - 15.59 : 0;
  return { grade, words, sentences, syllables: syl };
}
