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
  id: 'hot-stone',
  name: 'Hot stone massage',
  aka: [],
  summary: 'Massage with warm, smooth stones.',
  related: ['swedish'],
  routines: [],
  conditions: [],
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
    expect(out.techniques.at(-1)!.id).to.equal('hot-stone');
    expect(base.techniques.map((t) => t.id)).not.to.include('hot-stone');
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
  });

  it('keeps only the offered techniques', () => {
    const out = ok(frozenBase(), { offered: ['swedish', 'self-massage'] });
    expect(out.techniques.map((t) => t.id)).to.deep.equal(['swedish', 'self-massage']);
    for (const c of out.conditions) for (const t of c.techniques) expect(['swedish', 'self-massage']).to.include(t);
    // A technique the clinic adds can be offered too.
    const added = ok(frozenBase(), { techniques: [newTechnique()], offered: ['hot-stone'] });
    expect(added.techniques.map((t) => t.id)).to.deep.equal(['hot-stone']);
  });

  it('changes text fields of any kind of item', () => {
    const base = frozenBase();
    const out = ok(base, {
      texts: {
        techniques: { swedish: { summary: 'Our most popular massage.', name: 'Relaxing massage' } },
        regions: { 'knee-left': { name: 'Knee joint' } },
        areas: { jaw: { name: 'Jaw and face' } },
        evidence: { 'neck-massage': { verdict: 'Little or no difference from a fake massage.' } },
        precautions: { pregnancy: { action: 'Tell us if you are pregnant.' } },
        sources: { 'nice-ng59': { title: 'NICE NG59' } },
        routines: { 'neck-release': { summary: 'Our favourite neck routine.' } },
        conditions: { 'neck-pain': { name: 'Sore neck' } },
      },
    } satisfies DatasetOverrides);
    expect(out.techniques.find((t) => t.id === 'swedish')!.summary).to.equal('Our most popular massage.');
    expect(out.techniques.find((t) => t.id === 'swedish')!.name).to.equal('Relaxing massage');
    expect(out.regions.find((r) => r.id === 'knee-left')!.name).to.equal('Knee joint');
    expect(out.areas.find((a) => a.id === 'jaw')!.name).to.equal('Jaw and face');
    expect(base.techniques.find((t) => t.id === 'swedish')!.summary).not.to.equal('Our most popular massage.');
    // An optional text field may be set even where the item has none.
    const withEffect = ok(base, { texts: { evidence: { 'low-back-guideline': { effect: 'See NICE NG59.' } } } });
    expect(withEffect.evidence.find((e) => e.id === 'low-back-guideline')!.effect).to.equal('See NICE NG59.');
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
    replaced.kind = 'avoid';
    // The replacement makes a bundled condition's red flag invalid: reported where the reference is.
    const i = dataset.conditions.findIndex((c) => c.id === 'chronic-low-back-pain');
    expect(errorAt(fails({ precautions: [replaced] }), `conditions[${i}].redFlags[0]`).message).to.contain('red-flag');
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
