import { expect } from '@open-wc/testing';
import {
  AREA_IDS,
  CERTAINTY_WORDING,
  areas,
  claimCertainty,
  conditions,
  dataset,
  evidence,
  help,
  precautions,
  POSITIONS,
  prepSecondsFor,
  signsByUrgency,
  regions,
  routineWarnings,
  routines,
  sources,
  techniques,
  validateDataset,
} from '../../src/data/index.js';
import type { Certainty, Precaution } from '../../src/data/index.js';
import { allStrings } from './text.js';

const ids = <T extends { id: string }>(list: T[]) => list.map((x) => x.id);
const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
const precaution = byId(precautions);
const LEGS = new Set(['thighs', 'lower-legs']);

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

describe('bundled dataset: structure', () => {
  it('passes its own validator', () => {
    const result = validateDataset(dataset);
    expect(result.errors).to.deep.equal([]);
    expect(result.ok).to.equal(true);
  });

  it('composes the per-kind lists and the help texts', () => {
    expect(dataset.areas).to.equal(areas);
    expect(dataset.regions).to.equal(regions);
    expect(dataset.techniques).to.equal(techniques);
    expect(dataset.conditions).to.equal(conditions);
    expect(dataset.evidence).to.equal(evidence);
    expect(dataset.precautions).to.equal(precautions);
    expect(dataset.routines).to.equal(routines);
    expect(dataset.sources).to.equal(sources);
    expect(dataset.help).to.equal(help);
    expect(dataset.version).to.match(/^\d+\.\d+\.\d+$/);
  });

  it('has every area, in the AREA_IDS order', () => {
    expect(ids(areas)).to.deep.equal([...AREA_IDS]);
  });

  it('has exactly the 40 body regions the figure is drawn for, mirrored, with sides that match the ids', () => {
    expect([...ids(regions)].sort()).to.deep.equal([...REGION_IDS].sort());
    const map = byId(regions);
    for (const r of regions) {
      expect(r.name, r.id).not.to.match(/left|right/i);
      expect(r.side, r.id).to.equal(/-(left|right)$/.exec(r.id)?.[1]);
      if (!r.side) continue;
      const mirror = map.get(r.id.replace(/-(left|right)$/, r.side === 'left' ? '-right' : '-left'))!;
      expect(mirror.side).to.equal(r.side === 'left' ? 'right' : 'left');
      expect([mirror.area, mirror.name], r.id).to.deep.equal([r.area, r.name]);
      expect(mirror.views).to.deep.equal(r.views);
    }
  });

  it('records the Michigan Body Map area for every region that has one', () => {
    const map = byId(regions);
    expect(map.get('sacrum')!.michigan).to.equal(undefined);
    expect(map.get('forearm-left')!.michigan).to.equal('Lt lower arm');
    expect(map.get('glute-right')!.michigan).to.equal('Rt buttocks');
    expect(map.get('upper-back-right')!.michigan).to.equal('Upper back');
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

  it('links techniques and conditions both ways', () => {
    const cond = byId(conditions);
    const tech = byId(techniques);
    for (const t of techniques)
      for (const c of t.conditions) expect(cond.get(c)!.techniques, `${c} lists ${t.id}`).to.include(t.id);
    for (const c of conditions)
      for (const t of c.techniques) expect(tech.get(t)!.conditions, `${t} lists ${c.id}`).to.include(c.id);
  });

  it('cites every source at least once, and every evidence note at least once', () => {
    const cited = new Set<string>();
    const citedNotes = new Set<string>();
    evidence.forEach((e) => cited.add(e.source));
    precautions.forEach((p) => p.sources.forEach((s) => cited.add(s)));
    techniques.forEach((t) => {
      t.sideEffects.sources.forEach((s) => cited.add(s));
      t.claims.forEach((c) => c.evidence.forEach((e) => citedNotes.add(e)));
    });
    conditions.forEach((c) => {
      c.bestSupported.sources.forEach((s) => cited.add(s));
      c.evidence.forEach((e) => citedNotes.add(e));
    });
    routines.forEach((r) => {
      r.sources.forEach((s) => cited.add(s));
      r.evidence?.forEach((e) => citedNotes.add(e));
    });
    expect(sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).to.deep.equal([]);
    expect(evidence.filter((e) => !citedNotes.has(e.id)).map((e) => e.id)).to.deep.equal([]);
  });
});

describe('bundled dataset: breadth', () => {
  it('covers the techniques clinics most often offer', () => {
    expect(techniques.length).to.be.at.least(20);
    expect(ids(techniques)).to.include.members([
      'swedish',
      'deep-tissue',
      'sports-massage',
      'remedial-massage',
      'trigger-point',
      'myofascial-release',
      'manual-lymphatic-drainage',
      'reflexology',
      'shiatsu',
      'thai-massage',
      'hot-stone',
      'cupping',
      'instrument-assisted',
      'foam-rolling',
      'massage-gun',
      'joint-mobilization',
      'assisted-stretching',
      'self-massage',
    ]);
  });

  it('covers the conditions clinics most often treat', () => {
    expect(conditions.length).to.be.at.least(18);
    expect(ids(conditions)).to.include.members([
      'chronic-low-back-pain',
      'neck-pain',
      'whiplash',
      'shoulder-pain',
      'tension-headache',
      'migraine',
      'jaw-pain',
      'fibromyalgia',
      'myofascial-pain-syndrome',
      'knee-osteoarthritis',
      'hand-osteoarthritis',
      'carpal-tunnel',
      'plantar-heel-pain',
      'muscle-spasm',
      'scar-tissue',
      'cancer-pain',
      'pregnancy-pain',
      'stress-anxiety',
    ]);
  });

  it('has a routine for every body area, and at least 5 done wholly in a chair or in bed', () => {
    expect(routines.length).to.be.at.least(18);
    const covered = new Set(routines.flatMap((r) => r.areas));
    for (const a of AREA_IDS) expect(covered.has(a), a).to.equal(true);
    const seated = routines.filter((r) => r.steps.every((s) => s.position === 'chair' || s.position === 'bed'));
    expect(seated.length, seated.map((r) => r.id).join(', ')).to.be.at.least(5);
  });
});

describe('bundled dataset: warnings', () => {
  const flags = precautions.filter((p) => p.kind === 'red-flag');

  it('gives every warning sign an urgency, and no other precaution signs', () => {
    expect(flags.length).to.be.greaterThan(10);
    for (const p of precautions) {
      if (p.kind !== 'red-flag') expect(p.signs, p.id).to.equal(undefined);
      else {
        expect(p.signs!.length, p.id).to.be.at.least(1);
        for (const s of p.signs!) expect(['emergency', 'same-day', 'soon'], `${p.id}: ${s.text}`).to.include(s.urgency);
      }
    }
  });

  it('leads every condition with a red-flag set of its own', () => {
    const leaders = conditions.map((c) => c.redFlags[0]);
    for (const c of conditions) {
      const first = c.redFlags[0]!;
      expect(precaution.get(first)?.kind, c.id).to.equal('red-flag');
      const sharing = conditions.filter((other) => other.redFlags[0] === first).map((o) => o.id);
      expect(sharing, `${first} leads ${sharing.join(', ')}`).to.deep.equal([c.id]);
    }
    expect(new Set(leaders).size).to.equal(conditions.length);
  });

  it('gives every body area red flags', () => {
    for (const a of areas) {
      expect(a.redFlags?.length, a.id).to.be.at.least(1);
      for (const id of a.redFlags!) expect(precaution.get(id)?.kind, `${a.id} → ${id}`).to.equal('red-flag');
    }
  });

  it('shows every routine its red flags before Start: those of its areas and its conditions', () => {
    // With only what the stretch timer bundles (no conditions), a routine still lists its conditions' red flags.
    const bundled = { precautions, areas, conditions: [] };
    for (const r of routines) {
      const shown = routineWarnings(bundled, r).redFlags.map((p) => p.id);
      expect(shown.length, r.id).to.be.at.least(1);
      const wanted = [
        ...r.areas.flatMap((a) => areas.find((x) => x.id === a)!.redFlags!),
        ...(r.conditions ?? []).flatMap((c) => conditions.find((x) => x.id === c)!.redFlags),
      ];
      for (const id of wanted) expect(shown, `${r.id} shows ${id}`).to.include(id);
    }
  });

  it('puts the clot and varicose-vein precautions on every technique and routine that presses on the legs', () => {
    for (const t of techniques.filter((x) => x.areas.some((a) => LEGS.has(a)) && x.pressure.scale >= 2)) {
      expect(t.precautions, t.id).to.include.members(['blood-clot', 'varicose-veins']);
    }
    for (const r of routines.filter((x) => x.areas.some((a) => LEGS.has(a)))) {
      if (!r.steps.some((s) => s.kind === 'massage')) continue;
      expect(r.precautions, r.id).to.include.members(['blood-clot', 'varicose-veins', 'bleeding-risk']);
    }
  });

  it('puts the bleeding, clot, weak-bone and cancer precautions on every technique that applies pressure', () => {
    for (const t of techniques.filter((x) => x.pressure.scale >= 2 && x.id !== 'assisted-stretching'))
      expect(t.precautions, t.id).to.include.members(['blood-clot', 'bleeding-risk', 'osteoporosis', 'cancer']);
  });

  it('keeps "rest it" advice away from back routines, and says to keep moving', () => {
    for (const r of routines.filter((x) => x.areas.includes('lower-back'))) {
      const { redFlags, precautions: others } = routineWarnings(dataset, r);
      for (const p of [...redFlags, ...others])
        expect(`${p.when} ${p.action}`, `${r.id}/${p.id}`).not.to.match(/\brest it\b|bed rest/i);
    }
    expect(precaution.get('fresh-injury')!.action).to.match(/keep moving/i);
  });

  it('shows the bleeding and weak-bone precautions before every routine with a ball or roller, and the pregnancy one before every routine lying down', () => {
    for (const r of routines) {
      const shown = routineWarnings({ precautions, areas, conditions: [] }, r).precautions.map((p) => p.id);
      if (r.steps.some((s) => s.tool === 'ball' || s.tool === 'foam-roller'))
        expect(shown, r.id).to.include.members(['bleeding-risk', 'osteoporosis']);
      if (r.steps.some((s) => s.position === 'bed' || s.position === 'floor' || s.position === 'floor-face-down'))
        expect(shown, r.id).to.include('pregnancy');
    }
  });

  it('never tells people whose signs only need a visit soon to stop moving', () => {
    for (const p of flags.filter((f) => f.signs!.some((s) => s.urgency === 'soon'))) {
      if (/exercise/i.test(p.action)) expect(p.action, p.id).to.match(/keep gently active/i);
      expect(p.action, p.id).not.to.match(/^do not (have massage, or )?do exercises/i);
    }
  });

  it('puts a sudden weakness or numbness sign at emergency on every area from the head to the hands', () => {
    for (const id of ['head', 'jaw', 'neck', 'shoulders', 'arms', 'hands-wrists']) {
      const area = areas.find((a) => a.id === id)!;
      const emergency = signsByUrgency(area.redFlags!.map((f) => precaution.get(f)!))[0]!;
      expect(emergency.urgency, id).to.equal('emergency');
      expect(
        emergency.signs.some((s) => /sudden/i.test(s.text) && /weak|numb/i.test(s.text)),
        id,
      ).to.equal(true);
    }
  });

  it('puts the signs of sepsis at emergency wherever infection is a warning sign', () => {
    for (const id of ['scar-warning-signs', 'lymphoedema-red-flags', 'foot-red-flags']) {
      const emergency = precaution.get(id)!.signs!.filter((s) => s.urgency === 'emergency');
      expect(
        emergency.some((s) => /confused/.test(s.text) && /breathe/.test(s.text)),
        id,
      ).to.equal(true);
    }
  });

  it('treats heavy bleeding in pregnancy and nerve signs with cancer as emergencies', () => {
    const urgencyOf = (id: string, text: RegExp) => precaution.get(id)!.signs!.find((s) => text.test(s.text))?.urgency;
    expect(urgencyOf('pregnancy-red-flags', /^Heavy bleeding/)).to.equal('emergency');
    expect(urgencyOf('pregnancy-red-flags', /baby is moving less/)).to.equal('same-day');
    expect(urgencyOf('cancer-red-flags', /^Numbness or weakness/)).to.equal('emergency');
    expect(urgencyOf('back-pain-red-flags', /had cancer/)).to.equal('same-day');
  });

  it('names no country: no emergency or crisis phone number and no national service in any text', () => {
    const numbers = /\b(999|911|112|111|988|000|116 ?123|13 ?11 ?14)\b/;
    const services = /\b(NHS|A&E|GP|Samaritans|911|Lifeline)\b/;
    for (const [path, text] of allStrings(dataset)) {
      if (/^sources\[/.test(path)) continue; // citations name their publisher
      expect(text, path).not.to.match(numbers);
      expect(text, path).not.to.match(services);
    }
    expect(help.emergency).to.match(/local emergency number/);
  });

  it('flags precautions that need the crisis line, and words the crisis advice without a country', () => {
    const crisis = precautions.filter((p: Precaution) => p.crisis);
    expect(crisis.map((p) => p.id)).to.include('mental-health-crisis');
    expect(help.crisis).to.match(/crisis line/);
  });
});

describe('bundled dataset: evidence and honesty', () => {
  const STRONGER: Record<Certainty, string[]> = {
    high: ['probably', 'may', "we don't know if", 'too little research', 'not shown'],
    moderate: ["we don't know if", 'too little research', 'not shown'],
    low: ['probably', "we don't know if", 'not shown'],
    'very-low': ['probably', 'not shown'],
    insufficient: ['probably', 'not shown'],
    'not-supported': ['probably', 'may ', "we don't know if"],
  };

  it("words every claim as its evidence's certainty (GRADE: does, probably, may, we don't know if)", () => {
    for (const t of techniques)
      for (const c of t.claims) {
        const certainty = claimCertainty(dataset, c)!;
        const text = c.text.toLowerCase();
        const where = `${t.id}/${c.id} (${certainty}): ${c.text}`;
        if (certainty !== 'high') expect(text, where).to.contain(CERTAINTY_WORDING[certainty]);
        for (const other of STRONGER[certainty]) expect(text, where).not.to.contain(other);
      }
  });

  it('backs every technique and condition with a sourced evidence note, and every condition with its best-supported care', () => {
    for (const t of techniques) {
      expect(t.claims.length, t.id).to.be.at.least(1);
      for (const c of t.claims) expect(c.evidence.length, `${t.id}/${c.id}`).to.be.at.least(1);
    }
    for (const c of conditions) {
      expect(c.evidence.length, c.id).to.be.at.least(1);
      expect(c.bestSupported.text.length, c.id).to.be.greaterThan(20);
      expect(c.bestSupported.sources.length, c.id).to.be.at.least(1);
    }
  });

  it('describes plainly, with their certainty, the techniques with little or no good evidence', () => {
    const certainties = (id: string) =>
      techniques.find((t) => t.id === id)!.claims.map((c) => claimCertainty(dataset, c));
    for (const id of ['reflexology', 'hot-stone', 'massage-gun'])
      for (const c of certainties(id)) expect(['very-low', 'insufficient', 'not-supported'], id).to.include(c);
    // Cupping has one low-certainty result (neck pain); every claim says how weak the trials were.
    for (const c of techniques.find((t) => t.id === 'cupping')!.claims) {
      expect(['low', 'very-low'], c.id).to.include(claimCertainty(dataset, c));
      expect(c.text, c.id).to.match(/trials were (weak|poor)/);
    }
  });

  it('states common side effects and that serious harm is rare, with sources, for every technique', () => {
    for (const t of techniques) {
      const { common, rare, sources: src } = t.sideEffects;
      expect(`${common} ${rare}`, t.id).to.match(/sore|tired|bruis|tender|mark|spots|red|calm|safe|stiff/i);
      expect(rare, t.id).to.match(/rare/i);
      expect(src.length, t.id).to.be.at.least(1);
    }
  });

  it('labels the beliefs the evidence goes against as not supported, never as fact', () => {
    for (const id of ['flush-toxins', 'boost-blood-flow', 'cortisol', 'endorphins', 'fascia-force', 'reflexology'])
      expect(evidence.find((e) => e.id === id)!.certainty, id).to.equal('not-supported');
    for (const t of techniques)
      for (const text of [t.summary, t.howItIsDone, t.feelsLike])
        expect(text, t.id).not.to.match(/toxin|flush|endorphin|serotonin|realign|break(s)? down scar/i);
  });

  it('does not credit Swedish massage with the fibromyalgia result, nor assisted stretching with the cramp result', () => {
    const swedish = techniques.find((t) => t.id === 'swedish')!;
    const fibro = swedish.claims.find((c) => c.evidence.includes('fibromyalgia-massage'));
    expect(fibro).to.equal(undefined);
    const assisted = techniques.find((t) => t.id === 'assisted-stretching')!;
    expect(assisted.claims.flatMap((c) => c.evidence)).not.to.include('cramp-stretching');
    expect(routines.filter((r) => r.evidence?.includes('cramp-stretching')).length).to.be.at.least(1);
  });
});

describe('bundled dataset: review and sources', () => {
  it('records when, and in what role, every item was last reviewed', () => {
    for (const list of [techniques, conditions, evidence, precautions, routines] as {
      id: string;
      reviewed?: { date: string; role: string };
    }[][])
      for (const item of list) {
        expect(item.reviewed?.date, item.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
        expect(item.reviewed!.role.trim(), item.id).not.to.equal('');
      }
  });

  it('gives every source an address and an accessed date, and a year only when it is a publication year', () => {
    for (const s of sources) {
      expect(s.url, s.id).to.match(/^https:\/\//);
      expect(s.accessed, s.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
      if (s.year === undefined) continue;
      expect(s.year, s.id).to.be.at.most(Number(s.accessed.slice(0, 4)));
      // A page checked this year with this year as its "year" is the old mistake: a living page.
      if (s.year === Number(s.accessed.slice(0, 4))) expect(s.url, s.id).to.match(/doi\.org/);
    }
    for (const id of ['nhs-dvt', 'nccih-massage', 'mayo-massage'])
      expect(sources.find((s) => s.id === id)!.year, id).to.equal(undefined);
  });
});

describe('bundled dataset: routines a body can follow', () => {
  it('says where the body is and what each step does, with a safety cue on every step', () => {
    for (const r of routines)
      for (const s of r.steps) {
        const where = `${r.id}/${s.id}`;
        expect(POSITIONS, where).to.include(s.position);
        expect(['stretch', 'massage', 'movement', 'breathing'], where).to.include(s.kind);
        expect(s.safety.trim(), where).not.to.equal('');
        expect(s.holdSeconds, where).to.be.within(1, 60);
      }
  });

  it('names the position each instruction puts the body in, so the player gives time to change', () => {
    const said: [RegExp, string][] = [
      [/^Lie face down/, 'floor-face-down'],
      [/\bKneel\b/, 'kneeling'],
      [/^Sit on the floor/, 'floor-sitting'],
      [/^(Sit up in bed|Still sitting up)/, 'bed-sitting'],
      [/^Lie (on your back|back over)/, 'lying'],
    ];
    for (const r of routines)
      for (const s of r.steps)
        for (const [words, position] of said)
          if (words.test(s.instruction))
            expect(position === 'lying' ? ['bed', 'floor'] : [position], `${r.id}/${s.id}`).to.include(s.position);
  });

  it('gives enough time to get ready for the first position', () => {
    for (const r of routines) expect(r.prepSeconds, r.id).to.be.at.least(prepSecondsFor(r.steps[0]!.position));
  });

  it('states no routine length by hand', () => {
    for (const r of routines) expect(`${r.title} ${r.summary}`, r.id).not.to.match(/\d+\s*(min|minute|second|sec)/i);
  });

  it('matches each pressure word to the 1–5 scale (light 1–2, moderate 3, firm 4–5)', () => {
    const range = { light: [1, 2], moderate: [3, 3], firm: [4, 5] } as const;
    for (const t of techniques)
      expect(t.pressure.scale, t.id).to.be.within(range[t.pressure.level][0], range[t.pressure.level][1]);
  });
});
