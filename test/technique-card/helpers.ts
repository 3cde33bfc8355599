import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/technique-card.js';
import type { BwTechniqueCard, BwTechniqueList } from '../../src/technique-card.js';

export { html };

/** Mounts a template and returns the first technique card or list in it, rendered. */
export async function mount<T extends BwTechniqueCard | BwTechniqueList = BwTechniqueCard>(
  template: TemplateResult,
): Promise<T> {
  const root = await fixture<HTMLElement>(template);
  const el = (
    root.localName.startsWith('bw-technique') ? root : root.querySelector('bw-technique-card, bw-technique-list')
  ) as T;
  await el.updateComplete;
  if (el.localName === 'bw-technique-list') await settleList(el as BwTechniqueList);
  return el;
}

/** Waits until a list and all of its cards have rendered. */
export async function settleList(list: BwTechniqueList): Promise<void> {
  await list.updateComplete;
  await Promise.all(cards(list).map((card) => card.updateComplete));
}

export const cards = (list: BwTechniqueList) => [
  ...list.shadowRoot!.querySelectorAll<BwTechniqueCard>('bw-technique-card'),
];

/** An element of the card's shadow DOM by its part name. */
export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Text with whitespace collapsed, as a reader sees it. */
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Whether an element is rendered (takes up space). */
export const visible = (el: Element | null) => !!el && el.getClientRects().length > 0;

export { captureWarnings } from '../support/warnings.js';

/** Collects the details of every bw-error fired on `el`. */
export function errorsOf(el: EventTarget) {
  const details: { code: string; value?: string; message: string }[] = [];
  el.addEventListener('bw-error', (event) => details.push((event as CustomEvent).detail));
  return details;
}

/** The wording readers see for each certainty (kept here on purpose: a change must be deliberate). */
export const CERTAINTY_LABELS: Record<string, string> = {
  high: 'High certainty',
  moderate: 'Moderate certainty',
  low: 'Low certainty',
  'very-low': 'Very low certainty',
  insufficient: 'Not enough evidence',
  'not-supported': 'Not supported by evidence',
};
