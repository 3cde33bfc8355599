/**
 * Every UI string of the library, in English. Elements never hard-code text in templates:
 * they ask their LocalizeController for a term from this module. Other languages are
 * registered with `registerTranslation` and may leave terms out; missing terms fall back to
 * these.
 *
 * Terms are strings, or functions for strings with values in them.
 */
export const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr' as 'ltr' | 'rtl',

  // Shared
  sideLeft: 'left',
  sideRight: 'right',
  /** A name with its side, as screen readers and labels say it: "Shoulder, left". */
  withSide: (name: string, side: string) => `${name}, ${side}`,
  listAnd: 'and',

  // Errors shown inside an element that got bad input
  errorHeading: 'This content could not be shown',
  unknownId: (kind: string, id: string) => `There is no ${kind} called “${id}”.`,
  invalidData: (count: number) =>
    count === 1 ? 'The clinic data has 1 problem.' : `The clinic data has ${count} problems.`,
};

type Widen<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends 'ltr' | 'rtl'
    ? 'ltr' | 'rtl'
    : T extends string
      ? string
      : T;

/** The shape of a complete translation. */
export type Translation = { [K in keyof typeof en]: Widen<(typeof en)[K]> };

/** A translation that may leave terms out; they fall back to English. */
export type PartialTranslation = Pick<Translation, '$code' | '$name' | '$dir'> & Partial<Translation>;

/** Keys of translatable terms (the `$` keys are metadata). */
export type TermKey = Exclude<keyof Translation, `$${string}`>;
