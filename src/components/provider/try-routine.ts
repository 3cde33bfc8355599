/**
 * Helpers for the provider's "Try at home": where focus goes, and where it comes back to.
 * Side-effect free; no element classes are imported (the provider entry stays small).
 */

/** A `<bw-stretch-timer>` as the provider sees it, without importing its class. */
export type TimerLike = HTMLElement & { routine?: unknown; updateComplete?: Promise<unknown> };

/** The element that has focus, looking inside shadow roots. */
function deepActive(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/**
 * The control that asked for the routine, for focus to return to: the card's "Try at home"
 * (its `try-routine` part; some browsers do not focus a clicked button), else whatever has focus.
 */
export function openerOf(event: Event): HTMLElement | undefined {
  const source = event.composedPath()[0];
  const control =
    source instanceof Element ? source.shadowRoot?.querySelector<HTMLElement>('[part~="try-routine"]') : null;
  return control ?? deepActive();
}

/**
 * Moves focus into a timer, once it has rendered: to its first control (Start), so a keyboard
 * user can go on from there; when it has none (it shows an error, or is not defined yet), to
 * the timer itself, made focusable by script only.
 */
export async function focusTimer(timer: TimerLike): Promise<void> {
  await timer.updateComplete;
  const control = timer.shadowRoot?.querySelector<HTMLElement>('button, [tabindex="0"], select, a[href]');
  if (control) return control.focus();
  if (!timer.hasAttribute('tabindex')) timer.tabIndex = -1;
  timer.focus();
}
