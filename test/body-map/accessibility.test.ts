import { expect } from '@open-wc/testing';
import { axTree } from '../support/ax-tree.js';
import { emulate, resetMedia } from '../support/media.js';
import { html, listbox, mount, option } from './helpers.js';

describe('<bw-body-map> accessibility', () => {
  afterEach(resetMedia);

  const states = {
    default: html`<bw-body-map></bw-body-map>`,
    'multiple with a selection': html`<bw-body-map multiple value="neck knee-left"></bw-body-map>`,
    'severity with ratings': html`<bw-body-map multiple severity value="neck:7 hand-left"></bw-body-map>`,
    'list view': html`<bw-body-map list-view multiple value="neck"></bw-body-map>`,
    disabled: html`<bw-body-map disabled value="neck"></bw-body-map>`,
    'front only, required, in a form': html`<form>
      <label for="m">Pain</label><bw-body-map id="m" view="front" required name="p"></bw-body-map>
    </form>`,
  };
  for (const [name, template] of Object.entries(states)) {
    it(`has no axe violations: ${name}`, async () => {
      const map = await mount(template);
      await expect(map).to.be.accessible();
    });
  }

  it('has no axe violations in dark mode', async () => {
    await emulate({ colorScheme: 'dark' });
    const map = await mount(html`<bw-body-map multiple severity value="neck:3"></bw-body-map>`);
    await expect(map).to.be.accessible();
  });

  it('exposes a named listbox of options named with their side, and their selection state', async () => {
    const map = await mount(html`<bw-body-map multiple value="shoulder-left"></bw-body-map>`);
    const box = listbox(map);
    expect(box.getAttribute('role')).to.equal('listbox');
    expect(box.getAttribute('aria-label')).to.equal('Where does it hurt? Body areas');
    expect(box.getAttribute('aria-multiselectable')).to.equal('true');
    expect(option(map, 'shoulder-left').getAttribute('aria-label')).to.equal('Shoulder, left');
    expect(option(map, 'shoulder-left').getAttribute('aria-selected')).to.equal('true');
    expect(option(map, 'shoulder-right').getAttribute('aria-selected')).to.equal('false');
    // The drawings are the listbox: each region drawn is its option, in a group for its view.
    expect(box.getAttribute('part')).to.equal('listbox views');
    expect(option(map, 'shoulder-left').closest('svg')!.getAttribute('role')).to.equal('group');

    const tree = await axTree();
    if (tree) {
      // Chromium: check the browser's real accessibility tree.
      const listboxNode = tree.find((n) => n.role === 'listbox' && n.name === 'Where does it hurt? Body areas');
      expect(listboxNode, 'listbox in the tree').to.exist;
      expect(listboxNode!.multiselectable).to.equal(true);
      const left = tree.find((n) => n.role === 'option' && n.name === 'Shoulder, left');
      const right = tree.find((n) => n.role === 'option' && n.name === 'Shoulder, right');
      expect(left?.selected).to.equal(true);
      expect(right?.selected).to.equal(false);
      expect(tree.filter((n) => n.role === 'option')).to.have.length(40);
    }
  });

  it('tells screen readers which option is active as focus moves', async () => {
    const map = await mount(html`<bw-body-map></bw-body-map>`);
    map.focus();
    await map.updateComplete;
    const id = listbox(map).getAttribute('aria-activedescendant')!;
    expect(map.shadowRoot!.getElementById(id)!.getAttribute('role')).to.equal('option');
  });

  it('keeps the selection visible in forced-colors mode (Chromium emulation)', async () => {
    const emulated = await emulate({ forcedColors: 'active' });
    const map = await mount(html`<bw-body-map multiple value="neck"></bw-body-map>`);
    const fill = (id: string) =>
      getComputedStyle(map.shadowRoot!.querySelector(`[data-view="front"] [data-region="${id}"] .shape`)!).fill;
    if (emulated && matchMedia('(forced-colors: active)').matches) {
      const probe = document.createElement('div');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      expect(fill('neck')).to.equal(highlight);
      expect(fill('head')).not.to.equal(highlight);
    } else {
      // Engines whose driver cannot emulate forced colours: the selection still differs from the rest.
      expect(fill('neck')).not.to.equal(fill('head'));
    }
    const selectedStroke = parseFloat(
      getComputedStyle(map.shadowRoot!.querySelector('[data-view="front"] [data-region="neck"] .shape')!).strokeWidth,
    );
    const plainStroke = parseFloat(
      getComputedStyle(map.shadowRoot!.querySelector('[data-view="front"] [data-region="head"] .shape')!).strokeWidth,
    );
    expect(selectedStroke).to.be.greaterThan(plainStroke * 2);
  });

  it('draws every change at once, with no transition, whatever the motion preference', async () => {
    await emulate({ reducedMotion: 'no-preference' });
    const map = await mount(html`<bw-body-map value="neck"></bw-body-map>`);
    for (const el of map.shadowRoot!.querySelectorAll('.region, .shape, .focus-ring, .option'))
      expect(parseFloat(getComputedStyle(el).transitionDuration), el.getAttribute('class')!).to.equal(0);
  });
});
