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
 * Moves focus into a timer, once it has rendered: to its title (made focusable by script only),
 * so a screen reader starts at the routine's name and a keyboard user tabs on to Start; when it
 * has no title (it shows an error, or is not defined yet), to the timer itself.
 */
export async function focusTimer(timer: TimerLike): Promise<HTMLElement> {
  await timer.updateComplete;
  const title = timer.shadowRoot?.querySelector<HTMLElement>('[part~="title"]');
  const target = title ?? timer;
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
  return target;
}

/** After "Try at home" loaded a routine into a timer on the page: its title at the top of the view, with focus. */
export async function scrollToTimer(timer: TimerLike): Promise<void> {
  const target = await focusTimer(timer);
  target.scrollIntoView({ block: 'start' });
}
