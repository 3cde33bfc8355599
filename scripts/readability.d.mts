import type { Dataset } from '../src/data/types.js';

export function syllables(word: string): number;
export function fleschKincaid(texts: string[]): { grade: number; words: number; sentences: number; syllables: number };
export const MIN_SENTENCE_WORDS: number;
export function gradedSentences(text: string): string[];
export function studiedLine(population: string, comparator: string): string;
export function visitorTexts(
  ds: Dataset,
  studied?: (population: string, comparator: string) => string,
): [string, string][];
export function gradeDataset(
  ds: Dataset,
  studied?: (population: string, comparator: string) => string,
): { path: string; sentence: string; grade: number }[];
