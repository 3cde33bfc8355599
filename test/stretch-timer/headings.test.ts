import { expect } from '@open-wc/testing';
import { captureWarnings } from '../support/warnings.js';
import { FakeClock, TEST_ROUTINE, advance, html, mount } from './helpers.js';
import type { BwStretchTimer } from '../../src/stretch-timer.js';

/** Every heading in the timer's shadow tree, in order: tag, ARIA level and text. */
const headings = (el: BwStretchTimer) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]')].map((h) => ({
    tag: h.localName,
    level: h.getAttribute('aria-level'),
    text: h.textContent!.trim(),
  }));

async function timer(level?: string): Promise<{ el: BwStretchTimer; clock: FakeClock }> {
  const clock = new FakeClock();
  const el = await mount(
    html`<bw-stretch-timer .clock=${clock} .routine=${TEST_ROUTINE} heading-level=${level ?? '2'}></bw-stretch-timer>`,
  );
  return { el, clock };
}

describe('<bw-stretch-timer> headings', () => {
  it('uses h2 for the title and h3 for "Before you start" and "Steps" by default', async () => {
    const clock = new FakeClock();
    const el = await mount(html`<bw-stretch-timer .clock=${clock} .routine=${TEST_ROUTINE}></bw-stretch-timer>`);
    expect(headings(el).map((h) => h.tag)).to.deep.equal(['h2', 'h3', 'h3']);
    expect(headings(el)[0]!.text).to.equal(TEST_ROUTINE.title);
  });

  for (const level of [1, 3, 4, 5]) {
    it(`fits a page outline at heading-level ${level}, while idle, running and at the end`, async () => {
      const { el, clock } = await timer(String(level));
      const sub = `h${level + 1}`;
      expect(headings(el).map((h) => h.tag)).to.deep.equal([`h${level}`, sub, sub]);
      el.start();
      await advance(el, clock, 3000); // the first hold: the step's name is a heading
      expect(headings(el).map((h) => h.tag)).to.deep.equal([`h${level}`, sub]);
      expect(headings(el)[1]!.text).to.equal('Step a');
      el.stop();
      await el.updateComplete;
      expect(headings(el).map((h) => h.tag)).to.deep.equal([`h${level}`, sub]);
    });
  }

  it('at level 6 keeps the headings inside one level below, as ARIA headings of level 7', async () => {
    const { el } = await timer('6');
    const list = headings(el);
    expect(list[0]!.tag).to.equal('h6');
    expect(list.slice(1).every((h) => h.tag === 'p' && h.level === '7')).to.equal(true);
    // "Before you start" still names its section.
    const section = el.shadowRoot!.querySelector('[part="precautions"]')!;
    expect(el.shadowRoot!.getElementById(section.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal(
      list[1]!.text,
    );
  });

  for (const bad of ['0', '7', 'two']) {
    it(`falls back to level 2 with one warning and a bw-error for heading-level="${bad}"`, async () => {
      const warnings = captureWarnings();
      const errors: string[] = [];
      const record = (e: Event) => errors.push((e as CustomEvent<{ code: string }>).detail.code);
      document.addEventListener('bw-error', record);
      try {
        const { el } = await timer(bad);
        expect(headings(el)[0]!.tag).to.equal('h2');
        expect(warnings.calls).to.have.length(1);
        const shown = Number.isNaN(Number(bad)) ? `“${bad}”` : bad;
        expect(String(warnings.calls[0]![0])).to.contain(
          `heading-level cannot be ${shown}: use a whole number from 1 to 6.`,
        );
        expect(errors).to.deep.equal(['invalid-heading-level']);
      } finally {
        warnings.restore();
        document.removeEventListener('bw-error', record);
      }
    });
  }
});
