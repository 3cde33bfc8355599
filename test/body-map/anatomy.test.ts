import { expect } from '@open-wc/testing';
import { regions } from '../../src/data/regions.js';
import { captureWarnings, html, mount, option, relativeX, shape } from './helpers.js';

describe('<bw-body-map> anatomy and drawing', () => {
  it('draws the person’s left shoulder on the viewer’s right in the front view and on the viewer’s left in the back view', async () => {
    const map = await mount(html`<bw-body-map></bw-body-map>`);
    expect(relativeX(map, 'front', 'shoulder-left')).to.be.greaterThan(0.5);
    expect(relativeX(map, 'front', 'shoulder-right')).to.be.lessThan(0.5);
    expect(relativeX(map, 'back', 'shoulder-left')).to.be.lessThan(0.5);
    expect(relativeX(map, 'back', 'shoulder-right')).to.be.greaterThan(0.5);
  });

  it('puts every lateral region on the correct side of each view it is drawn in', async () => {
    const map = await mount(html`<bw-body-map></bw-body-map>`);
    for (const region of regions.filter((r) => r.side)) {
      for (const view of region.views) {
        const x = relativeX(map, view, region.id);
        const onViewersRight = (region.side === 'left') === (view === 'front');
        expect(onViewersRight ? x > 0.5 : x < 0.5, `${region.id} in ${view} view at ${x.toFixed(2)}`).to.equal(true);
      }
    }
  });

  it('labels each view and marks L and R on the correct sides', async () => {
    const map = await mount(html`<bw-body-map></bw-body-map>`);
    for (const view of ['front', 'back'] as const) {
      const figure = map.shadowRoot!.querySelector(`[data-view="${view}"]`)!;
      const name = view === 'front' ? 'Front' : 'Back';
      expect(figure.querySelector('.view-label')!.textContent!.trim()).to.equal(name);
      expect(figure.querySelector('svg')!.getAttribute('aria-label'), 'the group of its options').to.equal(name);
      const svg = figure.querySelector('svg')!.getBoundingClientRect();
      const markers = [...figure.querySelectorAll('.marker')].map((m) => ({
        text: m.textContent!.trim(),
        x: (m.getBoundingClientRect().left - svg.left) / svg.width,
      }));
      const left = markers.find((m) => m.text === 'L')!;
      const right = markers.find((m) => m.text === 'R')!;
      expect(left.x > right.x).to.equal(view === 'front');
    }
  });

  it('draws every region of the dataset in each view the dataset lists, and one option per region', async () => {
    const map = await mount(html`<bw-body-map></bw-body-map>`);
    for (const region of regions) {
      for (const view of ['front', 'back'] as const) {
        expect(Boolean(shape(map, view, region.id)), `${region.id} in ${view}`).to.equal(region.views.includes(view));
      }
      expect(option(map, region.id), region.id).to.exist;
    }
    expect(map.shadowRoot!.querySelectorAll('[role="option"]')).to.have.length(regions.length);
  });

  it('draws only the regions it is given, and keeps showing the selection when that list changes', async () => {
    const map = await mount(html`<bw-body-map multiple value="neck knee-left"></bw-body-map>`);
    const other = await mount(html`<bw-body-map></bw-body-map>`);
    const chosen = (m: typeof map, view: 'front' | 'back') =>
      [...m.shadowRoot!.querySelectorAll(`[data-view="${view}"] .region.selected`)].map((g) => [
        g.getAttribute('data-region'),
        Boolean(g.querySelector('.hatch')),
      ]);

    const warnings = captureWarnings();
    map.regions = regions.filter((r) => r.area !== 'knees');
    await map.updateComplete;
    warnings.restore();
    expect(warnings.calls, 'one warning about the knee').to.have.length(1);
    expect(shape(map, 'front', 'knee-left'), 'a knee, no longer offered').to.equal(null);
    expect(map.value, 'the knee leaves the value').to.equal('neck');
    expect(chosen(map, 'front')).to.deep.equal([['neck', true]]);
    expect(chosen(map, 'back')).to.deep.equal([['neck', true]]);

    map.regions = regions;
    map.value = 'neck knee-left';
    await map.updateComplete;
    expect(shape(map, 'front', 'knee-left'), 'the knee, drawn again').to.exist;
    expect(chosen(map, 'front')).to.deep.equal([
      ['neck', true],
      ['knee-left', true],
    ]);
    // Maps draw from the same built shapes but each keeps its own state.
    expect(chosen(other, 'front')).to.deep.equal([]);
    expect(other.shadowRoot!.querySelectorAll('[data-view="front"] [data-region]')).to.have.length(
      map.shadowRoot!.querySelectorAll('[data-view="front"] [data-region]').length,
    );
  });

  it('shows a selection made while a drawing was hidden when that drawing comes back', async () => {
    const map = await mount(html`<bw-body-map view="back"></bw-body-map>`);
    map.view = 'front';
    await map.updateComplete;
    map.value = 'glute-left';
    await map.updateComplete;
    map.view = 'both';
    await map.updateComplete;
    const glute = shape(map, 'back', 'glute-left');
    expect(glute.classList.contains('selected')).to.equal(true);
    expect(glute.querySelector('.hatch')).to.exist;
  });

  it('shows only the requested view, and only its regions as options', async () => {
    const map = await mount(html`<bw-body-map view="back"></bw-body-map>`);
    expect(map.shadowRoot!.querySelector('[data-view="front"]')).to.equal(null);
    expect(map.shadowRoot!.querySelector('[data-view="back"]')).to.exist;
    expect(option(map, 'chest-left')).to.equal(null);
    expect(option(map, 'glute-left')).to.exist;
  });

  for (const width of [280, 390, 704]) {
    it(`shows front and back side by side at ${width} px wide, at most 1.25 times as tall as wide`, async () => {
      const map = await mount(html`<div style="width: ${width}px"><bw-body-map></bw-body-map></div>`);
      const [front, back] = [...map.shadowRoot!.querySelectorAll('.view')].map((v) => v.getBoundingClientRect());
      expect(Math.abs(front!.top - back!.top), 'side by side').to.be.lessThan(2);
      expect(back!.left).to.be.at.least(front!.right);
      const box = map.getBoundingClientRect();
      expect(box.height / box.width, `${box.width} × ${box.height}`).to.be.at.most(1.25);
      expect(map.shadowRoot!.querySelector<HTMLElement>('[part="view-switch"]')!.offsetParent, 'no switch').to.equal(
        null,
      );
    });
  }

  it('narrower than 280 px, shows one view at a time with a Front/Back switch instead of stacking', async () => {
    const map = await mount(html`<div style="width: 240px"><bw-body-map value="lower-back-left"></bw-body-map></div>`);
    const view = (name: string) => map.shadowRoot!.querySelector<HTMLElement>(`[data-view="${name}"]`)!;
    const buttons = [...map.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="view-switch"] button')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Front', 'Back']);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false']);
    expect(view('front').getClientRects().length).to.equal(1);
    expect(view('back').getClientRects().length, 'back hidden').to.equal(0);
    buttons[1]!.click();
    await map.updateComplete;
    expect(view('back').getClientRects().length).to.equal(1);
    expect(view('front').getClientRects().length, 'front hidden').to.equal(0);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true']);
    // A region drawn in both views is an option where it can be seen.
    expect(option(map, 'neck').closest('[data-view]')!.getAttribute('data-view')).to.equal('back');
    const figure = view('back').querySelector('svg')!.getBoundingClientRect().height;
    expect(map.getBoundingClientRect().height, 'one figure tall, not two').to.be.lessThan(figure * 1.5);
  });

  it('gives small regions pointer targets of at least 24 × 24 CSS px at 320 px wide, both views shown', async () => {
    const map = await mount(html`<div style="width: 320px"><bw-body-map></bw-body-map></div>`);
    for (const view of ['front', 'back'] as const) {
      for (const id of ['jaw-left', 'wrist-left', 'hand-right', 'ankle-left', 'foot-right', 'elbow-left', 'neck']) {
        if (view === 'back' && id === 'jaw-left') continue;
        const hit = map.shadowRoot!.querySelector(`[data-view="${view}"] .hit[data-region="${id}"]`);
        const target = (hit ?? shape(map, view, id).querySelector('.shape'))!.getBoundingClientRect();
        expect(target.width, `${view} ${id} width`).to.be.at.least(24);
        expect(target.height, `${view} ${id} height`).to.be.at.least(24);
      }
    }
  });

  it('names the region under the pointer in the toolbar, never over the other drawing or outside the map', async () => {
    const map = await mount(html`<div style="width: 390px"><bw-body-map value="neck"></bw-body-map></div>`);
    const count = () => map.shadowRoot!.querySelector('[part="toolbar"] .count')!.textContent!.trim();
    expect(count()).to.equal('1 area chosen');
    shape(map, 'back', 'lower-back-left').dispatchEvent(new PointerEvent('pointerenter'));
    await map.updateComplete;
    const readout = map.shadowRoot!.querySelector('[part="readout"]')!;
    expect(readout.textContent!.trim()).to.equal('Lower back, left');
    expect(shape(map, 'back', 'lower-back-left').classList.contains('hovered'), 'highlighted').to.equal(true);
    const toolbar = map.shadowRoot!.querySelector('[part="toolbar"]')!.getBoundingClientRect();
    const text = readout.getBoundingClientRect();
    expect(text.left).to.be.at.least(toolbar.left - 1);
    expect(text.right).to.be.at.most(toolbar.right + 1);
    map.shadowRoot!.querySelector('[data-view="back"] svg')!.dispatchEvent(new PointerEvent('pointerleave'));
    await map.updateComplete;
    expect(count()).to.equal('1 area chosen');
  });
});
