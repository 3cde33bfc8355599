/**
 * How a `<bw-technique-list>` tells its cards which precautions it already shows once, above
 * them ("Before any massage"), so each card lists only its own extras. A symbol-keyed property,
 * not public API: a clinic cannot set it from HTML or a framework binding to hide a warning, and
 * a card outside a list (or a list that shows none above) shows every precaution.
 */
export const shownAbove: unique symbol = Symbol('bw-shown-above');

/** An element whose precautions with these ids are already shown above it. */
export interface ShowsBelow {
  [shownAbove]?: ReadonlySet<string>;
}
