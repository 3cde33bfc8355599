/**
 * Clinic data for `<bw-provider>`: read from a child `<script type="application/json">` (or set
 * from code), parsed, and merged onto the dataset with `mergeDataset`. Pure, apart from
 * {@link dataScriptText}, which reads the DOM.
 */
import { mergeDataset } from '../../data/merge.js';
import type { Dataset, ValidationError } from '../../data/types.js';

/** What a provider makes of its clinic data. */
export interface ClinicData {
  /** The merged dataset; the base itself when there is no clinic data or it has any problem. */
  dataset: Dataset;
  /** Every problem, each with its path (`overrides`, `overrides.offered[2]`, …). Empty when the data was used. */
  errors: ValidationError[];
  /** The text was not JSON (then `errors` holds that one problem). */
  invalidJson: boolean;
  /** `bookingUrl` from the data (checked to be an absolute http(s) address), when the data was used. */
  bookingUrl: string | undefined;
  /** `offered` from the data, when the data was used. */
  offered: readonly string[] | undefined;
}

/** The direct children a provider reads its data from; the first one counts. */
export const DATA_SCRIPT = ':scope > script[type="application/json"]';

/**
 * The text of the first child `<script type="application/json">` of `host`, or undefined. Read
 * as text (`textContent`): it is never run and never parsed as HTML.
 */
export function dataScriptText(host: Element): string | undefined {
  return host.querySelector(DATA_SCRIPT)?.textContent ?? undefined;
}

const unused = (dataset: Dataset, errors: ValidationError[], invalidJson = false): ClinicData => ({
  dataset,
  errors,
  invalidJson,
  bookingUrl: undefined,
  offered: undefined,
});

/**
 * Applies clinic data to `base`. `input` is JSON text (as in the script) or an overrides object
 * (as set from code); `undefined`, `null` or blank text mean "no clinic data" and give `base`
 * itself. Problems never throw: the result then carries `base` and every problem.
 */
export function clinicData(base: Dataset, input: unknown): ClinicData {
  let overrides = input;
  if (typeof input === 'string') {
    if (!input.trim()) return unused(base, []);
    try {
      overrides = JSON.parse(input);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return unused(base, [{ path: 'overrides', message: `The text is not valid JSON: ${reason}` }], true);
    }
  }
  if (overrides === undefined || overrides === null) return unused(base, []);
  const result = mergeDataset(base, overrides);
  if (!result.ok) return unused(base, result.errors);
  try {
    // Checked by mergeDataset: bookingUrl is an http(s) string, offered a list of known ids.
    const { bookingUrl, offered } = overrides as { bookingUrl?: unknown; offered?: unknown };
    return {
      dataset: result.dataset,
      errors: [],
      invalidJson: false,
      bookingUrl: typeof bookingUrl === 'string' ? bookingUrl : undefined,
      offered: Array.isArray(offered) ? Object.freeze(offered.filter((id) => typeof id === 'string')) : undefined,
    };
  } catch {
    // Getters that throw the second time they are read: use the data, drop these two settings.
    return { ...unused(result.dataset, []) };
  }
}
