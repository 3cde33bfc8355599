// The map's accessible objects are where its regions are drawn: a screen reader explored by touch
// (VoiceOver, TalkBack) finds a region under the finger, and a magnifier that follows focus goes
// to the region drawn, not to a hidden box under the figure.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { BwBodyMap } from '../../src/body-map.js';
import { regions } from '../../src/data/regions.js';
import { html, mount, option } from './helpers.js';

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Chromium: each option of the real accessibility tree, with the box the browser gives it; null elsewhere. */
async function axOptions(): Promise<{ name: string; box: Box }[] | null> {
  return (await executeServerCommand<{ name: string; box: Box }[] | false, undefined>('ax-options')) || null;
}

const near = (a: Box, b: Box, what: string) => {
  for (const side of ['left', 'top', 'width', 'height'] as const)
    expect(
      Math.abs(a[side] - b[side]),
      `${what}: ${side} ${a[side].toFixed(1)} vs ${b[side].toFixed(1)}`,
    ).to.be.at.most(2);
};

/** The drawn shape of the region whose option is `el`: its fill box, with its outline when `stroke`. */
function drawn(el: Element, stroke = false): Box {
  const shape = el.querySelector<SVGPathElement>('.shape')!;
  const box = shape.getBoundingClientRect();
  if (!stroke) return box;
  const svg = shape.ownerSVGElement!;
  const half =
    (parseFloat(getComputedStyle(shape).strokeWidth) * svg.getBoundingClientRect().width) /
    svg.viewBox.baseVal.width /
    2;
  return { left: box.left - half, top: box.top - half, width: box.width + 2 * half, height: box.height + 2 * half };
}

describe('<bw-body-map> accessible geometry', () => {
  for (const width of [390, 704]) {
    it(`at ${width} px, every option is the region drawn: its box is the shape's, inside its drawing`, async () => {
      const map = await mount(html`<div style="width: ${width}px"><bw-body-map></bw-body-map></div>`);
      const options = [...map.shadowRoot!.querySelectorAll('[role="option"]')];
      // One option per region, wherever it is drawn: 40 regions, 22 of them drawn in both views.
      expect(options).to.have.length(regions.length);
      for (const el of options) {
        const id = el.id.replace('option-', '');
        const box = el.getBoundingClientRect();
        near(box, drawn(el), id);
        expect(box.width * box.height, `${id} is a real area, not a 1 px box`).to.be.greaterThan(40);
        const view = el.closest('[data-view]')!.querySelector('svg')!.getBoundingClientRect();
        expect(box.left, id).to.be.at.least(view.left - 1);
        expect(box.right, id).to.be.at.most(view.right + 1);
        expect(box.bottom, id).to.be.at.most(view.bottom + 1);
      }
    });
  }

  it('a region drawn in both views is one option; its twin is only a picture', async () => {
    const map = await mount(html`<bw-body-map></bw-body-map>`);
    const copies = map.shadowRoot!.querySelectorAll('[data-view] .region[data-region="neck"]');
    expect(copies).to.have.length(2);
    expect([...copies].map((c) => c.getAttribute('role'))).to.deep.equal(['option', null]);
    expect(copies[1]!.hasAttribute('aria-selected')).to.equal(false);
    // Back-only regions are options in the back drawing.
    expect(option(map, 'lower-back-left').closest('[data-view]')!.getAttribute('data-view')).to.equal('back');
    // No parallel hidden list remains.
    expect(map.shadowRoot!.querySelectorAll('div[role="option"]')).to.have.length(0);
  });

  it('the browser puts each option where its region is drawn (Chromium accessibility tree)', async () => {
    const map: BwBodyMap = await mount(html`<div style="width: 390px"><bw-body-map value="neck"></bw-body-map></div>`);
    const tree = await axOptions();
    if (!tree) return; // Firefox and WebKit drivers here expose no accessibility tree; the DOM boxes above hold there.
    const options = [...map.shadowRoot!.querySelectorAll('[role="option"]')];
    expect(tree).to.have.length(options.length);
    for (const el of options) {
      const name = el.getAttribute('aria-label')!;
      const node = tree.find((n) => n.name === name);
      expect(node, `${name} in the tree`).to.exist;
      // The browser's box takes in the outline drawn round the shape (thicker when chosen).
      near(node!.box, drawn(el, true), name);
    }
  });

  it('list view: the options are the rows of the list, grouped by body area, in 1.5 screens on a phone', async () => {
    const map = await mount(html`<div style="width: 390px"><bw-body-map list-view></bw-body-map></div>`);
    const groups = [...map.shadowRoot!.querySelectorAll('[part="group"]')];
    expect(groups.map((g) => g.querySelector('[part="group-label"]')!.textContent!.trim())).to.deep.equal([
      'Head and neck',
      'Shoulders, arms and hands',
      'Chest, belly and back',
      'Hips and legs',
    ]);
    for (const g of groups) expect(g.getAttribute('role')).to.equal('group');
    expect(groups.flatMap((g) => [...g.querySelectorAll('[role="option"]')])).to.have.length(regions.length);
    expect(map.getBoundingClientRect().height, 'at most 1.5 × 844 px').to.be.at.most(1.5 * 844);
    for (const el of map.shadowRoot!.querySelectorAll('[role="option"]')) {
      const box = el.getBoundingClientRect();
      expect(box.height, `${el.id} target`).to.be.at.least(24);
    }
  });
});
