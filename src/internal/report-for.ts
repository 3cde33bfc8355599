import type { BwErrorDetail } from './events.js';

/** Problems reported for each input of each element and still standing. */
const standing = new WeakMap<object, Map<string, Set<string>>>();

/**
 * Reports the problems one input (`slot`) of `element` has now, each only if it did not already
 * stand: a problem is reported when it arrives, not again on later, unrelated changes (a new
 * dataset that still lacks an unknown id says nothing new). An empty list clears the input.
 */
export function reportFor(
  element: { reportError(detail: BwErrorDetail): void },
  slot: string,
  problems: readonly BwErrorDetail[],
): void {
  let slots = standing.get(element);
  if (!slots) standing.set(element, (slots = new Map()));
  const before = slots.get(slot);
  const now = new Set<string>();
  for (const p of problems) {
    const key = `${p.code}|${p.value ?? ''}`;
    now.add(key);
    if (!before?.has(key)) element.reportError(p);
  }
  slots.set(slot, now);
}
