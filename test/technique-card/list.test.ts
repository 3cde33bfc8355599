import { expect } from '@open-wc/testing';
import { areas } from '../../src/data/areas.js';
import { conditions } from '../../src/data/conditions.js';
import { dataset } from '../../src/data/dataset.js';
import { evidence } from '../../src/data/evidence.js';
import { precautions } from '../../src/data/precautions.js';
import { regions } from '../../src/data/regions.js';
import { techniques } from '../../src/data/techniques.js';
import type { Technique } from '../../src/data/types.js';
import type { BwTechniqueList } from '../../src/technique-card.js';
import { captureWarnings, cards, errorsOf, html, mount, part, settleList, text, visible } from './helpers.js';

const ids = (list: BwTechniqueList) => cards(list).map((card) => card.technique);
const count = (list: BwTechniqueList) => text(part(list, 'count'));
const mountList = (template: ReturnType<typeof html>) => mount<BwTechniqueList>(template);

const CERTAINTY = { high: 5, moderate: 4, low: 3, 'very-low': 2, insufficient: 1, 'not-supported': 0 };
/** The strongest certainty behind a technique's claims (the ranking's tie-breaker). */
const strength = (t: Technique) =>
  Math.max(
    0,
    ...t.claims.flatMap((c) => c.evidence.map((id) => CERTAINTY[evidence.find((e) => e.id === id)!.certainty])),
  );

describe('<bw-technique-list>', () => {
  it('lists every technique, in dataset order, as compact cards, with a count, when it has no filter', async () => {
    const list = await mountList(html`<bw-technique-list></bw-technique-list>`);
    expect(ids(list)).to.deep.equal(techniques.map((t) => t.id));
    expect(cards(list).every((card) => card.variant === 'compact')).to.equal(true);
    expect(count(list)).to.equal(`${techniques.length} techniques`);
    expect(part(list, 'list')!.localName).to.equal('ul');
    expect(part(list, 'count')!.getAttribute('role'), 'changes are announced politely').to.equal('status');
  });

  for (const area of areas) {
    it(`lists exactly the techniques used for “${area.id}”`, async () => {
      const list = await mountList(html`<bw-technique-list area=${area.id}></bw-technique-list>`);
      const expected = techniques.filter((t) => t.areas.includes(area.id)).map((t) => t.id);
      expect([...ids(list)].sort()).to.deep.equal([...expected].sort());
      if (expected.length) {
        expect(count(list)).to.equal(
          `${expected.length} ${expected.length === 1 ? 'technique' : 'techniques'} for ${area.name}`,
        );
      } else {
        expect(visible(part(list, 'empty'))).to.equal(true);
      }
    });
  }

  it('ranks techniques that cover more of the chosen areas first, then those with stronger evidence', async () => {
    const chosen = ['neck', 'jaw', 'knees'];
    const list = await mountList(html`<bw-technique-list area=${chosen.join(' ')}></bw-technique-list>`);
    const listed = ids(list).map((id) => techniques.find((t) => t.id === id)!);
    const hits = (t: Technique) => t.areas.filter((a) => chosen.includes(a)).length;
    expect(listed.length).to.be.greaterThan(2);
    for (let i = 1; i < listed.length; i++) {
      const [a, b] = [listed[i - 1]!, listed[i]!];
      expect(hits(a) >= hits(b), `${a.id} before ${b.id}: areas`).to.equal(true);
      if (hits(a) === hits(b)) expect(strength(a) >= strength(b), `${a.id} before ${b.id}: evidence`).to.equal(true);
    }
    expect(count(list)).to.equal(
      `${listed.length} techniques for Jaw, Neck, and Knees`.replace('Jaw, Neck', 'Neck, Jaw'),
    );
  });

  it('resolves a body map region to its area', async () => {
    const region = regions.find((r) => r.id === 'shoulder-left')!;
    const byRegion = await mountList(html`<bw-technique-list region="shoulder-left"></bw-technique-list>`);
    const byArea = await mountList(html`<bw-technique-list area=${region.area}></bw-technique-list>`);
    expect(ids(byRegion)).to.deep.equal(ids(byArea));
    expect(count(byRegion)).to.equal(count(byArea));
  });

  for (const condition of conditions) {
    it(`lists the techniques for the condition “${condition.id}” in its order, with its warning signs once`, async () => {
      const list = await mountList(html`<bw-technique-list condition=${condition.id}></bw-technique-list>`);
      expect(ids(list)).to.deep.equal(condition.techniques.filter((id) => techniques.some((t) => t.id === id)));
      expect(count(list)).to.contain(`for ${condition.name}`);
      const flags = part(list, 'red-flags')!;
      expect(condition.redFlags.length).to.be.at.least(1);
      for (const id of condition.redFlags) {
        const p = precautions.find((x) => x.id === id)!;
        expect(text(flags), id).to.contain(p.title);
        for (const sign of p.signs ?? []) expect(text(flags)).to.contain(sign.text);
      }
      // All of them in one block: every sign once, grouped by urgency.
      expect(flags.querySelectorAll('.precaution.red-flag')).to.have.length(1);
      const signs = [...flags.querySelectorAll('.signs li')].map(text);
      expect(new Set(signs).size, 'each sign once').to.equal(signs.length);
      // What helps most comes first, massage or not, with its sources.
      const best = part(list, 'best-supported')!;
      expect(text(best)).to.contain('What helps most:').and.contain(condition.bestSupported.text);
      expect(best.querySelectorAll('a[target="_blank"]')).to.have.length(condition.bestSupported.sources.length);
    });
  }

  it('shows the red flags of the chosen areas once, above the cards, and no best-supported line', async () => {
    const list = await mountList(html`<bw-technique-list area="lower-back upper-back neck"></bw-technique-list>`);
    const flags = [...part(list, 'red-flags')!.querySelectorAll('.precaution.red-flag .precaution-title')].map(text);
    expect(flags).to.deep.equal(['Back pain warning signs and Neck pain warning signs']);
    expect(part(list, 'best-supported')).to.equal(null);
  });

  it('narrows a condition to the chosen area when both are set', async () => {
    const list = await mountList(
      html`<bw-technique-list condition="chronic-low-back-pain" area="feet-ankles"></bw-technique-list>`,
    );
    const condition = conditions.find((c) => c.id === 'chronic-low-back-pain')!;
    const expected = condition.techniques.filter((id) =>
      techniques.find((t) => t.id === id)?.areas.includes('feet-ankles'),
    );
    expect(ids(list)).to.deep.equal(expected);
  });

  it('shows a polite empty state with a zero count when nothing matches', async () => {
    const content = { ...dataset, techniques: techniques.filter((t) => !t.areas.includes('knees')) };
    const list = await mountList(html`<bw-technique-list area="knees" .content=${content}></bw-technique-list>`);
    expect(cards(list)).to.have.length(0);
    expect(count(list)).to.equal('0 techniques for Knees');
    const empty = part(list, 'empty')!;
    expect(visible(empty)).to.equal(true);
    expect(text(empty)).to.equal(
      'There are no techniques for Knees to show yet. Try another area, or ask your therapist.',
    );
  });

  it('follows its attributes and the `areas` property as they change', async () => {
    const list = await mountList(html`<bw-technique-list area="jaw"></bw-technique-list>`);
    const jaw = ids(list);
    list.setAttribute('area', 'feet-ankles');
    await settleList(list);
    const feet = techniques.filter((t) => t.areas.includes('feet-ankles')).map((t) => t.id);
    expect([...ids(list)].sort()).to.deep.equal([...feet].sort());
    expect(count(list)).to.contain('Feet and ankles');

    list.removeAttribute('area');
    list.areas = ['jaw'];
    await settleList(list);
    expect(ids(list)).to.deep.equal(jaw);

    list.areas = [];
    list.setAttribute('condition', 'neck-pain');
    await settleList(list);
    expect(ids(list)).to.deep.equal(conditions.find((c) => c.id === 'neck-pain')!.techniques);

    list.removeAttribute('condition');
    await settleList(list);
    expect(ids(list)).to.have.length(techniques.length);
  });

  it('"Try at home" on a card in a list for Neck offers a neck routine, for every card', async () => {
    const list = await mountList(html`<bw-technique-list region="neck" .content=${dataset}></bw-technique-list>`);
    const offered: string[] = [];
    list.addEventListener('bw-try-routine', (e) => offered.push((e as CustomEvent).detail.routineId));
    for (const card of cards(list)) {
      card.expanded = true;
      await card.updateComplete;
      part(card, 'try-routine')?.click();
    }
    expect(offered.length).to.be.greaterThan(0);
    for (const id of offered) expect(dataset.routines.find((r) => r.id === id)!.areas, id).to.include('neck');
  });

  it('closes a card that was open when the list changes under it', async () => {
    const list = await mountList(html`<bw-technique-list area="jaw"></bw-technique-list>`);
    cards(list)[0]!.expanded = true;
    list.area = 'knees';
    await settleList(list);
    expect(cards(list).some((card) => card.expanded)).to.equal(false);
  });

  it('passes its heading level and link templates to the cards, checking them once', async () => {
    const warnings = captureWarnings();
    try {
      const list = await mountList(
        html`<bw-technique-list
          area="jaw"
          heading-level="2"
          booking-url="https://clinic.example/book?t={technique}"
          routine-href="javascript:alert(1)"
        ></bw-technique-list>`,
      );
      const first = cards(list)[0]!;
      expect(part(first, 'title')!.localName).to.equal('h2');
      expect(first.getAttribute('part')).to.equal('card');
      first.expanded = true;
      await first.updateComplete;
      expect((part(first, 'book') as HTMLAnchorElement).href).to.equal(
        `https://clinic.example/book?t=${first.technique}`,
      );
      expect(part(first, 'try-routine')!.localName, 'bad routine-href: a button, not a link').to.equal('button');
      expect(warnings.calls, 'one warning for the list, none per card').to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  for (const [attribute, value, kind, code] of [
    ['area', 'elbow', 'body area', 'unknown-area'],
    ['region', 'elbow-middle', 'body region', 'unknown-region'],
    ['condition', 'gout', 'condition', 'unknown-condition'],
  ] as const) {
    it(`shows a polite message, fires bw-error and warns once for an unknown ${attribute}`, async () => {
      const warnings = captureWarnings();
      try {
        const list = await mountList(html`<bw-technique-list></bw-technique-list>`);
        const errors = errorsOf(list);
        list.setAttribute(attribute, value);
        await settleList(list);
        const message = part(list, 'error')!;
        expect(visible(message)).to.equal(true);
        expect(text(message)).to.contain(`There is no ${kind} called “${value}”.`);
        expect(cards(list)).to.have.length(0);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.include({ code, value });
        expect(warnings.calls).to.have.length(1);
        list.removeAttribute(attribute);
        await settleList(list);
        expect(cards(list), 'recovers').to.have.length(techniques.length);
      } finally {
        warnings.restore();
      }
    });
  }

  it('treats an unknown id in the areas property like one in the attribute', async () => {
    const warnings = captureWarnings();
    try {
      const list = await mountList(html`<bw-technique-list></bw-technique-list>`);
      const errors = errorsOf(list);
      list.areas = ['neck', 'tail'];
      await settleList(list);
      expect(errors.map((e) => e.value)).to.deep.equal(['tail']);
      expect(text(part(list, 'error'))).to.contain('“tail”');
    } finally {
      warnings.restore();
    }
  });
});
