/**
 * The events that one element fires and another element hears: the way up of the provider's
 * journey, as the contexts (contexts.ts) are the way down. Declared here, below the elements, so
 * that neither the element that fires an event nor the one that hears it imports the other.
 * Types only. An element's own events (heard by the page, not by another element) stay with it.
 */

/** Detail of `bw-try-routine`: fired by a technique card's "Try at home", heard by `<bw-provider>`. */
export interface TryRoutineDetail {
  /** The routine to do at home, e.g. `neck-release`. */
  routineId: string;
  /** The technique whose card asked for it, e.g. `trigger-point`. */
  techniqueId: string;
}

declare module '../internal/events.js' {
  interface BwEventDetails {
    'bw-try-routine': TryRoutineDetail;
  }
}
