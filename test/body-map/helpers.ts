import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/body-map.js';
import type { BwBodyMap } from '../../src/body-map.js';

export async function mount(template: TemplateResult): Promise<BwBodyMap> {
  const root = await fixture<HTMLElement>(template);
  const map = (root.localName === 'bw-body-map' ? root : root.querySelector('bw-body-map')) as BwBodyMap;
  await map.updateComplete;
  return map;
}

export { html };

export const listbox = (map: BwBodyMap) => map.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
export const option = (map: BwBodyMap, id: string) => map.shadowRoot!.querySelector<HTMLElement>(`#option-${id}`)!;
/** Clicks a region as a visitor would: on its drawn shape, or in the list view on its option. */
export function choose(map: BwBodyMap, id: string): void {
  const target = option(map, id);
  (target.querySelector('.shape') ?? target).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}
export const activeId = (map: BwBodyMap) =>
  listbox(map)
    .getAttribute('aria-activedescendant')
    ?.replace(/^option-/, '');
export const shape = (map: BwBodyMap, view: 'front' | 'back', id: string) =>
  map.shadowRoot!.querySelector<SVGGElement>(`[data-view="${view}"] [data-region="${id}"]`)!;

/** Horizontal centre of a region's drawing as a fraction of its view's width (0 = viewer's left). */
export function relativeX(map: BwBodyMap, view: 'front' | 'back', id: string): number {
  const svg = map.shadowRoot!.querySelector(`[data-view="${view}"] svg`)!.getBoundingClientRect();
  const box = shape(map, view, id).querySelector('.shape')!.getBoundingClientRect();
  return (box.left + box.width / 2 - svg.left) / svg.width;
}

export { captureWarnings } from '../support/warnings.js';

/** Records bw-region-select, input and change events, in order. */
export function recordEvents(map: BwBodyMap) {
  const events: string[] = [];
  for (const type of ['bw-region-select', 'input', 'change'] as const) {
    map.addEventListener(type, () => events.push(type));
  }
  return events;
}
