/**
 * The regions of one drawing as SVG nodes. Their geometry never changes, so the shapes of a
 * drawing are built once (for each list of regions) and every map gets a native copy; a render
 * then only touches the regions whose state changed. With some thirty regions per drawing this
 * spares a first render about two hundred template bindings, and a selection change a walk over
 * all of them.
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
 * A new layer (`<g class="regions">`) holding one `<g class="region" data-region="…">` per shape,
 * in order: the visible shape, then a larger invisible pointer target where the shape has one.
 */
export function regionLayer(view: string, shapes: readonly RegionShape[]): SVGGElement {
  const key = `${view}:${shapes.map((s) => s.id).join(' ')}`;
  let layer = built.get(key);
  if (!layer) {
    layer = node('g', { class: 'regions' });
    for (const shape of shapes) {
      const group = node('g', { class: 'region', 'data-region': shape.id });
      group.append(node('path', { class: 'shape', d: shape.d }));
      if (shape.hit) group.append(node('path', { class: 'hit', d: shape.hit }));
      layer.append(group);
    }
    if (built.size >= MAX_BUILT) built.delete(built.keys().next().value!);
    built.set(key, layer);
  }
  return layer.cloneNode(true) as SVGGElement;
}

/** How a region is shown: chosen or not, and its pain rating when one is shown on it. */
export interface RegionLook {
  selected: boolean;
  rating: number | undefined;
}

/**
 * Brings each region of `layer` (made by {@link regionLayer} for `shapes`) up to date: its class
 * (`selected`, `sev-N`), the hatching that marks a chosen region without relying on colour
 * (filled from the pattern `hatchId`), and the rating written on it.
 */
export function paintRegions(
  layer: SVGGElement,
  shapes: readonly RegionShape[],
  look: (id: string) => RegionLook,
  hatchId: string,
): void {
  shapes.forEach((shape, index) => {
    const group = layer.children[index]!;
    const { selected, rating } = look(shape.id);
    const name = `region${selected ? ' selected' : ''}${rating === undefined ? '' : ` sev-${rating}`}`;
    if (group.getAttribute('class') === name) return;
    group.setAttribute('class', name);
    group.querySelector('.hatch')?.remove();
    group.querySelector('.rating')?.remove();
    // Marks go above the shape and below the pointer target, which must stay on top.
    const target = group.querySelector('.hit');
    if (selected) group.insertBefore(node('path', { class: 'hatch', d: shape.d, fill: `url(#${hatchId})` }), target);
    if (rating !== undefined) {
      const text = node('text', { class: 'rating', x: shape.center.x, y: shape.center.y });
      text.textContent = String(rating);
      group.insertBefore(text, target);
    }
  });
}
