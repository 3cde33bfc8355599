import { expect } from '@open-wc/testing';
import { areas } from '../../src/data/areas.js';
import { conditions } from '../../src/data/conditions.js';
import { evidence } from '../../src/data/evidence.js';
import { precautions } from '../../src/data/precautions.js';
import { routines } from '../../src/data/routines.js';
import { sources } from '../../src/data/sources.js';
import { techniques } from '../../src/data/techniques.js';
import { dataset } from '../../src/data/dataset.js';
import { techniqueWarnings } from '../../src/data/query.js';
import type { Technique } from '../../src/data/types.js';
import type { BwTechniqueCard } from '../../src/technique-card.js';
import { CERTAINTY_LABELS, html, mount, part, text } from './helpers.js';

const byId = <T extends { id: string }>(list: T[], id: string) => list.find((x) => x.id === id)!;

/** The technique's precautions plus the general ones for techniques, without repeats. */
function precautionsOf(t: Technique) {
  const { redFlags, precautions: others } = techniqueWarnings(dataset, t);
  return [...redFlags, ...others];
}

function checkSourceLink(link: HTMLAnchorElement, sourceId: string) {
  const source = byId(sources, sourceId);
  expect(link.href, sourceId).to.equal(new URL(source.url).href);
  expect(link.target).to.equal('_blank');
  expect(link.rel.split(' ').sort()).to.deep.equal(['noopener', 'noreferrer']);
  expect(text(link)).to.contain('(opens in a new tab)');
}

describe('<bw-technique-card> content', () => {
  for (const t of techniques) {
    it(`renders every section of “${t.id}” from the dataset`, async () => {
      const card = await mount<BwTechniqueCard>(html`<bw-technique-card technique=${t.id}></bw-technique-card>`);

      const title = part(card, 'title')!;
      expect(title.localName).to.equal('h3');
      expect(text(title)).to.equal(t.name);
      for (const name of t.aka) expect(text(part(card, 'header')), 'other names').to.contain(name);
      expect(text(part(card, 'summary'))).to.equal(t.summary);

      const pressure = part(card, 'pressure')!;
      expect(text(pressure)).to.contain(`Pressure: ${t.pressure.level}, ${t.pressure.scale} out of 5`);
      const meter = pressure.querySelector('[aria-hidden="true"]')!;
      expect(text(meter)).to.equal('●'.repeat(t.pressure.scale) + '○'.repeat(5 - t.pressure.scale));

      const helps = text(part(card, 'helps-with'));
      for (const id of t.conditions) expect(helps, id).to.contain(byId(conditions, id).name);
      for (const id of t.areas) expect(helps, id).to.contain(byId(areas, id).name);

      expect(text(part(card, 'how'))).to.contain(t.howItIsDone);
      expect(text(part(card, 'feels'))).to.contain(t.feelsLike);
      const { min, max } = t.sessionMinutes;
      expect(text(part(card, 'session'))).to.contain(min === max ? `${min} minutes` : `${min} to ${max} minutes`);

      // Supported claims under "What the evidence says", each finding with its certainty in words;
      // claims the evidence goes against under "What it can't do", in neutral words.
      const debunked = (claim: (typeof t.claims)[number]) =>
        byId(evidence, claim.evidence[0]!).certainty === 'not-supported';
      for (const [section, list] of [
        ['evidence', t.claims.filter((c) => !debunked(c))],
        ['cannot-do', t.claims.filter(debunked)],
      ] as const) {
        const claims = [...(part(card, section)?.querySelectorAll<HTMLElement>('.claim') ?? [])];
        expect(claims, section).to.have.length(list.length);
        list.forEach((claim, i) => {
          const item = claims[i]!;
          expect(text(item.querySelector('.claim-text'))).to.equal(claim.text);
          const findings = [...item.querySelectorAll('.finding')];
          expect(findings, claim.id).to.have.length(claim.evidence.length);
          claim.evidence.forEach((noteId, j) => {
            const note = byId(evidence, noteId);
            const finding = findings[j]!;
            const label = finding.querySelector('.certainty');
            if (section === 'evidence') expect(text(label)).to.equal(CERTAINTY_LABELS[note.certainty]);
            else expect(label, 'no negative badge').to.equal(null);
            expect(text(finding)).to.contain(note.verdict);
            expect(text(finding)).to.contain(note.population);
            checkSourceLink(finding.querySelector('a')!, note.source);
          });
        });
      }

      const warnings = text(part(card, 'warnings'));
      const others = text(part(card, 'precautions'));
      for (const p of precautionsOf(t)) {
        const urgent = p.kind === 'avoid' || p.kind === 'red-flag';
        expect(urgent ? warnings : others, `${p.id} in its group`).to.contain(p.title);
        expect(urgent ? others : warnings, `${p.id} only once`).not.to.contain(p.title);
        for (const sign of p.signs ?? []) expect(warnings, p.id).to.contain(sign.text);
      }
      for (const general of precautions.filter((p) => p.general === 'routines'))
        expect(`${warnings} ${others}`, `${general.id} is for routines`).not.to.contain(general.title);

      const effects = text(part(card, 'side-effects'));
      expect(effects).to.contain(t.sideEffects.common).and.contain(t.sideEffects.rare);
      for (const id of t.sideEffects.sources) expect(effects, id).to.contain(byId(sources, id).title);
      const reviewed = text(part(card, 'reviewed'));
      expect(reviewed).to.match(/^Checked against its sources in [A-Z][a-z]+ \d{4}\./);
      expect(reviewed, 'says who reviewed it').to.contain(`Reviewer: ${t.reviewed.role}.`);

      const related = text(part(card, 'related'));
      for (const id of t.related) expect(related, id).to.contain(byId(techniques, id).name);

      if (t.routines.length) expect(text(part(card, 'try-routine'))).to.contain('Try at home');
      else expect(part(card, 'try-routine'), 'no home routine, no "Try at home"').to.equal(null);
      expect(part(card, 'book'), 'no booking link without booking-url').to.equal(null);
    });
  }

  it('links every source of a precaution, naming its publisher', async () => {
    const card = await mount<BwTechniqueCard>(html`<bw-technique-card technique="self-massage"></bw-technique-card>`);
    const items = [...card.shadowRoot!.querySelectorAll<HTMLElement>('.precaution')];
    const expected = precautionsOf(byId(techniques, 'self-massage'));
    expect(items).to.have.length(expected.length);
    for (const item of items) {
      const p = expected.find((x) => text(item).includes(x.title))!;
      const links = [...item.querySelectorAll('a')];
      expect(links).to.have.length(p.sources.length);
      p.sources.forEach((id, i) => {
        checkSourceLink(links[i]!, id);
        expect(text(links[i]!)).to.contain(byId(sources, id).publisher);
      });
    }
  });

  it('shows each precaution’s kind in words, not by colour alone', async () => {
    const card = await mount<BwTechniqueCard>(html`<bw-technique-card technique="self-massage"></bw-technique-card>`);
    const kinds = [...card.shadowRoot!.querySelectorAll('.precaution .kind')].map(text);
    expect(kinds).to.include.members(['Warning signs', 'Avoid', 'Lighter pressure', 'Avoid the area', 'Ask first']);
  });

  it('lists red flags first in the safety section', async () => {
    const card = await mount<BwTechniqueCard>(html`<bw-technique-card technique="self-massage"></bw-technique-card>`);
    const first = part(card, 'warnings')!.querySelector('.precaution')!;
    expect(first.classList.contains('red-flag')).to.equal(true);
  });

  it('groups warning signs by urgency, most urgent first, each named in words and told what to do', async () => {
    const card = await mount<BwTechniqueCard>(html`<bw-technique-card technique="self-massage"></bw-technique-card>`);
    const flag = part(card, 'warnings')!.querySelector<HTMLElement>('.precaution.red-flag')!;
    const tiers = [...flag.querySelectorAll<HTMLElement>('.tier')];
    const clot = byId(precautions, 'clot-warning-signs');
    expect(tiers.map((t) => [...t.classList].find((c) => c !== 'tier'))).to.deep.equal(['emergency', 'same-day']);
    expect(tiers.map((t) => text(t.querySelector('.tier-name')))).to.deep.equal(['Emergency', 'Urgent']);
    expect(text(tiers[0]!.querySelector('.tier-head'))).to.contain(
      'Call your local emergency number now, or go to a hospital that can see you at once if you have:',
    );
    expect(text(tiers[1]!.querySelector('.tier-head'))).to.contain('Get medical help today');
    const listed = tiers.map((t) => [...t.querySelectorAll('.signs li')].map(text));
    expect(listed).to.deep.equal([
      clot.signs!.filter((s) => s.urgency === 'emergency').map((s) => s.text),
      clot.signs!.filter((s) => s.urgency === 'same-day').map((s) => s.text),
    ]);
  });

  it("tells visitors what to do in the clinic's own words when its content sets help texts", async () => {
    const content = { ...dataset, help: { ...dataset.help, emergency: 'Call 999 or go to A&E now.' } };
    const card = await mount<BwTechniqueCard>(
      html`<bw-technique-card technique="self-massage" .content=${content}></bw-technique-card>`,
    );
    expect(text(part(card, 'warnings')!.querySelector('.tier.emergency .tier-head'))).to.contain(
      'Call 999 or go to A&E now if you have:',
    );
  });

  it('dates a living web page by when it was checked or updated, not by a publication year', async () => {
    const card = await mount<BwTechniqueCard>(html`<bw-technique-card technique="cupping"></bw-technique-card>`);
    const effects = text(part(card, 'side-effects'));
    expect(effects).to.match(
      /Cupping \(opens in a new tab\), NCCIH \(US National Institutes of Health\), page checked [A-Z][a-z]+ \d{4}/,
    );
    const flags = await mount<BwTechniqueCard>(html`<bw-technique-card technique="swedish"></bw-technique-card>`);
    expect(text(part(flags, 'evidence'))).to.match(
      /Efficacy and safety of massage for osteoarthritis of the knee.+, 2019/,
    );
  });

  it('explains what a technique can’t do in its details, and never puts a negative badge on a card’s face', async () => {
    const withMyth = techniques.filter((t) =>
      t.claims.some((c) => byId(evidence, c.evidence[0]!).certainty === 'not-supported'),
    );
    expect(withMyth.length, 'the dataset has debunked claims to show').to.be.greaterThan(0);
    for (const t of withMyth) {
      const full = await mount<BwTechniqueCard>(html`<bw-technique-card technique=${t.id}></bw-technique-card>`);
      const section = part(full, 'cannot-do')!;
      expect(text(section.querySelector('.section-title'))).to.equal('What it can’t do');
      expect(text(part(full, 'evidence')), t.id).not.to.contain('Not supported by evidence');
      expect(text(section), t.id).not.to.contain('Not supported by evidence');
      const compact = await mount<BwTechniqueCard>(
        html`<bw-technique-card technique=${t.id} variant="compact"></bw-technique-card>`,
      );
      const face = [...compact.shadowRoot!.querySelectorAll('.card > :not(.more)')].map(text).join(' ');
      expect(face, t.id).not.to.contain('Not supported');
    }
  });

  it('names the routine when the content includes routines', async () => {
    const t = techniques[0]!;
    const card = await mount<BwTechniqueCard>(
      html`<bw-technique-card technique=${t.id} .content=${dataset}></bw-technique-card>`,
    );
    expect(text(part(card, 'try-routine'))).to.contain(`Try at home: ${byId(routines, t.routines[0]!).title}`);
  });

  it('shows a clinic’s own content when given a merged dataset', async () => {
    const custom = {
      ...dataset,
      techniques: [{ ...techniques[0]!, id: 'clinic-special', name: 'Our signature massage', related: [] }],
    };
    const card = await mount<BwTechniqueCard>(
      html`<bw-technique-card technique="clinic-special" .content=${custom}></bw-technique-card>`,
    );
    expect(text(part(card, 'title'))).to.equal('Our signature massage');
    expect(part(card, 'related'), 'no related section when there are none').to.equal(null);
  });

  it('renders HTML in content as text', async () => {
    const custom = {
      ...dataset,
      techniques: [{ ...techniques[0]!, id: 'x', name: '<img src=x onerror=alert(1)>', summary: '<b>bold</b>' }],
    };
    const card = await mount<BwTechniqueCard>(
      html`<bw-technique-card technique="x" .content=${custom}></bw-technique-card>`,
    );
    expect(card.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(text(part(card, 'title'))).to.equal('<img src=x onerror=alert(1)>');
  });

  it('never links a source whose address is not http or https', async () => {
    const custom = {
      ...dataset,
      sources: dataset.sources.map((s) => ({ ...s, url: 'javascript:alert(1)' })),
    };
    const card = await mount<BwTechniqueCard>(
      html`<bw-technique-card technique="deep-tissue" .content=${custom}></bw-technique-card>`,
    );
    expect(card.shadowRoot!.querySelectorAll('a[target="_blank"]')).to.have.length(0);
    expect(text(part(card, 'evidence'))).to.contain(
      dataset.sources.find(
        (s) => s.id === byId(evidence, byId(techniques, 'deep-tissue').claims[0]!.evidence[0]!).source,
      )!.title,
    );
  });
});
