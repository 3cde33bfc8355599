import { expect } from '@open-wc/testing';
import { dataset, mergeDataset, validateDataset } from '../../src/data/index.js';
import type { Dataset, DatasetOverrides, Technique } from '../../src/data/index.js';
import { copy, errorAt, paths } from './helpers.js';
import type { Loose } from './helpers.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A frozen copy of the dataset: any attempt by mergeDataset to change its base throws. */
const frozenBase = (): Dataset => deepFreeze(copy());

const newTechnique = (): Technique => ({
  ...structuredClone(dataset.techniques.find((t) => t.id === 'swedish')!),
  id: 'bamboo-massage',
  name: 'Bamboo massage',
  aka: [],
  summary: 'Massage with warm bamboo sticks.',
  related: ['swedish'],
  routines: [],
  conditions: [],
  typical: { areas: ['upper-back'], conditions: [] },
});

const ok = (base: Dataset, overrides: unknown) => {
  const r = mergeDataset(base, overrides);
  expect(r.errors, JSON.stringify(r.errors)).to.deep.equal([]);
  expect(r.ok).to.equal(true);
  expect(validateDataset(r.dataset).ok).to.equal(true);
  return r.dataset;
};
const fails = (overrides: unknown, base = frozenBase()) => {
  const r = mergeDataset(base, overrides);
  expect(r.ok).to.equal(false);
  expect(r.dataset).to.equal(base);
  return r.errors;
};

describe('mergeDataset', () => {
  it('returns an equal, separate dataset for empty overrides', () => {
    const base = frozenBase();
    for (const o of [undefined, {}]) {
      const out = ok(base, o);
      expect(out).to.deep.equal(base);
      expect(out).not.to.equal(base);
      expect(out.techniques[0]).not.to.equal(base.techniques[0]);
    }
  });

  it('adds new items', () => {
    const base = frozenBase();
    const out = ok(base, { techniques: [newTechnique()] } satisfies DatasetOverrides);
    expect(out.techniques).to.have.length(base.techniques.length + 1);
    expect(out.techniques.at(-1)!.id).to.equal('bamboo-massage');
    expect(base.techniques.map((t) => t.id)).not.to.include('bamboo-massage');
    const withNote = ok(base, {
      sources: [{ ...base.sources[0]!, id: 'clinic-audit' }],
      evidence: [{ ...base.evidence[0]!, id: 'clinic-note', source: 'clinic-audit' }],
      techniques: [
        { ...newTechnique(), claims: [{ id: 'relax', text: 'May help you relax', evidence: ['clinic-note'] }] },
      ],
    });
    expect(withNote.evidence.at(-1)!.id).to.equal('clinic-note');
  });

  it('replaces items by id, in place', () => {
    const base = frozenBase();
    const i = base.techniques.findIndex((t) => t.id === 'swedish');
    const out = ok(base, { techniques: [{ ...structuredClone(base.techniques[i]!), name: 'Swedish (60 min)' }] });
    expect(out.techniques[i]!.name).to.equal('Swedish (60 min)');
    expect(out.techniques).to.have.length(base.techniques.length);
    expect(base.techniques[i]!.name).to.equal('Swedish massage');
    const routine = { ...structuredClone(base.routines[0]!), title: 'Our neck routine' };
    expect(ok(base, { routines: [routine] }).routines[0]!.title).to.equal('Our neck routine');
  });

  it('hides items and removes every reference to them', () => {
    const out = ok(frozenBase(), {
      hide: { techniques: ['deep-tissue'], conditions: ['fibromyalgia'], routines: ['neck-release'] },
    });
    expect(out.techniques.map((t) => t.id)).not.to.include('deep-tissue');
    expect(out.conditions.map((c) => c.id)).not.to.include('fibromyalgia');
    expect(out.routines.map((r) => r.id)).not.to.include('neck-release');
    for (const t of out.techniques) {
      expect(t.related).not.to.include('deep-tissue');
      expect(t.conditions).not.to.include('fibromyalgia');
      expect(t.routines).not.to.include('neck-release');
    }
    for (const c of out.conditions) expect(c.techniques).not.to.include('deep-tissue');
    for (const r of out.routines) expect(r.conditions ?? []).not.to.include('fibromyalgia');
  });

  it('keeps only the offered techniques', () => {
    const out = ok(frozenBase(), { offered: ['swedish', 'self-massage'] });
    expect(out.techniques.map((t) => t.id)).to.deep.equal(['swedish', 'self-massage']);
    for (const c of out.conditions) for (const t of c.techniques) expect(['swedish', 'self-massage']).to.include(t);
    // A technique the clinic adds can be offered too.
    const added = ok(frozenBase(), { techniques: [newTechnique()], offered: ['bamboo-massage'] });
    expect(added.techniques.map((t) => t.id)).to.deep.equal(['bamboo-massage']);
  });

  it('rewords every visible text of any kind of item, lists included, and nothing else', () => {
    const base = frozenBase();
    const flags = base.precautions.find((p) => p.id === 'back-pain-red-flags')!;
    const out = ok(base, {
      texts: {
        techniques: {
          swedish: {
            summary: 'Our most popular massage.',
            name: 'Relaxing massage',
            aka: ['Classic', 'Relax'],
            claims: { cortisol: { text: 'Said to lower stress hormones: not shown (ask us why)' } },
            sideEffects: { common: 'You may feel sleepy after.' },
          },
        },
        regions: { 'knee-left': { name: 'Knee joint' } },
        areas: { jaw: { name: 'Jaw and face' } },
        evidence: { 'neck-massage': { verdict: 'Little or no difference from a fake massage.' } },
        precautions: {
          pregnancy: { action: 'Tell us if you are pregnant.' },
          'back-pain-red-flags': {
            title: 'Rückenschmerzen: Warnzeichen',
            signs: flags.signs!.map((sign, i) => (i === 0 ? { text: 'Taubheit im Genitalbereich' } : sign.text)),
          },
        },
        sources: { 'nice-ng59': { title: 'NICE NG59' } },
        routines: {
          'neck-release': {
            summary: 'Our favourite neck routine.',
            steps: { 'chin-tuck': { title: 'Kinn zurück', instruction: 'Schieben Sie das Kinn zurück.' } },
          },
        },
        conditions: { 'neck-pain': { name: 'Sore neck', bestSupported: { text: 'Exercise first.' } } },
      },
    } satisfies DatasetOverrides);
    const swedish = out.techniques.find((t) => t.id === 'swedish')!;
    expect([swedish.name, swedish.summary, swedish.aka]).to.deep.equal([
      'Relaxing massage',
      'Our most popular massage.',
      ['Classic', 'Relax'],
    ]);
    expect(swedish.claims.find((c) => c.id === 'cortisol')!.text).to.contain('ask us why');
    expect(swedish.claims.find((c) => c.id === 'cortisol')!.evidence).to.deep.equal(['cortisol']);
    expect(swedish.sideEffects.common).to.equal('You may feel sleepy after.');
    expect(swedish.sideEffects.sources).to.deep.equal(
      base.techniques.find((t) => t.id === 'swedish')!.sideEffects.sources,
    );
    const translated = out.precautions.find((p) => p.id === 'back-pain-red-flags')!;
    expect(translated.signs![0]).to.deep.equal({ text: 'Taubheit im Genitalbereich', urgency: 'emergency' });
    expect(translated.signs!.map((x) => x.urgency)).to.deep.equal(flags.signs!.map((x) => x.urgency));
    const step = out.routines.find((r) => r.id === 'neck-release')!.steps.find((x) => x.id === 'chin-tuck')!;
    expect([step.title, step.holdSeconds]).to.deep.equal(['Kinn zurück', 5]);
    expect(out.conditions.find((c) => c.id === 'neck-pain')!.bestSupported.text).to.equal('Exercise first.');
    expect(out.regions.find((r) => r.id === 'knee-left')!.name).to.equal('Knee joint');
    expect(out.areas.find((a) => a.id === 'jaw')!.name).to.equal('Jaw and face');
    expect(base.techniques.find((t) => t.id === 'swedish')!.summary).not.to.equal('Our most popular massage.');
    // An optional text may be set even where the item has none.
    const withEffect = ok(base, { texts: { evidence: { 'low-back-guideline': { effect: 'See NICE NG59.' } } } });
    expect(withEffect.evidence.find((e) => e.id === 'low-back-guideline')!.effect).to.equal('See NICE NG59.');
  });

  it('refuses texts that would drop or empty a sign, other name or step, or change a number, kind or id, at the path the clinic wrote', () => {
    const signs = dataset.precautions.find((p) => p.id === 'back-pain-red-flags')!.signs!;
    const at = (texts: unknown) => fails({ texts });
    expect(
      errorAt(
        at({ precautions: { 'back-pain-red-flags': { signs: signs.slice(1).map((x) => x.text) } } }),
        'overrides.texts.precautions.back-pain-red-flags.signs',
      ).message,
    ).to.contain('nothing can be left out');
    errorAt(
      at({ precautions: { 'back-pain-red-flags': { signs: signs.map((x, i) => (i === 2 ? ' ' : x.text)) } } }),
      'overrides.texts.precautions.back-pain-red-flags.signs[2]',
    );
    errorAt(
      at({
        precautions: {
          'back-pain-red-flags': { signs: signs.map((x, i) => (i === 1 ? { urgency: 'soon' } : x.text)) },
        },
      }),
      'overrides.texts.precautions.back-pain-red-flags.signs[1].urgency',
    );
    errorAt(
      at({ precautions: { 'blood-clot': { kind: 'avoid-area' } } }),
      'overrides.texts.precautions.blood-clot.kind',
    );
    errorAt(
      at({ evidence: { 'neck-massage': { certainty: 'high' } } }),
      'overrides.texts.evidence.neck-massage.certainty',
    );
    errorAt(
      at({ evidence: { 'neck-massage': { source: 'furlan-2015' } } }),
      'overrides.texts.evidence.neck-massage.source',
    );
    errorAt(at({ sources: { 'nice-ng59': { url: 'https://evil.example' } } }), 'overrides.texts.sources.nice-ng59.url');
    errorAt(at({ techniques: { swedish: { aka: ['Only one'] } } }), 'overrides.texts.techniques.swedish.aka');
    errorAt(
      at({ techniques: { swedish: { claims: { 'no-such': { text: 'X' } } } } }),
      'overrides.texts.techniques.swedish.claims.no-such',
    );
    errorAt(
      at({ techniques: { swedish: { claims: { cortisol: { evidence: [] } } } } }),
      'overrides.texts.techniques.swedish.claims.cortisol.evidence',
    );
    errorAt(
      at({ routines: { 'neck-release': { steps: { 'chin-tuck': { holdSeconds: 1 } } } } }),
      'overrides.texts.routines.neck-release.steps.chin-tuck.holdSeconds',
    );
    errorAt(
      at({ routines: { 'neck-release': { steps: { 'chin-tuck': { safety: '' } } } } }),
      'overrides.texts.routines.neck-release.steps.chin-tuck.safety',
    );
  });

  it("sets the clinic's own emergency, same-day, soon and crisis-line advice", () => {
    const out = ok(frozenBase(), {
      help: { emergency: 'Call 999 or go to A&E now.', crisis: 'Call Samaritans on 116 123.' },
    });
    expect(out.help.emergency).to.equal('Call 999 or go to A&E now.');
    expect(out.help.crisis).to.equal('Call Samaritans on 116 123.');
    expect(out.help['same-day']).to.equal(dataset.help['same-day']);
    errorAt(fails({ help: 'Call 999' }), 'overrides.help');
    errorAt(fails({ help: { emergency: ' ' } }), 'overrides.help.emergency');
    errorAt(fails({ help: { police: 'Call 101' } }), 'overrides.help.police');
  });

  it('lets a clinic add warnings to a replaced item, but never remove one, naming the path it wrote', () => {
    const base = frozenBase();
    const deep = structuredClone(base.techniques.find((t) => t.id === 'deep-tissue')!);
    // Adding a precaution is fine.
    const added = ok(base, { techniques: [{ ...deep, precautions: [...deep.precautions, 'numb-feet'] }] });
    expect(added.techniques.find((t) => t.id === 'deep-tissue')!.precautions).to.include('numb-feet');
    // Dropping one is refused, and the bundled warning stays.
    const dropped = fails(
      { techniques: [{ ...deep, precautions: deep.precautions.filter((p) => p !== 'blood-clot') }] },
      base,
    );
    expect(errorAt(dropped, 'overrides.techniques[0].precautions').message).to.contain('"blood-clot"');
    const back = structuredClone(base.conditions.find((c) => c.id === 'chronic-low-back-pain')!);
    errorAt(fails({ conditions: [{ ...back, redFlags: [] }] }, base), 'overrides.conditions[0].redFlags');
    const routine = structuredClone(base.routines.find((r) => r.id === 'calf-shin-care')!);
    errorAt(
      fails({ routines: [{ ...routine, precautions: ['blood-clot'] }] }, base),
      'overrides.routines[0].precautions',
    );
    // A precaution itself: fewer signs, a sign made less urgent, another kind, a narrower scope.
    const flags = structuredClone(base.precautions.find((p) => p.id === 'back-pain-red-flags')!);
    errorAt(
      fails({ precautions: [{ ...flags, signs: flags.signs!.slice(0, 3) }] }, base),
      'overrides.precautions[0].signs',
    );
    const calmer = structuredClone(flags);
    calmer.signs![0]!.urgency = 'soon';
    errorAt(fails({ precautions: [calmer] }, base), 'overrides.precautions[0].signs[0].urgency');
    errorAt(fails({ precautions: [{ ...flags, kind: 'avoid' }] }, base), 'overrides.precautions[0].kind');
    const general = structuredClone(base.precautions.find((p) => p.id === 'stop-if-sharp')!);
    errorAt(fails({ precautions: [{ ...general, general: 'techniques' }] }, base), 'overrides.precautions[0].general');
    // One that applies to every routine with a ball or a roller cannot be narrowed to one of them.
    const bones = structuredClone(base.precautions.find((p) => p.id === 'osteoporosis')!);
    expect(
      errorAt(fails({ precautions: [{ ...bones, tools: ['ball'] }] }, base), 'overrides.precautions[0].tools').message,
    ).to.contain('"foam-roller"');
    const pregnancy = structuredClone(base.precautions.find((p) => p.id === 'pregnancy')!);
    errorAt(
      fails({ precautions: [{ ...pregnancy, positions: undefined }] }, base),
      'overrides.precautions[0].positions',
    );
    const crisis = structuredClone(base.precautions.find((p) => p.id === 'mental-health-crisis')!);
    errorAt(fails({ precautions: [{ ...crisis, crisis: false }] }, base), 'overrides.precautions[0].crisis');
    // Rewording signs and adding one is fine.
    const more = structuredClone(flags);
    more.signs = [...more.signs!.map((x) => ({ ...x, text: `${x.text}.` })), { text: 'Our own sign', urgency: 'soon' }];
    expect(ok(base, { precautions: [more] }).precautions.find((p) => p.id === flags.id)!.signs).to.have.length(
      flags.signs!.length + 1,
    );
    // Hiding a precaution is not a kind of hiding at all.
    expect(errorAt(fails({ hide: { precautions: ['blood-clot'] } }), 'overrides.hide.precautions').message).to.contain(
      'always shown',
    );
  });

  it('accepts an http(s) bookingUrl and ignores it', () => {
    ok(frozenBase(), { bookingUrl: 'https://clinic.example/book?t={technique}' });
    errorAt(fails({ bookingUrl: 'javascript:alert(1)' }), 'overrides.bookingUrl');
  });

  it('rejects bad overrides with paths under overrides., returning the base untouched', () => {
    for (const o of [null, 5, 'x', []]) expect(paths(fails(o))).to.deep.equal(['overrides']);
    errorAt(fails({ colour: 'blue' }), 'overrides.colour');
    errorAt(fails({ techniques: 'swedish' }), 'overrides.techniques');
    errorAt(fails({ techniques: [5] }), 'overrides.techniques[0]');
    errorAt(fails({ techniques: [{ name: 'No id' }] }), 'overrides.techniques[0].id');
    errorAt(fails({ techniques: [newTechnique(), newTechnique()] }), 'overrides.techniques[1].id');
    errorAt(fails({ hide: ['swedish'] }), 'overrides.hide');
    errorAt(fails({ hide: { techniques: ['no-such'] } }), 'overrides.hide.techniques[0]');
    errorAt(fails({ hide: { techniques: [7] } }), 'overrides.hide.techniques[0]');
    errorAt(fails({ hide: { sources: ['nice-ng59'] } }), 'overrides.hide.sources');
    errorAt(fails({ offered: 'swedish' }), 'overrides.offered');
    errorAt(fails({ offered: ['swedish', 'no-such'] }), 'overrides.offered[1]');
    errorAt(fails({ texts: 'x' }), 'overrides.texts');
    errorAt(fails({ texts: { widgets: {} } }), 'overrides.texts.widgets');
    errorAt(fails({ texts: { techniques: [] } }), 'overrides.texts.techniques');
    errorAt(fails({ texts: { techniques: { 'no-such': { name: 'X' } } } }), 'overrides.texts.techniques.no-such');
    errorAt(fails({ texts: { techniques: { swedish: 'x' } } }), 'overrides.texts.techniques.swedish');
    errorAt(
      fails({ texts: { techniques: { swedish: { summary: 5 } } } }),
      'overrides.texts.techniques.swedish.summary',
    );
    errorAt(
      fails({ texts: { techniques: { swedish: { summary: ' ' } } } }),
      'overrides.texts.techniques.swedish.summary',
    );
    errorAt(
      fails({ texts: { techniques: { swedish: { pressure: 'firm' } } } }),
      'overrides.texts.techniques.swedish.pressure',
    );
    errorAt(
      fails({ texts: { techniques: { swedish: { colour: 'red' } } } }),
      'overrides.texts.techniques.swedish.colour',
    );
    errorAt(fails({ texts: { techniques: { swedish: { id: 'relax' } } } }), 'overrides.texts.techniques.swedish.id');
  });

  it('reports problems an added or replaced item causes at that item in the overrides', () => {
    const bad = newTechnique() as Loose;
    bad.claims[0].evidence = ['no-such-note'];
    bad.pressure.scale = 9;
    const errors = fails({ techniques: [bad] });
    expect(paths(errors)).to.include.members([
      'overrides.techniques[0].claims[0].evidence[0]',
      'overrides.techniques[0].pressure.scale',
    ]);
    const replaced = structuredClone(dataset.precautions.find((p) => p.id === 'back-pain-red-flags')!) as Loose;
    replaced.sources = ['no-such-source'];
    expect(errorAt(fails({ precautions: [replaced] }), 'overrides.precautions[0].sources[0]').message).to.contain(
      'Unknown source',
    );
  });

  it('never throws, and never changes the base', () => {
    const base = copy();
    const before = JSON.stringify(base);
    const cyclic: Loose = { techniques: [] };
    cyclic.techniques.push(cyclic);
    const throwing = {
      get techniques(): never {
        throw new Error('boom');
      },
    };
    const inputs: unknown[] = [
      cyclic,
      throwing,
      { techniques: [{ id: 'x', fn: () => 1 }] },
      { texts: { techniques: { swedish: null } } },
      { evidence: [new Date()] },
      { hide: { techniques: null } },
    ];
    for (const o of inputs) {
      expect(() => mergeDataset(base, o)).not.to.throw();
      expect(mergeDataset(base, o).ok).to.equal(false);
    }
    ok(base, {
      techniques: [newTechnique()],
      hide: { techniques: ['deep-tissue'] },
      texts: { areas: { jaw: { name: 'Face' } } },
    });
    expect(JSON.stringify(base)).to.equal(before);
  });
});
