import { expect } from '@open-wc/testing';
import {
  areaOfRegion,
  certaintyRank,
  conditionsForAreas,
  dataset,
  mirrorRegionId,
  regionById,
  routinesForTechnique,
  selectionContent,
  techniqueEvidenceRank,
  techniquesForAreas,
} from '../../src/data/index.js';
import type { Dataset } from '../../src/data/index.js';
import { copy } from './helpers.js';

describe('query helpers', () => {
  it('finds regions, mirrors and areas', () => {
    expect(regionById(dataset, 'calf-left')!.name).to.equal('Calf');
    expect(regionById(dataset, 'nope')).to.equal(undefined);
    expect(mirrorRegionId('shoulder-left')).to.equal('shoulder-right');
    expect(mirrorRegionId('upper-back-right')).to.equal('upper-back-left');
    expect(mirrorRegionId('neck')).to.equal(undefined);
    expect(areaOfRegion(dataset, 'calf-left')).to.equal('lower-legs');
    expect(areaOfRegion(dataset, 'sacrum')).to.equal('lower-back');
    expect(areaOfRegion(dataset, 'nope')).to.equal(undefined);
    for (const r of dataset.regions)
      if (r.side) expect(regionById(dataset, mirrorRegionId(r.id)!), r.id).to.be.an('object');
  });

  it('ranks certainty from high to not-supported', () => {
    const order = ['high', 'moderate', 'low', 'very-low', 'insufficient', 'not-supported'] as const;
    const ranks = order.map(certaintyRank);
    expect([...ranks].sort((a, b) => b - a)).to.deep.equal(ranks);
    expect(new Set(ranks).size).to.equal(order.length);
    expect(certaintyRank('not-supported')).to.equal(0);
  });

  it('ranks techniques by areas covered, then evidence, then dataset order', () => {
    const d: Dataset = copy();
    // Three techniques on the neck; only one also on the shoulders.
    const [a, b, c] = [d.techniques[0]!, d.techniques[1]!, d.techniques[2]!];
    d.techniques = [a, b, c];
    a.areas = ['neck'];
    b.areas = ['neck', 'shoulders'];
    c.areas = ['neck'];
    a.claims = [{ id: 'x', text: 'X', evidence: ['cortisol'] }]; // not-supported: counts for nothing
    c.claims = [{ id: 'x', text: 'X', evidence: ['neck-massage'] }]; // moderate
    expect(techniqueEvidenceRank(d, a)).to.equal(0);
    expect(techniquesForAreas(d, ['neck', 'shoulders']).map((t) => t.id)).to.deep.equal([b.id, c.id, a.id]);
    // Equal coverage and equal evidence: dataset order.
    b.claims = a.claims;
    c.claims = a.claims;
    expect(techniquesForAreas(d, ['neck']).map((t) => t.id)).to.deep.equal([a.id, b.id, c.id]);
    // Coverage first: b covers both selected areas.
    expect(techniquesForAreas(d, ['neck', 'shoulders']).map((t) => t.id)).to.deep.equal([b.id, a.id, c.id]);
    expect(techniquesForAreas(d, ['knees'])).to.deep.equal([]);
    expect(techniquesForAreas(d, []).map((t) => t.id)).to.deep.equal([a.id, b.id, c.id]);
  });

  it('keeps the bundled ranking consistent', () => {
    const selected = ['neck', 'shoulders', 'upper-back'];
    const list = techniquesForAreas(dataset, selected);
    expect(list.length).to.be.greaterThan(0);
    const key = (t: (typeof list)[number]) => [
      t.areas.filter((x) => selected.includes(x)).length,
      techniqueEvidenceRank(dataset, t),
      -dataset.techniques.indexOf(t),
    ];
    for (let i = 1; i < list.length; i++) {
      const [p, q] = [key(list[i - 1]!), key(list[i]!)];
      const cmp = p[0]! - q[0]! || p[1]! - q[1]! || p[2]! - q[2]!;
      expect(cmp, `${list[i - 1]!.id} before ${list[i]!.id}`).to.be.greaterThan(0);
    }
  });

  it('finds conditions for areas, most shared areas first', () => {
    const list = conditionsForAreas(dataset, ['head', 'jaw']);
    expect(list[0]!.id).to.be.oneOf(['tension-headache', 'stress-anxiety']);
    for (const c of list) expect(c.areas.some((a) => a === 'head' || a === 'jaw')).to.equal(true);
    expect(conditionsForAreas(dataset, [])).to.have.length(dataset.conditions.length);
  });

  it("lists a technique's routines", () => {
    expect(routinesForTechnique(dataset, 'remedial-massage').map((r) => r.id)).to.deep.equal(
      dataset.techniques[0]!.routines,
    );
    expect(routinesForTechnique(dataset, 'nope')).to.deep.equal([]);
  });

  it('gives the content for a body-map selection', () => {
    const { areas, techniques, conditions } = selectionContent(dataset, [
      'shoulder-left',
      'neck',
      'bogus',
      'shoulder-right',
    ]);
    expect(areas.map((a) => a.id)).to.deep.equal(['neck', 'shoulders']);
    expect(techniques).to.deep.equal(techniquesForAreas(dataset, ['neck', 'shoulders']));
    expect(conditions).to.deep.equal(conditionsForAreas(dataset, ['neck', 'shoulders']));
    expect(techniques.map((t) => t.id)).to.include('remedial-massage');
    expect(conditions.map((c) => c.id)).to.include('neck-pain');
    expect(selectionContent(dataset, [])).to.deep.equal({ areas: [], techniques: [], conditions: [] });
    expect(selectionContent(dataset, ['bogus'])).to.deep.equal({ areas: [], techniques: [], conditions: [] });
  });
});
