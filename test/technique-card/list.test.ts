import { expect } from '@open-wc/testing';
import { areas } from '../../src/data/areas.js';
import { conditions } from '../../src/data/conditions.js';
import { dataset } from '../../src/data/dataset.js';
import { precautions } from '../../src/data/precautions.js';
import { regions } from '../../src/data/regions.js';
import { techniques } from '../../src/data/techniques.js';
import { isTypical, rankTechniques, rankTechniquesForCondition } from '../../src/data/query.js';
import type { BwTechniqueList } from '../../src/technique-card.js';
import { captureWarnings, cards, errorsOf, html, mount, part, settleList, text, visible } from './helpers.js';

const ids = (list: BwTechniqueList) => cards(list).map((card) => card.technique);
const count = (list: BwTechniqueList) => text(part(list, 'count'));
const mountList = (template: ReturnType<typeof html>) => mount<BwTechniqueList>(template);

describe('<bw-technique-list>', () => {
  it('lists every technique, in dataset order, as compact cards, with a count, when it has no filter', async () => {
    const list = await mountList(html`<bw-technique-list></bw-technique-list>`);
    expect(ids(list)).to.deep.equal(techniques.map((t) => t.id));
    expect(cards(list).every((card) => card.variant === 'compact')).to.equal(true);
    expect(count(list)).to.equal(`${techniques.length} techniques`);
    expect(part(list, 'list')!.localName).to.equal('ul');
    expect(part(list, 'count')!.getAttribute('role'), 'changes are announced politely').to.equal('status');
  });

  /** Opens "Show all N" and waits for the cards. */
  async function showAll(list: BwTechniqueList): Promise<void> {
    part(list, 'show-all')!.click();
    await settleList(list);
  }

  for (const area of areas) {
    it(`shows first the techniques typical for “${area.id}”, the others used there behind “Show all”`, async () => {
      const list = await mountList(html`<bw-technique-list area=${area.id}></bw-technique-list>`);
      const used = techniques.filter((t) => t.areas.includes(area.id));
      const typical = used.filter((t) => isTypical(t, 'areas', area.id));
      const first = typical.length ? typical : used;
      expect([...ids(list)].sort()).to.deep.equal(first.map((t) => t.id).sort());
      expect(ids(list).length, 'at most half of every technique first').to.be.at.most(techniques.length / 2);
      expect(ids(list)).to.deep.equal(rankTechniques(dataset, [area.id]).typical.map((t) => t.id));
      if (first.length < used.length) {
        expect(count(list)).to.equal(
          `${first.length} ${first.length === 1 ? 'technique' : 'techniques'} often used for ${area.name}, of ${used.length}`,
        );
        const button = part(list, 'show-all')!;
        expect(text(button)).to.equal(`Show all ${used.length}`);
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        await showAll(list);
        expect([...ids(list)].sort()).to.deep.equal(used.map((t) => t.id).sort());
        expect(ids(list).slice(0, first.length), 'the usual ones stay first').to.deep.equal(
          rankTechniques(dataset, [area.id]).typical.map((t) => t.id),
        );
        expect(part(list, 'show-all')!.getAttribute('aria-expanded')).to.equal('true');
        expect(text(part(list, 'show-all'))).to.equal('Show only the usual ones');
      } else {
        expect(part(list, 'show-all')).to.equal(null);
        expect(count(list)).to.equal(
          `${used.length} ${used.length === 1 ? 'technique' : 'techniques'} for ${area.name}`,
        );
      }
    });
  }

  it('choosing Neck shows at most half of every technique first, and “Show all” the rest used there', async () => {
    const list = await mountList(html`<bw-technique-list area="neck"></bw-technique-list>`);
    expect(ids(list).length).to.be.at.most(Math.floor(techniques.length / 2));
    expect(ids(list)).to.include('trigger-point').and.not.include('reflexology');
    await showAll(list);
    expect(ids(list)).to.have.length(techniques.filter((t) => t.areas.includes('neck')).length);
  });

  it('says what all the shown cards share once, above them, “Before any massage”, and each card only its extras', async () => {
    const list = await mountList(html`<bw-technique-list area="neck"></bw-technique-list>`);
    const shown = ids(list).map((id) => techniques.find((t) => t.id === id)!);
    const shared = precautions.filter(
      (p) =>
        p.kind !== 'red-flag' &&
        shown.every((t) => t.precautions.includes(p.id) || p.general === true || p.general === 'techniques'),
    );
    expect(shared.length).to.be.greaterThan(3);
    const section = part(list, 'shared')!;
    expect(text(part(list, 'shared-title'))).to.equal('Before any massage');
    const button = part(list, 'shared-button')!;
    expect(text(button)).to.equal(`${shared.length} safety checks`);
    button.click();
    await list.updateComplete;
    for (const p of shared) expect(text(section), p.id).to.contain(p.title);
    for (const card of cards(list)) {
      const safety = part(card, 'safety-button');
      if (!safety) {
        expect(text(card.shadowRoot!.querySelector('.safety-line'))).to.equal('Safety: see above');
        continue;
      }
      safety.click();
      await card.updateComplete;
      const own = text(part(card, 'safety'));
      for (const p of shared) expect(own, `${card.technique}: ${p.id} said once, above`).not.to.contain(p.title);
    }
    // A card on its own shows every warning again.
    const alone = document.createElement('bw-technique-card');
    alone.variant = 'compact';
    alone.technique = shown[0]!.id;
    list.after(alone);
    await alone.updateComplete;
    alone.shadowRoot!.querySelector<HTMLElement>('[part="safety-button"]')!.click();
    await alone.updateComplete;
    for (const p of shared) expect(text(part(alone, 'safety')), p.id).to.contain(p.title);
    alone.remove();
  });

  it('ranks by `rankTechniques` for several areas', async () => {
    const chosen = ['neck', 'jaw', 'knees'];
    const list = await mountList(html`<bw-technique-list area=${chosen.join(' ')}></bw-technique-list>`);
    expect(ids(list)).to.deep.equal(rankTechniques(dataset, chosen).typical.map((t) => t.id));
    expect(count(list)).to.match(/often used for Neck, Jaw, and Knees, of \d+$/);
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
      const all = condition.techniques.filter((id) => techniques.some((t) => t.id === id));
      const ranked = rankTechniquesForCondition(dataset, condition);
      expect(ids(list)).to.deep.equal(ranked.typical.map((t) => t.id));
      expect(ranked.typical.map((t) => t.id)).to.deep.equal(
        all.filter((id) => ranked.typical.some((t) => t.id === id)),
        'in the condition’s order',
      );
      if (ranked.more.length) {
        await showAll(list);
        expect([...ids(list)].sort()).to.deep.equal([...all].sort());
      }
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
    if (part(list, 'show-all')) await showAll(list);
    expect([...ids(list)].sort()).to.deep.equal([...expected].sort());
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
    expect(ids(list)).to.deep.equal(rankTechniques(dataset, ['feet-ankles']).typical.map((t) => t.id));
    expect(count(list)).to.contain('Feet and ankles');

    list.removeAttribute('area');
    list.areas = ['jaw'];
    await settleList(list);
    expect(ids(list)).to.deep.equal(jaw);

    list.areas = [];
    list.setAttribute('condition', 'neck-pain');
    await settleList(list);
    const neckPain = conditions.find((c) => c.id === 'neck-pain')!;
    expect(ids(list)).to.deep.equal(rankTechniquesForCondition(dataset, neckPain).typical.map((t) => t.id));

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
