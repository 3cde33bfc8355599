/**
 * Typed custom events. Every event the library fires starts with `bw-`, bubbles and is
 * composed, so it can be heard on the element, on any ancestor and on `document`.
 *
 * Each element declares the detail of its events by augmenting {@link BwEventDetails}:
 *
 * ```ts
 * declare module '../../internal/events.js' {
 *   interface BwEventDetails { 'bw-region-select': { regionId: string; selected: boolean } }
 * }
 * ```
 *
 * and `addEventListener('bw-region-select', e => e.detail.regionId)` is then typed everywhere.
 */
/** Detail of `bw-error`: a bad attribute, property or data input that the element survived. */
export interface BwErrorDetail {
  /** A stable machine-readable code, e.g. `unknown-region`. */
  code: string;
  /** The same message the element shows and logs. */
  message: string;
  /** The id or value that caused the problem, when there is one. */
  value?: string;
  /** Every problem found, with its path, when data failed validation (a `ValidationError` of the data module). */
  errors?: { path: string; message: string }[];
}

/** Event name → detail type, for every `bw-` event. Elements augment it. */
export interface BwEventDetails {
  'bw-error': BwErrorDetail;
}

export type BwEventName = keyof BwEventDetails;

/** The `HTMLElementEventMap` entries for every `bw-` event. */
export type BwEventMap = { [K in BwEventName]: CustomEvent<BwEventDetails[K]> };

declare global {
  // Declaration merging with the DOM's own maps is the only way to type addEventListener. The
  // events bubble and are composed, so they reach `document` and `window` too.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends BwEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends BwEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends BwEventMap {}
}

/** Dispatches a typed `bw-` event that bubbles and crosses shadow roots. Returns false if it was cancelled. */
export function emit<K extends BwEventName>(
  target: EventTarget,
  name: K,
  detail: BwEventDetails[K],
  options: { cancelable?: boolean } = {},
): boolean {
  const event = new CustomEvent(name, {
    detail,
    bubbles: true,
    composed: true,
    cancelable: options.cancelable ?? false,
  });
  return target.dispatchEvent(event);
}
