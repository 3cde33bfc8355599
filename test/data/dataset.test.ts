import { expect } from '@open-wc/testing';
import {
  AREA_IDS,
  areas,
  conditions,
  dataset,
  evidence,
  precautions,
  regions,
  routines,
  sources,
  techniques,
  validateDataset,
} from '../../src/data/index.js';

const ids = <T extends { id: string }>(list: T[]) => list.map((x) => x.id);
const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));

const LATERAL = [
  'jaw',
  'shoulder',
  'chest',
  'upper-arm',
  'elbow',
  'forearm',
  'wrist',
  'hand',
  'upper-back',
  'lower-back',
  'hip',
  'glute',
  'thigh',
  'knee',
  'shin',
  'calf',
  'ankle',
  'foot',
];
const REGION_IDS = ['head', 'neck', 'abdomen', 'sacrum', ...LATERAL.flatMap((b) => [`${b}-left`, `${b}-right`])];

describe('bundled dataset', () => {
  it('passes its own validator', () => {
    const result = validateDataset(dataset);
    expect(result.errors).to.deep.equal([]);
    expect(result.ok).to.equal(true);
  });

  it('composes the per-kind arrays', () => {
    expect(dataset.areas).to.equal(areas);
    expect(dataset.regions).to.equal(regions);
    expect(dataset.techniques).to.equal(techniques);
    expect(dataset.conditions).to.equal(conditions);
    expect(dataset.evidence).to.equal(evidence);
    expect(dataset.precautions).to.equal(precautions);
    expect(dataset.routines).to.equal(routines);
    expect(dataset.sources).to.equal(sources);
    expect(dataset.version).to.match(/^\d+\.\d+\.\d+$/);
  });

  it('has every area, in the AREA_IDS order', () => {
    expect(ids(areas)).to.deep.equal([...AREA_IDS]);
  });

  it('has exactly the 40 body regions the figure is drawn for', () => {
    expect(regions).to.have.length(40);
    expect([...ids(regions)].sort()).to.deep.equal([...REGION_IDS].sort());
  });

  it('mirrors every lateral region, with sides that match the ids and names without the side', () => {
    const map = byId(regions);
    for (const r of regions) {
      expect(r.name, r.id).not.to.match(/left|right/i);
      const suffix = /-(left|right)$/.exec(r.id)?.[1];
      expect(r.side, r.id).to.equal(suffix);
      if (!r.side) continue;
      const mirror = map.get(r.id.replace(/-(left|right)$/, r.side === 'left' ? '-right' : '-left'));
      expect(mirror, `mirror of ${r.id}`).to.be.an('object');
      expect(mirror!.side).to.equal(r.side === 'left' ? 'right' : 'left');
      expect(mirror!.area).to.equal(r.area);
      expect(mirror!.name).to.equal(r.name);
      expect(mirror!.views).to.deep.equal(r.views);
    }
  });

  it('places regions in the right areas and views', () => {
    const map = byId(regions);
    const expectRegion = (id: string, area: string, views: string[]) => {
      expect(map.get(id)?.area, id).to.equal(area);
      expect(map.get(id)?.views, id).to.deep.equal(views);
    };
    expectRegion('head', 'head', ['front', 'back']);
    expectRegion('abdomen', 'abdomen', ['front']);
    expectRegion('sacrum', 'lower-back', ['back']);
    expectRegion('hip-left', 'hips-glutes', ['front']);
    expectRegion('glute-right', 'hips-glutes', ['back']);
    expectRegion('shin-left', 'lower-legs', ['front']);
    expectRegion('calf-right', 'lower-legs', ['back']);
    expectRegion('upper-back-left', 'upper-back', ['back']);
    expectRegion('wrist-right', 'hands-wrists', ['front', 'back']);
  });

  it('records the Michigan Body Map area for every region that has one, with the side on lateral ones', () => {
    for (const r of regions) {
      if (r.id === 'sacrum') {
        expect(r.michigan).to.equal(undefined);
        continue;
      }
      expect(r.michigan, r.id).to.be.a('string');
      if (r.side && r.area !== 'upper-back' && r.area !== 'lower-back')
        expect(r.michigan).to.match(r.side === 'left' ? /^Lt / : /^Rt /);
    }
    const map = byId(regions);
    expect(map.get('forearm-left')!.michigan).to.equal('Lt lower arm');
    expect(map.get('glute-right')!.michigan).to.equal('Rt buttocks');
    expect(map.get('thigh-left')!.michigan).to.equal('Lt upper leg');
    expect(map.get('upper-back-right')!.michigan).to.equal('Upper back');
  });

  it('has the required techniques, conditions and routines', () => {
    expect(ids(techniques)).to.include.members([
      'remedial-massage',
      'deep-tissue',
      'trigger-point',
      'myofascial-release',
      'swedish',
      'effleurage',
      'petrissage',
      'cross-fiber-friction',
      'joint-mobilization',
      'assisted-stretching',
      'neuromuscular-therapy',
      'self-massage',
    ]);
    expect(ids(conditions)).to.include.members([
      'chronic-low-back-pain',
      'neck-pain',
      'fibromyalgia',
      'myofascial-pain-syndrome',
      'osteoarthritis',
      'muscle-spasm',
      'tension-headache',
      'scar-tissue',
      'stress-anxiety',
      'poor-posture',
    ]);
    expect(routines.length).to.be.at.least(10);
    expect(ids(routines)).to.include.members(['neck-release', 'lower-back-relief']);
  });

  it('covers the required body areas with routines', () => {
    const covered = new Set(routines.flatMap((r) => r.areas));
    for (const a of [
      'neck',
      'shoulders',
      'upper-back',
      'lower-back',
      'hips-glutes',
      'thighs',
      'lower-legs',
      'feet-ankles',
      'hands-wrists',
      'jaw',
    ])
      expect(covered.has(a as never), a).to.equal(true);
  });

  it('resolves every cross-reference', () => {
    const has = {
      area: new Set(ids(areas)),
      technique: new Set(ids(techniques)),
      condition: new Set(ids(conditions)),
      evidence: new Set(ids(evidence)),
      precaution: new Set(ids(precautions)),
      routine: new Set(ids(routines)),
      source: new Set(ids(sources)),
    };
    const check = (set: Set<string>, list: string[], where: string) => {
      for (const id of list) expect(set.has(id), `${where} → ${id}`).to.equal(true);
    };
    for (const r of regions) check(has.area, [r.area], r.id);
    for (const t of techniques) {
      check(has.area, t.areas, t.id);
      check(has.condition, t.conditions, t.id);
      check(has.precaution, t.precautions, t.id);
      check(has.technique, t.related, t.id);
      check(has.routine, t.routines, t.id);
      for (const c of t.claims) check(has.evidence, c.evidence, `${t.id}/${c.id}`);
      expect(t.related, t.id).not.to.include(t.id);
    }
    for (const c of conditions) {
      check(has.area, c.areas, c.id);
      check(has.technique, c.techniques, c.id);
      check(has.precaution, c.redFlags, c.id);
      check(has.evidence, c.evidence, c.id);
    }
    for (const e of evidence) check(has.source, [e.source], e.id);
    for (const p of precautions) check(has.source, [p.source], p.id);
    for (const r of routines) {
      check(has.area, r.areas, r.id);
      check(has.precaution, r.precautions, r.id);
      check(has.source, r.sources, r.id);
    }
  });

  it('links techniques and conditions both ways', () => {
    const cond = byId(conditions);
    const tech = byId(techniques);
    for (const t of techniques)
      for (const c of t.conditions) expect(cond.get(c)!.techniques, `${c} lists ${t.id}`).to.include(t.id);
    for (const c of conditions)
      for (const t of c.techniques) expect(tech.get(t)!.conditions, `${t} lists ${c.id}`).to.include(c.id);
  });

  it('backs every claim, technique and condition with evidence from an http(s) source', () => {
    const ev = byId(evidence);
    const src = byId(sources);
    const sourced = (noteId: string) => {
      const note = ev.get(noteId)!;
      const url = new URL(src.get(note.source)!.url);
      expect(['http:', 'https:'], noteId).to.include(url.protocol);
    };
    for (const t of techniques) {
      expect(t.claims.length, t.id).to.be.at.least(1);
      for (const c of t.claims) {
        expect(c.evidence.length, `${t.id}/${c.id}`).to.be.at.least(1);
        c.evidence.forEach(sourced);
      }
    }
    for (const c of conditions) {
      expect(c.evidence.length, c.id).to.be.at.least(1);
      c.evidence.forEach(sourced);
    }
    for (const s of sources) {
      expect(s.url, s.id).to.match(/^https:\/\//);
      expect(s.accessed, s.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('labels the claims the evidence goes against as not supported, never as fact', () => {
    const ev = byId(evidence);
    const certainty = (id: string) => ev.get(id)!.certainty;
    expect(certainty('flush-toxins')).to.equal('not-supported');
    expect(certainty('boost-blood-flow')).to.equal('not-supported');
    expect(certainty('cortisol')).to.equal('not-supported');
    expect(certainty('low-back-massage')).to.equal('very-low');
    // No text anywhere states the debunked claims as plain fact.
    for (const t of techniques) {
      for (const text of [t.summary, t.howItIsDone, t.feelsLike])
        expect(text).not.to.match(/toxin|flush|endorphin|serotonin|underlying cause/i);
    }
  });

  it('covers every precaution the issue lists, each with a source', () => {
    const map = byId(precautions);
    for (const id of [
      'blood-clot',
      'bleeding-risk',
      'fracture-or-surgery',
      'osteoporosis',
      'skin-damage',
      'fresh-injury',
      'unwell',
      'cancer',
      'pregnancy',
      'back-pain-red-flags',
      'trained-therapist',
      'not-instead-of-care',
      'stop-if-sharp',
    ])
      expect(map.get(id), id).to.be.an('object');
    for (const id of ['trained-therapist', 'not-instead-of-care', 'stop-if-sharp'])
      expect(map.get(id)!.general, id).to.equal(true);
    const backFlags = map.get('back-pain-red-flags')!;
    expect(backFlags.kind).to.equal('red-flag');
    const signs = backFlags.signs!.join(' | ').toLowerCase();
    for (const word of ['peeing', 'numbness', 'weakness', 'weight loss', 'fall or crash', 'cancer'])
      expect(signs).to.contain(word);
    for (const c of conditions)
      for (const id of c.redFlags) expect(map.get(id)!.kind, `${c.id} → ${id}`).to.equal('red-flag');
  });

  it('keeps routine steps within the cited hold times, with a safety cue on each', () => {
    for (const r of routines) {
      expect(r.steps.length, r.id).to.be.at.least(1);
      expect(r.sources, r.id).to.include('garber-2011');
      for (const s of r.steps) {
        expect(s.holdSeconds, `${r.id}/${s.id}`).to.be.within(1, 60);
        expect(s.safety.trim(), `${r.id}/${s.id}`).not.to.equal('');
        expect(s.instruction.trim()).not.to.equal('');
      }
    }
  });

  it('states no routine length by hand', () => {
    for (const r of routines) expect(`${r.title} ${r.summary}`, r.id).not.to.match(/\d+\s*(min|minute|second|sec)/i);
  });

  it('matches each pressure word to the 1–5 scale (light 1–2, moderate 3, firm 4–5)', () => {
    const range = { light: [1, 2], moderate: [3, 3], firm: [4, 5] } as const;
    for (const t of techniques)
      expect(t.pressure.scale, t.id).to.be.within(range[t.pressure.level][0], range[t.pressure.level][1]);
  });

  it('uses unique, kebab-case ids in every collection', () => {
    for (const list of [areas, regions, techniques, conditions, evidence, precautions, routines, sources] as {
      id: string;
    }[][]) {
      const seen = ids(list);
      expect(new Set(seen).size).to.equal(seen.length);
      for (const id of seen) expect(id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
