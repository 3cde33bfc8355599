import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { activeId, html, listbox, mount, option, recordEvents } from './helpers.js';
import type { BwBodyMap } from '../../src/body-map.js';

async function press(map: BwBodyMap, ...keys: string[]) {
  for (const key of keys) {
    await sendKeys({ press: key });
    await map.updateComplete;
  }
}

async function focusOn(map: BwBodyMap, id: string) {
  map.focus();
  await map.updateComplete;
  // Jump by typing the first letter of the name, the way a keyboard user would (one key: no
  // dependence on the type-ahead window on a loaded machine).
  await sendKeys({ press: id[0]! });
  await map.updateComplete;
}

describe('<bw-body-map> keyboard', () => {
  it('is one Tab stop: Tab enters the map and the next Tab leaves it', async () => {
    const wrapper = await mount(
      html`<div>
        <button id="before">before</button>
        <bw-body-map></bw-body-map>
        <button id="after">after</button>
      </div>`,
    );
    const map = wrapper;
    const before = map.parentElement!.querySelector<HTMLButtonElement>('#before')!;
    before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' }); // past the list/figure toggle button
    expect(map.shadowRoot!.activeElement).to.equal(listbox(map));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('after');
  });

  it('moves to the spatially nearest region with the arrow keys, not in DOM order', async () => {
    const map = await mount(html`<bw-body-map view="front"></bw-body-map>`);
    map.focus();
    await map.updateComplete;
    expect(activeId(map)).to.equal('head');
    await press(map, 'ArrowDown');
    expect(activeId(map)).to.equal('neck');
    // In DOM order the shoulders come next; spatially it is the chest, then the belly.
    await press(map, 'ArrowDown');
    expect(activeId(map)).to.match(/^chest-(left|right)$/);
    await press(map, 'ArrowDown');
    expect(activeId(map)).to.equal('abdomen');
  });

  it('goes from a knee up to the thigh on the same side, and across to the other knee', async () => {
    const map = await mount(html`<bw-body-map view="front"></bw-body-map>`);
    await focusOn(map, 'knee');
    expect(activeId(map)).to.equal('knee-left');
    await press(map, 'ArrowUp');
    expect(activeId(map)).to.equal('thigh-left');
    await press(map, 'ArrowDown', 'ArrowLeft');
    // Front view: the person's right knee is on the viewer's left.
    expect(activeId(map)).to.equal('knee-right');
  });

  it('moves from the front drawing into the back drawing with ArrowRight', async () => {
    const map = await mount(html`<bw-body-map></bw-body-map>`);
    await focusOn(map, 'hand');
    expect(activeId(map)).to.equal('hand-left');
    await press(map, 'ArrowRight');
    // The nearest shape to the right of the front figure's left hand is in the back drawing.
    const back = map.shadowRoot!.querySelector('[data-view="back"]')!;
    const ring = back.querySelector('.focus-ring');
    expect(ring, 'focus ring drawn in the back view').to.exist;
  });

  it('in a map too narrow for both views, stays in the one shown; the switch, or focus on a region drawn only in the other, turns the figure round', async () => {
    const map = await mount(html`<div style="width: 15em"><bw-body-map value="glute-left"></bw-body-map></div>`);
    const view = (name: string) => map.shadowRoot!.querySelector(`[data-view="${name}"]`)!;
    // The chosen region is only on the back: focusing the map shows the back.
    map.focus();
    await map.updateComplete;
    expect(activeId(map)).to.equal('glute-left');
    expect(view('back').getClientRects().length, 'back shown').to.equal(1);
    expect(view('front').getClientRects().length).to.equal(0);
    // Arrows never go into the hidden drawing.
    for (let i = 0; i < 12; i++) await press(map, 'ArrowRight');
    expect(view('back').querySelector('.focus-ring'), 'still in the back view').to.exist;
    await press(map, 'End');
    expect(option(map, activeId(map)!).closest('[data-view]')!.getAttribute('data-view')).to.equal('back');
    // The switch: Front shown, and the keyboard with it.
    const front = map.shadowRoot!.querySelector<HTMLButtonElement>('[part="view-switch"] button')!;
    front.focus();
    await press(map, ' ');
    expect(view('front').getClientRects().length).to.equal(1);
    expect(option(map, activeId(map)!).closest('[data-view]')!.getAttribute('data-view')).to.equal('front');
  });

  it('in list view on a right-to-left page, ArrowLeft goes forward and ArrowRight back', async () => {
    const map = await mount(html`<div dir="rtl"><bw-body-map list-view></bw-body-map></div>`);
    map.focus();
    await map.updateComplete;
    const first = activeId(map);
    await press(map, 'ArrowLeft');
    const second = activeId(map);
    expect(second).not.to.equal(first);
    await press(map, 'ArrowRight');
    expect(activeId(map)).to.equal(first);
  });

  it('goes to the first and last region with Home and End', async () => {
    const map = await mount(html`<bw-body-map></bw-body-map>`);
    map.focus();
    await press(map, 'End');
    const options = [...map.shadowRoot!.querySelectorAll('[role="option"]')];
    expect(activeId(map)).to.equal(options.at(-1)!.id.replace('option-', ''));
    await press(map, 'Home');
    expect(activeId(map)).to.equal(options[0]!.id.replace('option-', ''));
  });

  it('jumps to regions by typing their names, cycling through matches', async () => {
    const map = await mount(html`<bw-body-map></bw-body-map>`);
    map.focus();
    await press(map, 'c');
    expect(activeId(map)).to.match(/^(chest|calf)-/);
    const first = activeId(map);
    // The same letter again, however quickly, moves on to the next name starting with it.
    await press(map, 'c');
    const second = activeId(map);
    expect(second).to.match(/^(chest|calf)-/);
    expect(second).not.to.equal(first);
    // After a pause a new letter starts a new search: the clock moves on 1.1 s, nobody waits.
    const later = performance.now() + 1100;
    performance.now = () => later;
    try {
      await press(map, 'k');
    } finally {
      delete (performance as { now?: unknown }).now; // the prototype's own clock again
    }
    expect(activeId(map)).to.match(/^knee-/);
  });

  it('toggles the active region with Space and Enter, firing the events a form field fires', async () => {
    const map = await mount(html`<bw-body-map multiple></bw-body-map>`);
    const events = recordEvents(map);
    map.focus();
    await press(map, ' ');
    expect(map.selected).to.deep.equal(['head']);
    expect(option(map, 'head').getAttribute('aria-selected')).to.equal('true');
    await press(map, 'ArrowDown', 'Enter');
    expect(map.selected).to.deep.equal(['head', 'neck']);
    await press(map, 'Enter');
    expect(map.selected).to.deep.equal(['head']);
    expect(events).to.deep.equal([
      'bw-region-select',
      'input',
      'change',
      'bw-region-select',
      'input',
      'change',
      'bw-region-select',
      'input',
      'change',
    ]);
  });

  it('draws the focus ring inside the drawing when focused by keyboard', async () => {
    const map = await mount(html`<bw-body-map view="front"></bw-body-map>`);
    map.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.focus();
    await sendKeys({ press: 'Tab' });
    await map.updateComplete;
    const ring = map.shadowRoot!.querySelector<SVGPathElement>('.focus-ring');
    expect(ring).to.exist;
    expect(ring!.getAttribute('d')).to.equal(
      map.shadowRoot!.querySelector('[data-region="head"] .shape')!.getAttribute('d'),
    );
    expect(getComputedStyle(ring!).strokeWidth).not.to.equal('0px');
  });

  it('sets severity with digits and with plus and minus in severity mode', async () => {
    const map = await mount(html`<bw-body-map multiple severity></bw-body-map>`);
    map.focus();
    await press(map, ' ');
    expect(map.value).to.equal('head');
    await press(map, '7');
    expect(map.value).to.equal('head:7');
    await press(map, '+', '+');
    expect(map.value).to.equal('head:9');
    await press(map, '-');
    expect(map.value).to.equal('head:8');
    await sendKeys({ type: '10' });
    await map.updateComplete;
    expect(map.value).to.equal('head:10');
    await press(map, '+');
    expect(map.value).to.equal('head:10');
    expect(option(map, 'head').getAttribute('aria-label')).to.equal('Head, pain 10 out of 10');
  });

  it('does nothing when disabled, and cannot be focused by Tab', async () => {
    const map = await mount(html`<bw-body-map disabled></bw-body-map>`);
    expect(listbox(map).getAttribute('tabindex')).to.equal('-1');
    expect(listbox(map).getAttribute('aria-disabled')).to.equal('true');
    listbox(map).dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    await map.updateComplete;
    expect(map.selected).to.deep.equal([]);
  });
});
