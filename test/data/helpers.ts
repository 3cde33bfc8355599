import { dataset } from '../../src/data/index.js';
import type { Dataset, ValidationError } from '../../src/data/index.js';

/** A deep, mutable copy of the bundled dataset, to break one thing at a time. */
export function copy(): Dataset {
  return structuredClone(dataset);
}

/** Paths of the errors, for compact assertions. */
export const paths = (errors: ValidationError[]): string[] => errors.map((e) => e.path);

/** The error at `path`, or a failure listing what was reported. */
export function errorAt(errors: ValidationError[], path: string): ValidationError {
  const e = errors.find((x) => x.path === path);
  if (!e) throw new Error(`No error at "${path}". Reported: ${JSON.stringify(errors)}`);
  return e;
}

/** Loose access for tests that write bad values into typed data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;
