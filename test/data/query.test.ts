import { expect } from '@open-wc/testing';
import {
  areaOfRegion,
  areasOfRegions,
  certaintyRank,
  claimCertainty,
  conditionsForAreas,
  dataset,
  mirrorRegionId,
  regionById,
  routineForAreas,
  routinesForTechnique,
  routineWarnings,
  selectionContent,
  signsByUrgency,
  techniqueEvidenceRank,
  techniqueWarnings,
  techniquesForAreas,
  rankTechniques,
  rankTechniquesForCondition,
  isTypical,
  strongestClaim,
  debunkedClaims,
  conditionEvidenceRank,
  routineGroups,
  routinePlaces,
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
    for (const t of d.techniques) delete t.typical; // every area typical: coverage and evidence decide
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

  it('keeps the bundled ranking consistent: typical for more areas, evidence for the conditions there, any evidence, coverage, order', () => {
    const selected = ['neck', 'shoulders', 'upper-back'];
    const list = techniquesForAreas(dataset, selected);
    expect(list.length).to.be.greaterThan(0);
    const felt = dataset.conditions.filter((c) => c.areas.some((a) => selected.includes(a)));
    const key = (t: (typeof list)[number]) => [
      t.specialised ? 0 : 1,
      selected.filter((a) => t.areas.includes(a as never) && isTypical(t, 'areas', a)).length,
      conditionEvidenceRank(
        dataset,
        t,
        felt.filter((c) => t.conditions.includes(c.id)),
      ),
      techniqueEvidenceRank(dataset, t),
      t.areas.filter((x) => selected.includes(x)).length,
      -dataset.techniques.indexOf(t),
    ];
    const { typical } = rankTechniques(dataset, selected);
    for (let i = 1; i < list.length; i++) {
      const [p, q] = [key(list[i - 1]!), key(list[i]!)];
      const typicalFirst = i === typical.length; // the boundary between the two groups
      if (typicalFirst) {
        expect(p[1]!, 'the usual ones first').to.be.greaterThan(0);
        expect(q[1]!).to.equal(0);
        continue;
      }
      // Within each group: general before specialised, then the keys in turn.
      const cmp = p.map((v, k) => v - q[k]!).find((d) => d !== 0) ?? 0;
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

  it('gives the areas of regions once each, head to feet, ignoring unknown ids', () => {
    expect(areasOfRegions(dataset, ['calf-left', 'neck', 'shin-right', 'bogus', 'head'])).to.deep.equal([
      'head',
      'neck',
      'lower-legs',
    ]);
    expect(areasOfRegions(dataset, [])).to.deep.equal([]);
  });

  it("takes a claim's certainty from its first evidence note", () => {
    const remedial = dataset.techniques.find((t) => t.id === 'remedial-massage')!;
    expect(
      claimCertainty(
        dataset,
        remedial.claims.find((c) => c.id === 'neck-fake')!,
      ),
    ).to.equal('moderate');
    expect(claimCertainty(dataset, { id: 'x', text: 'X', evidence: ['nope'] })).to.equal(undefined);
  });

  it('groups warning signs by urgency, most urgent first, leaving out empty groups', () => {
    const groups = signsByUrgency({
      signs: [
        { text: 'A', urgency: 'soon' },
        { text: 'B', urgency: 'emergency' },
        { text: 'C', urgency: 'soon' },
      ],
    });
    expect(groups.map((g) => [g.urgency, g.signs.map((x) => x.text)])).to.deep.equal([
      ['emergency', ['B']],
      ['soon', ['A', 'C']],
    ]);
    expect(signsByUrgency({})).to.deep.equal([]);
    expect(signsByUrgency({ signs: 'x' as never })).to.deep.equal([]);
  });

  it("shows before a routine its areas' and conditions' red flags, its precautions and the general ones for routines", () => {
    const routine = dataset.routines.find((r) => r.id === 'neck-release')!;
    const { redFlags, precautions } = routineWarnings(dataset, routine);
    const flagIds = redFlags.map((p) => p.id);
    expect(flagIds).to.include.members([
      'neck-red-flags',
      'shoulder-red-flags',
      'headache-red-flags',
      'whiplash-red-flags',
    ]);
    expect(new Set(flagIds).size).to.equal(flagIds.length);
    expect(redFlags.every((p) => p.kind === 'red-flag')).to.equal(true);
    const others = precautions.map((p) => p.id);
    expect(others).to.include.members(['fresh-injury', 'stop-if-sharp', 'check-first', 'not-instead-of-care']);
    // "Choose a trained therapist" is for techniques only.
    expect(others).not.to.include('trained-therapist');
    expect(routineWarnings(dataset, { ...routine, areas: 'x', precautions: null } as never).redFlags).to.deep.equal(
      routineWarnings(dataset, { ...routine, areas: [], precautions: [] }).redFlags,
    );
  });

  it('shows before a routine the precautions for the tools and positions its steps use, even when it does not list them', () => {
    const step = dataset.routines[0]!.steps[0]!;
    const bare = { ...dataset.routines[0]!, areas: [], conditions: [], precautions: [] };
    const shown = (steps: typeof bare.steps) =>
      routineWarnings(dataset, { ...bare, steps }).precautions.map((p) => p.id);
    expect(shown([{ ...step, tool: 'none', position: 'chair' }])).not.to.include.any.members([
      'bleeding-risk',
      'osteoporosis',
      'pregnancy',
    ]);
    expect(shown([{ ...step, tool: 'ball', position: 'chair' }])).to.include.members(['bleeding-risk', 'osteoporosis']);
    expect(shown([{ ...step, tool: 'foam-roller' }])).to.include.members(['bleeding-risk', 'osteoporosis']);
    expect(shown([{ ...step, position: 'floor' }])).to.include('pregnancy');
    expect(shown([{ ...step, position: 'bed-sitting' }])).not.to.include('pregnancy');
    // A routine with junk steps still gets the general precautions, and no error.
    expect(routineWarnings(dataset, { ...bare, steps: [null, 7] as never }).precautions.map((p) => p.id)).to.include(
      'stop-if-sharp',
    );
  });

  it('gives a technique its own precautions and the general ones for techniques, red flags apart', () => {
    const self = dataset.techniques.find((t) => t.id === 'self-massage')!;
    const { redFlags, precautions } = techniqueWarnings(dataset, self);
    expect(redFlags.map((p) => p.id)).to.deep.equal(['clot-warning-signs']);
    expect(precautions.map((p) => p.id)).to.include.members(['blood-clot', 'trained-therapist', 'stop-if-sharp']);
    expect(precautions.map((p) => p.id)).not.to.include('check-first');
  });

  describe('rankTechniques: what a chosen region shows first', () => {
    const half = Math.floor(dataset.techniques.length / 2);
    for (const region of dataset.regions) {
      it(`for “${region.id}”: techniques typical for its area first, at most half of all, ranked; the others used there after`, () => {
        const area = region.area;
        const { typical, more } = rankTechniques(dataset, [area]);
        const used = dataset.techniques.filter((t) => t.areas.includes(area));
        expect([...typical, ...more].map((t) => t.id).sort()).to.deep.equal(used.map((t) => t.id).sort());
        expect(typical.length, 'something to show').to.be.greaterThan(0);
        expect(typical.length, 'narrows: at most half of every technique first').to.be.at.most(half);
        for (const t of typical) expect(isTypical(t, 'areas', area), t.id).to.equal(true);
        for (const t of more) expect(isTypical(t, 'areas', area), t.id).to.equal(false);
        // Within the first group: stronger evidence for the conditions felt there never comes after weaker.
        const felt = dataset.conditions.filter((c) => c.areas.includes(area));
        const ev = (t: (typeof typical)[number]) =>
          conditionEvidenceRank(
            dataset,
            t,
            felt.filter((c) => t.conditions.includes(c.id)),
          );
        // General techniques before those adapted for one group of people; evidence decides within each.
        const special = (t: (typeof typical)[number]) => (t.specialised ? 1 : 0);
        for (let i = 1; i < typical.length; i++) {
          const [a, b] = [typical[i - 1]!, typical[i]!];
          expect(special(a), `${a.id} before ${b.id}`).to.be.at.most(special(b));
          if (special(a) === special(b)) expect(ev(a), `${a.id} before ${b.id}`).to.be.at.least(ev(b));
        }
      });
    }

    it('techniques for one group of people (pregnancy, cancer care) come after the general ones', () => {
      const lowerBack = rankTechniques(dataset, ['lower-back']).typical.map((t) => t.id);
      expect(lowerBack.at(-1)).to.equal('pregnancy-massage');
      const feet = rankTechniques(dataset, ['feet-ankles']).typical.map((t) => t.id);
      expect(feet.indexOf('oncology-massage')).to.be.greaterThan(feet.indexOf('reflexology'));
      expect(feet.slice(-2).sort()).to.deep.equal(['manual-lymphatic-drainage', 'oncology-massage']);
      // For its own condition, though, it is first choice.
      const pregnancy = dataset.conditions.find((c) => c.id === 'pregnancy-pain')!;
      expect(rankTechniquesForCondition(dataset, pregnancy).typical.map((t) => t.id)).to.include('pregnancy-massage');
    });

    it('choosing Neck shows at most half of the bundled techniques first', () => {
      const { typical, more } = rankTechniques(dataset, ['neck']);
      expect(typical.length).to.be.at.most(dataset.techniques.length / 2);
      expect(more.length).to.be.greaterThan(0);
    });

    it('for several areas, techniques typical for more of them come first', () => {
      const chosen = ['neck', 'lower-back'];
      const { typical } = rankTechniques(dataset, chosen);
      const count = (t: (typeof typical)[number]) =>
        chosen.filter((a) => t.areas.includes(a as never) && isTypical(t, 'areas', a)).length;
      for (let i = 1; i < typical.length; i++) expect(count(typical[i - 1]!)).to.be.at.least(count(typical[i]!));
      expect(count(typical[0]!)).to.equal(2);
    });

    it('a technique without `typical` (a clinic’s own) counts as typical everywhere it is used', () => {
      const d: Dataset = copy();
      const own = { ...d.techniques[0]!, id: 'clinic-own', areas: ['knees' as const] };
      delete own.typical;
      d.techniques.push(own);
      expect(rankTechniques(d, ['knees']).typical.map((t) => t.id)).to.include('clinic-own');
    });

    it('when no technique is typical for an area, the ones used there come first rather than nothing', () => {
      const d: Dataset = copy();
      for (const t of d.techniques) if (t.typical) t.typical.areas = t.typical.areas.filter((a) => a !== 'knees');
      const { typical, more } = rankTechniques(d, ['knees']);
      expect(typical.map((t) => t.id).sort()).to.deep.equal(
        d.techniques
          .filter((t) => t.areas.includes('knees'))
          .map((t) => t.id)
          .sort(),
      );
      expect(more).to.deep.equal([]);
    });

    it('for a condition: its typical techniques first, in its own order', () => {
      for (const condition of dataset.conditions) {
        const { typical, more } = rankTechniquesForCondition(dataset, condition);
        const order = condition.techniques;
        expect([...typical, ...more].map((t) => t.id).sort(), condition.id).to.deep.equal([...order].sort());
        const positions = typical.map((t) => order.indexOf(t.id));
        expect(
          [...positions].sort((a, b) => a - b),
          condition.id,
        ).to.deep.equal(positions);
        expect(typical.length, condition.id).to.be.greaterThan(0);
      }
    });
  });

  describe('strongestClaim and debunkedClaims: a compact card’s evidence line', () => {
    it('never picks a claim the evidence goes against, and picks the strongest certainty', () => {
      for (const t of dataset.techniques) {
        const best = strongestClaim(dataset, t);
        const debunked = debunkedClaims(dataset, t);
        const rated = t.claims.filter((c) => !debunked.includes(c));
        if (!rated.length) {
          expect(best, t.id).to.equal(undefined);
          continue;
        }
        expect(
          debunked.map((c) => c.id),
          t.id,
        ).not.to.include(best!.claim.id);
        const top = Math.max(...rated.map((c) => certaintyRank(claimCertainty(dataset, c)!)));
        expect(certaintyRank(best!.certainty), t.id).to.equal(top);
      }
    });

    it('prefers a claim about the condition felt mainly in the chosen area', () => {
      const t = dataset.techniques.find((x) => x.id === 'remedial-massage')!;
      expect(strongestClaim(dataset, t, ['shoulders'])!.claim.id).to.equal('shoulder');
      expect(strongestClaim(dataset, t, ['lower-back'])!.claim.id).to.equal('back-pain');
    });
  });

  describe('routineGroups and routinePlaces: the timer’s chooser', () => {
    it('puts every routine in exactly one group, by its first area head to feet, the chosen areas’ first', () => {
      for (const chosen of [[], ['knees'], ['neck', 'lower-back']]) {
        const groups = routineGroups(dataset, chosen);
        const all = groups.flatMap((g) => g.routines.map((r) => r.id));
        expect([...all].sort(), chosen.join()).to.deep.equal(dataset.routines.map((r) => r.id).sort());
        if (chosen.length) {
          expect(groups[0]!.kind).to.equal('chosen');
          for (const r of groups[0]!.routines) expect(r.areas.some((a) => chosen.includes(a))).to.equal(true);
        }
        const areaOrder = groups.filter((g) => g.kind === 'area').map((g) => dataset.areas.indexOf(g.area!));
        expect([...areaOrder].sort((a, b) => a - b)).to.deep.equal(areaOrder);
        for (const g of groups.filter((x) => x.kind === 'area'))
          for (const r of g.routines) expect(r.areas[0]).to.equal(g.area!.id);
      }
    });

    it('names where a routine is done in four words, from its steps’ positions', () => {
      const places = (positions: string[]) =>
        routinePlaces({ steps: positions.map((position) => ({ position })) } as never);
      expect(places(['kneeling', 'chair', 'floor-face-down'])).to.deep.equal(['chair', 'floor']);
      expect(places(['bed-sitting', 'standing'])).to.deep.equal(['standing', 'bed']);
      for (const r of dataset.routines) expect(routinePlaces(r).length, r.id).to.be.greaterThan(0);
    });
  });

  describe('routineForAreas: "Try at home" fits the chosen area', () => {
    const routineById = (id: string | undefined) => dataset.routines.find((r) => r.id === id);

    it('for every region, every technique offers a routine for its area or none, never one for another area', () => {
      for (const region of dataset.regions) {
        const area = areaOfRegion(dataset, region.id)!;
        for (const t of dataset.techniques) {
          const id = routineForAreas(dataset, t.id, [area]);
          if (id !== undefined) expect(routineById(id)?.areas, `${t.id} for ${region.id}`).to.include(area);
        }
        // The technique a visitor sees first for the region has a routine for it.
        const top = techniquesForAreas(dataset, [area])[0]!;
        expect(routineForAreas(dataset, top.id, [area]), `${top.id} for ${region.id}`).to.not.equal(undefined);
      }
    });

    it("prefers the technique's own routines, then the one covering most of the chosen areas", () => {
      const data = copy();
      const [a, b, c] = data.routines;
      a!.areas = ['knees'];
      b!.areas = ['neck'];
      c!.areas = ['neck', 'shoulders'];
      const t = data.techniques[0]!;
      t.routines = [a!.id, b!.id, c!.id];
      expect(routineForAreas(data, t.id, ['neck'])).to.equal(b!.id);
      expect(routineForAreas(data, t.id, ['shoulders', 'neck'])).to.equal(c!.id);
      // None of its own covers the area: the dataset's best for it.
      t.routines = [a!.id];
      const forJaw = routineForAreas(data, t.id, ['jaw']);
      if (forJaw !== undefined) expect(data.routines.find((r) => r.id === forJaw)!.areas).to.include('jaw');
      // No routine anywhere covers it: none.
      data.routines = data.routines.filter((r) => !r.areas.includes('jaw'));
      expect(routineForAreas(data, t.id, ['jaw'])).to.equal(undefined);
    });

    it("without chosen areas, or content without routines, offers the technique's first routine", () => {
      const t = dataset.techniques.find((x) => x.routines.length)!;
      expect(routineForAreas(dataset, t.id, [])).to.equal(t.routines[0]);
      expect(routineForAreas({ techniques: dataset.techniques }, t.id, ['neck'])).to.equal(t.routines[0]);
      expect(routineForAreas(dataset, 'no-such-technique', ['neck'])).to.equal(undefined);
    });
  });
});
