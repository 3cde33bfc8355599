import type { TermKey } from './localize/en.js';
import type { LocalizeController } from './localize/localize.js';

/*
 * The one coercion layer for property values. Every public writable property of every element has
 * a converter (an element's `static coercions`, or a setter that calls `convert`): it turns any
 * value into the property's type, or says it cannot. The base element runs the converters before
 * each update, so element code only ever sees typed values; a value no converter accepts is
 * reported once, with one `bw-error`, and the property goes back to its previous value (or its
 * default). `null` and `undefined` mean "unset": each converter turns them into its default.
 */

/** What a converter returns for a value it does not accept. */
export const BAD: unique symbol = Symbol('bad');

export interface Converter<T = unknown> {
  /** The value as the property's type, or {@link BAD}. Call it through {@link convert}, which catches. */
  (value: unknown): T | typeof BAD;
  /** What it accepts, in the element's language, e.g. "a whole number from 1 to 6". */
  expects(l: LocalizeController): string;
}

const converter = <T>(to: (value: unknown) => T | typeof BAD, expects: Converter['expects']): Converter<T> =>
  Object.assign(to, { expects });

/** Runs a converter on any value, even one whose property access or `toString` throws. */
export function convert<T>(to: Converter<T>, value: unknown): T | typeof BAD {
  try {
    return to(value);
  } catch {
    return BAD;
  }
}

/** Text. */
export const text = <F extends string | undefined>(fallback: F): Converter<string | F> =>
  converter(
    (v) => (v == null ? fallback : typeof v === 'string' ? v : BAD),
    (l) => l.term('expectText'),
  );

/** True or false. */
export const flag = (): Converter<boolean> =>
  converter(
    (v) => (v == null ? false : typeof v === 'boolean' ? v : BAD),
    (l) => l.term('expectFlag'),
  );

/** A number from `min` to `max` (a whole one with `whole`); text that is such a number is taken too. */
export const number = (min: number, max: number, fallback: number, whole = false): Converter<number> =>
  converter(
    (v) => {
      if (v == null) return fallback;
      const n = typeof v === 'string' && v.trim() ? Number(v) : v;
      return typeof n === 'number' && n >= min && n <= max && (!whole || Number.isInteger(n)) ? n : BAD;
    },
    (l) => l.term(whole ? 'expectWhole' : 'expectNumber', min, max),
  );

/** One of a fixed list of words. */
export const oneOf = <T extends string>(list: readonly T[], fallback: T): Converter<T> =>
  converter(
    (v) => (v == null ? fallback : list.includes(v as T) ? (v as T) : BAD),
    (l) => l.term('expectOneOf', l.list([...list])),
  );

/** A list of ids: an array of text, or text with the ids separated by spaces. */
export const ids = (): Converter<string[]> =>
  converter(
    (v) =>
      v == null
        ? []
        : typeof v === 'string'
          ? v.split(/\s+/).filter(Boolean)
          : Array.isArray(v) && v.every((id) => typeof id === 'string')
            ? v
            : BAD,
    (l) => l.term('expectIds'),
  );

/** An object that passes `check`; `what` is the term (without arguments) that describes it. */
export const shaped = <T>(check: (v: object) => boolean, fallback: T, what: TermKey): Converter<T> =>
  converter(
    (v) => (v == null ? fallback : typeof v === 'object' && check(v) ? (v as T) : BAD),
    (l) => l.term(what as 'expectText'),
  );

/** Text, or what `other` takes (e.g. an id or an object). */
export const orText = <T>(other: Converter<T>): Converter<T | string> =>
  converter((v) => (typeof v === 'string' ? v : other(v)), other.expects);

/** `name` is a function of `o`. */
export const callable = (o: object, ...names: string[]): boolean =>
  names.every((name) => typeof (o as Record<string, unknown>)[name] === 'function');

/**
 * Any value, said safely and briefly for a message: text in quotes (cut at 40 characters), numbers
 * and words as they are, everything else by its kind ("a list", "an object", "a symbol").
 */
export function describeValue(l: LocalizeController, v: unknown): string {
  if (typeof v === 'string') return `\u201c${v.length > 40 ? `${v.slice(0, 40)}\u2026` : v}\u201d`;
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return String(v);
  let kind: string = typeof v;
  try {
    if (Array.isArray(v)) kind = 'list';
  } catch {
    // Only a revoked proxy throws here: an object all the same.
  }
  return l.term('valueKind', v === undefined ? 'nothing' : kind);
}
