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
      expect(figure.querySelector('figcaption')!.textContent!.trim()).to.equal(view === 'front' ? 'Front' : 'Back');
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

  it('stacks the views when its container is narrow, and places them side by side when wide', async () => {
    const wide = await mount(html`<div style="width: 800px"><bw-body-map></bw-body-map></div>`);
    const [frontWide, backWide] = [...wide.shadowRoot!.querySelectorAll('.view')].map((v) => v.getBoundingClientRect());
    expect(Math.abs(frontWide!.top - backWide!.top)).to.be.lessThan(2);
    const narrow = await mount(html`<div style="width: 320px"><bw-body-map></bw-body-map></div>`);
    const [front, back] = [...narrow.shadowRoot!.querySelectorAll('.view')].map((v) => v.getBoundingClientRect());
    expect(back!.top).to.be.at.least(front!.bottom - 1);
    expect(narrow.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('gives small regions pointer targets of at least 24 × 24 CSS px at 320 px wide', async () => {
    const map = await mount(html`<div style="width: 320px"><bw-body-map view="front"></bw-body-map></div>`);
    for (const id of ['jaw-left', 'wrist-left', 'hand-right', 'ankle-left', 'foot-right', 'elbow-left']) {
      const group = shape(map, 'front', id);
      const target = (group.querySelector('.hit') ?? group.querySelector('.shape'))!.getBoundingClientRect();
      expect(target.width, `${id} width`).to.be.at.least(24);
      expect(target.height, `${id} height`).to.be.at.least(24);
    }
  });

  it('shows the region name beside it on hover', async () => {
    const map = await mount(html`<bw-body-map></bw-body-map>`);
    shape(map, 'front', 'knee-left').dispatchEvent(new PointerEvent('pointerenter'));
    await map.updateComplete;
    const label = map.shadowRoot!.querySelector('[data-view="front"] .region-label')!;
    expect(label.textContent).to.equal('Knee, left');
  });
});
