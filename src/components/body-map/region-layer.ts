/**
 * The regions of one drawing as SVG nodes. Their geometry never changes, so the shapes of a
 * drawing are built once (for each list of regions) and every map gets a native copy; a render
 * then only touches the regions whose state changed. With some thirty regions per drawing this
 * spares a first render about two hundred template bindings, and a selection change a walk over
 * all of them.
 *
 * Each region's group is its accessible object (`role="option"`), so it holds only what is drawn
 * (the shape, and when chosen its hatching): its box is the drawn shape's box, where a screen
 * reader explored by touch or a magnifier that follows focus will look for it. Pain ratings, which
 * may spill over a small region, and the larger invisible pointer targets of small regions live in
 * layers of their own above, with no role.
 */
import type { RegionShape } from './figure-data.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Built layers by drawing and region list; a page normally needs two. */
const built = new Map<string, SVGGElement>();
const MAX_BUILT = 8;

function node<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/**
 * A new layer (`<g>`) holding, first, a `<g class="regions">` with one
 * `<g class="region" data-region="…">` per shape, in order, each with its visible shape; then an
 * empty `<g class="ratings">` for the ratings written on regions; then a `<g class="hits">` with
 * the larger invisible pointer targets of the shapes that have one.
 */
export function regionLayer(view: string, shapes: readonly RegionShape[]): SVGGElement {
  const key = `${view}:${shapes.map((s) => s.id).join(' ')}`;
  let layer = built.get(key);
  if (!layer) {
    // The wrapping groups are nothing to assistive technology: the options' context is the drawing's group.
    layer = node('g', { role: 'none' });
    const regions = node('g', { class: 'regions', role: 'none' });
    const hits = node('g', { class: 'hits', 'aria-hidden': 'true' });
    for (const shape of shapes) {
      const group = node('g', { class: 'region', 'data-region': shape.id });
      group.append(node('path', { class: 'shape', d: shape.d }));
      regions.append(group);
      if (shape.hit) hits.append(node('path', { class: 'hit', 'data-region': shape.id, d: shape.hit }));
    }
    layer.append(regions, node('g', { class: 'ratings', 'aria-hidden': 'true' }), hits);
    if (built.size >= MAX_BUILT) built.delete(built.keys().next().value!);
    built.set(key, layer);
  }
  return layer.cloneNode(true) as SVGGElement;
}

/** How a region is shown and what it is to assistive technology. */
export interface RegionLook {
  selected: boolean;
  /** The pain rating written on it, when one is shown. */
  rating: number | undefined;
  /** The pointer is over it. */
  hovered: boolean;
  /** This drawing's copy is the region's option (`option-<id>`); otherwise it is only a picture (its twin in the other view is the option). */
  option: boolean;
}

/** What each region was last painted with, so that a paint touches only the regions that changed. */
const painted = new WeakMap<Element, string>();

/** Sets an attribute only when it changes (or removes it for `null`). */
function put(el: Element, name: string, value: string | null): void {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/**
 * Brings each region of `layer` (made by {@link regionLayer} for `shapes`) up to date: its class
 * (`selected`, `hovered`, `sev-N`), the hatching that marks a chosen region without relying on
 * colour (filled from the pattern `hatchId`), the rating written on it, and its option role, id,
 * name (`label`, asked only when something changed) and state. `names` identifies everything the
 * names depend on (language, region list, severity mode): when it changes, every region is
 * brought up to date.
 */
export function paintRegions(
  layer: SVGGElement,
  shapes: readonly RegionShape[],
  look: (id: string) => RegionLook,
  label: (id: string) => string,
  hatchId: string,
  names: string,
): void {
  const [regions, ratings] = layer.children as unknown as [SVGGElement, SVGGElement];
  shapes.forEach((shape, index) => {
    const group = regions.children[index]!;
    const { selected, rating, hovered, option } = look(shape.id);
    const key = `${names}|${+selected}${+hovered}${+option}${rating ?? ''}`;
    if (painted.get(group) === key) return;
    painted.set(group, key);
    const name = option ? label(shape.id) : '';
    put(group, 'role', name ? 'option' : null);
    put(group, 'id', name ? `option-${shape.id}` : null);
    put(group, 'aria-label', name || null);
    put(group, 'aria-selected', name ? String(selected) : null);
    const marks = `${selected ? ' selected' : ''}${rating === undefined ? '' : ` sev-${rating}`}`;
    const classes = `region${marks}${hovered ? ' hovered' : ''}`;
    if (group.getAttribute('class') === classes) return;
    const before = group.getAttribute('class')!.replace(' hovered', '');
    group.setAttribute('class', classes);
    if (before === `region${marks}`) return;
    group.querySelector('.hatch')?.remove();
    ratings.querySelector(`[data-region="${shape.id}"]`)?.remove();
    if (selected) group.append(node('path', { class: 'hatch', d: shape.d, fill: `url(#${hatchId})` }));
    if (rating !== undefined) {
      const text = node('text', {
        class: 'rating',
        'data-region': shape.id,
        x: shape.center.x,
        y: shape.center.y,
      });
      text.textContent = String(rating);
      ratings.append(text);
    }
  });
}
