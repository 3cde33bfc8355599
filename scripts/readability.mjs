#!/usr/bin/env node
// Reading grade of the dataset's visitor-facing text, shared by test/data/readability.test.ts
// (in the browser) and this command (in Node):
//
//   node scripts/readability.mjs            every sentence over grade 8, worst first, and the pooled grade
//   node scripts/readability.mjs --all      every sentence with its grade
//
// The grade is Flesch-Kincaid: 0.39 x (words / sentences) + 11.8 x (syllables / words) - 15.59,
// with syllables counted by the heuristic in `syllables` below. No dependencies.

/**
 * Syllables in one word, by a simple, documented heuristic (good to about +/-1 per long word):
 * count groups of vowels (a e i o u y); drop a silent final "e" (but not "-le" after a consonant,
 * as in "gentle"); count "-ed" as silent unless after t or d; every word has at least one syllable.
 * Digits count as one syllable per number.
 */
export function syllables(word) {
  let w = word.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!w) return 0;
  if (/^\d+$/.test(w)) return 1;
  if (w.length <= 3) return 1;
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) w = w.slice(0, -1);
  else if (/[^aeiouytd]ed$/.test(w)) w = w.slice(0, -2);
  const groups = w.match(/[aeiouy]+/g);
  return Math.max(1, groups ? groups.length : 1);
}

const WORD = /[A-Za-z0-9']+/g;
const words = (text) => text.match(WORD) ?? [];

/**
 * Flesch-Kincaid grade of some texts taken together. Sentences end at . ! or ? (a text with none
 * is one sentence); words are runs of letters, digits and apostrophes.
 */
export function fleschKincaid(texts) {
  let w = 0;
  let sentences = 0;
  let syl = 0;
  for (const text of texts) {
    const ws = words(text);
    if (!ws.length) continue;
    w += ws.length;
    sentences += Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
    for (const x of ws) syl += syllables(x);
  }
  const grade = w ? 0.39 * (w / sentences) + 11.8 * (syl / w) - 15.59 : 0;
  return { grade, words: w, sentences, syllables: syl };
}

/** Shorter sentences than this are graded together with the next one (or the one before). */
export const MIN_SENTENCE_WORDS = 5;

/**
 * The sentences of a text, as graded: split after . ! or ? followed by a space. The
 * formula swings wildly on a sentence of two or three words (one long word decides it), so a
 * sentence under {@link MIN_SENTENCE_WORDS} words is joined to the next one in the same text, or,
 * at the end, to the one before. Every word is still graded, once.
 */
export function gradedSentences(text) {
  const parts = text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
  const out = [];
  let carry = '';
  for (const part of parts) {
    const joined = carry ? `${carry} ${part}` : part;
    if (words(joined).length < MIN_SENTENCE_WORDS) carry = joined;
    else {
      out.push(joined);
      carry = '';
    }
  }
  if (carry) {
    if (out.length) out[out.length - 1] = `${out[out.length - 1]} ${carry}`;
    else out.push(carry);
  }
  return out;
}

/** How a card shows who was studied and what they were compared with (the English `studied` term). */
export const studiedLine = (population, comparator) => `Studied: ${population}. Compared with: ${comparator}.`;

/**
 * Every text of the dataset that a visitor reads as a sentence, as [path, text]. Study details are
 * graded as the card shows them: one line made of the population and the comparator (`studied`,
 * the English term by default). Left out: names and titles (labels), ids, source titles (the
 * papers' own words, shown as link text), effect figures (numbers for clinicians) and the
 * questions of evidence notes (not shown).
 */
export function visitorTexts(ds, studied = studiedLine) {
  const out = [];
  const add = (path, text) => typeof text === 'string' && text && out.push([path, text]);
  ds.techniques.forEach((t, i) => {
    const p = `techniques[${i}]`;
    add(`${p}.summary`, t.summary);
    add(`${p}.howItIsDone`, t.howItIsDone);
    add(`${p}.feelsLike`, t.feelsLike);
    t.claims.forEach((c, j) => add(`${p}.claims[${j}].text`, c.text));
    add(`${p}.sideEffects.common`, t.sideEffects?.common);
    add(`${p}.sideEffects.rare`, t.sideEffects?.rare);
  });
  ds.conditions.forEach((c, i) => {
    add(`conditions[${i}].summary`, c.summary);
    add(`conditions[${i}].bestSupported.text`, c.bestSupported?.text);
  });
  ds.evidence.forEach((e, i) => {
    add(`evidence[${i}].verdict`, e.verdict);
    add(`evidence[${i}].population+comparator`, studied(e.population, e.comparator));
  });
  ds.precautions.forEach((p, i) => {
    add(`precautions[${i}].when`, p.when);
    add(`precautions[${i}].action`, p.action);
    p.signs?.forEach((s, j) => add(`precautions[${i}].signs[${j}].text`, s.text));
  });
  ds.routines.forEach((r, i) => {
    add(`routines[${i}].summary`, r.summary);
    r.steps.forEach((s, j) => {
      add(`routines[${i}].steps[${j}].instruction`, s.instruction);
      add(`routines[${i}].steps[${j}].safety`, s.safety);
    });
  });
  for (const [key, text] of Object.entries(ds.help ?? {})) add(`help.${key}`, text);
  return out;
}

/** Every graded sentence of the dataset with its grade, as { path, sentence, grade }. */
export function gradeDataset(ds, studied = studiedLine) {
  return visitorTexts(ds, studied).flatMap(([path, text]) =>
    gradedSentences(text).map((sentence) => ({ path, sentence, grade: fleschKincaid([sentence]).grade })),
  );
}

// Run as a command (in Node only: the browser tests import the functions above).
const argv = globalThis.process?.argv ?? [];
if (
  argv[1] &&
  import.meta.url.startsWith('file:') &&
  (await import('node:url')).fileURLToPath(import.meta.url) === argv[1]
) {
  const { build } = await import('esbuild');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join, resolve, dirname } = await import('node:path');
  const { fileURLToPath, pathToFileURL } = await import('node:url');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const out = mkdtempSync(join(tmpdir(), 'bw-read-'));
  try {
    const file = join(out, 'dataset.js');
    await build({
      entryPoints: [join(root, 'src/data/dataset.ts')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile: file,
      logLevel: 'silent',
    });
    const { dataset } = await import(pathToFileURL(file).href);
    const graded = gradeDataset(dataset).sort((a, b) => b.grade - a.grade);
    const shown = argv.includes('--all') ? graded : graded.filter((g) => g.grade > 8);
    for (const g of shown) console.log(`${g.grade.toFixed(1).padStart(5)}  ${g.path}: ${g.sentence}`);
    const pooled = fleschKincaid(visitorTexts(dataset).map(([, t]) => t));
    console.log(
      `\n${graded.length} sentences, ${pooled.words} words; pooled grade ${pooled.grade.toFixed(1)}; over 8: ${graded.filter((g) => g.grade > 8).length}`,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
