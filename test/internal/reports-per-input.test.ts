/*
 * A problem is reported when the input that has it arrives, once: later, unrelated changes (a new
 * heading level, new content that still lacks the id, another filter) do not report it again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { dataset } from '../../src/data/dataset.js';
import type { BwStretchTimer } from '../../src/stretch-timer.js';
import type { BwTechniqueCard, BwTechniqueList } from '../../src/technique-card.js';
import { captureWarnings } from '../support/warnings.js';

function recorder(el: HTMLElement): { codes: string[]; values: (string | undefined)[] } {
  const out = { codes: [] as string[], values: [] as (string | undefined)[] };
  el.addEventListener('bw-error', (e) => {
    out.codes.push((e as CustomEvent).detail.code);
    out.values.push((e as CustomEvent).detail.value);
  });
  return out;
}

describe('reports are per input', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('<bw-technique-list>: one report for the unknown ids of an input, not again on other changes', async () => {
    const list = await fixture<BwTechniqueList>(html`<bw-technique-list></bw-technique-list>`);
    const seen = recorder(list);
    list.area = 'nowhere elsewhere';
    await list.updateComplete;
    expect(seen.codes).to.deep.equal(['unknown-area']);
    expect(seen.values).to.deep.equal(['nowhere elsewhere']);

    list.headingLevel = 4;
    list.condition = 'neck-pain';
    list.content = { ...dataset };
    list.bookingUrl = 'https://clinic.example/book';
    await list.updateComplete;
    expect(seen.codes, 'nothing new arrived').to.deep.equal(['unknown-area']);

    list.region = 'tail';
    await list.updateComplete;
    expect(seen.codes).to.deep.equal(['unknown-area', 'unknown-region']);

    list.area = 'neck';
    await list.updateComplete;
    list.area = 'nowhere elsewhere';
    await list.updateComplete;
    expect(seen.codes, 'the same problem arriving again is new').to.deep.equal([
      'unknown-area',
      'unknown-region',
      'unknown-area',
    ]);
    expect(warnings.calls, 'one warning per distinct problem').to.have.length(2);
  });

  it('<bw-technique-card>: an unknown technique is reported once, whatever content follows', async () => {
    const card = await fixture<BwTechniqueCard>(html`<bw-technique-card technique="swedish"></bw-technique-card>`);
    const seen = recorder(card);
    card.technique = 'no-such-massage';
    await card.updateComplete;
    card.content = { ...dataset };
    await card.updateComplete;
    card.content = { ...dataset, techniques: [...dataset.techniques] };
    card.variant = 'compact';
    await card.updateComplete;
    expect(seen.codes).to.deep.equal(['unknown-technique']);
  });

  it('<bw-stretch-timer>: an unknown routine is reported once, whatever settings change', async () => {
    const timer = await fixture<BwStretchTimer>(html`<bw-stretch-timer></bw-stretch-timer>`);
    const seen = recorder(timer);
    timer.routine = 'no-such-routine';
    await timer.updateComplete;
    timer.holdScale = 2;
    timer.sidePause = 10;
    timer.headingLevel = 3;
    await timer.updateComplete;
    expect(seen.codes).to.deep.equal(['unknown-routine']);
  });
});
