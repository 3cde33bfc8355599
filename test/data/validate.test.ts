import { expect } from '@open-wc/testing';
import { dataset, validateDataset, validateRoutine } from '../../src/data/index.js';
import { copy, errorAt, paths } from './helpers.js';
import type { Loose } from './helpers.js';

/** Breaks one thing in a copy of the dataset and returns the errors. */
function broken(mutate: (d: Loose) => void) {
  const d = copy() as Loose;
  mutate(d);
  const result = validateDataset(d);
  expect(result.ok).to.equal(false);
  return result.errors;
}
const indexOf = (list: { id: string }[], id: string) => list.findIndex((x) => x.id === id);

describe('validateDataset', () => {
  it('reports a missing field', () => {
    const e = errorAt(
      broken((d) => delete d.techniques[2].summary),
      'techniques[2].summary',
    );
    expect(e.message).to.contain('summary');
  });

  it('reports a wrong type, naming the value', () => {
    const e = errorAt(
      broken((d) => (d.techniques[0].name = 5)),
      'techniques[0].name',
    );
    expect(e.message).to.contain('number 5');
    errorAt(
      broken((d) => (d.conditions[1].areas = 'neck')),
      'conditions[1].areas',
    );
    errorAt(
      broken((d) => (d.precautions[0].general = 'yes')),
      'precautions[0].general',
    );
  });

  it('reports ids that are not kebab-case', () => {
    const e = errorAt(
      broken((d) => (d.evidence[0].id = 'Low_Back')),
      'evidence[0].id',
    );
    expect(e.message).to.contain('"Low_Back"');
    errorAt(
      broken((d) => (d.routines[0].steps[1].id = 'Side Stretch')),
      'routines[0].steps[1].id',
    );
  });

  it('reports unknown ids in every kind of cross-reference', () => {
    const cases: [(d: Loose) => void, string, string][] = [
      [
        (d) => d.techniques[2].claims[0].evidence.push('no-such-note'),
        `techniques[2].claims[0].evidence[${dataset.techniques[2]!.claims[0]!.evidence.length}]`,
        'evidence note',
      ],
      [(d) => (d.techniques[0].related[0] = 'no-such-technique'), 'techniques[0].related[0]', 'technique'],
      [(d) => (d.techniques[0].conditions[0] = 'no-such-condition'), 'techniques[0].conditions[0]', 'condition'],
      [(d) => (d.techniques[0].routines[0] = 'no-such-routine'), 'techniques[0].routines[0]', 'routine'],
      [(d) => (d.techniques[0].precautions[0] = 'no-such-precaution'), 'techniques[0].precautions[0]', 'precaution'],
      [(d) => (d.techniques[0].areas[0] = 'elbows'), 'techniques[0].areas[0]', 'area'],
      [(d) => (d.conditions[0].techniques[0] = 'no-such-technique'), 'conditions[0].techniques[0]', 'technique'],
      [(d) => (d.conditions[0].evidence[0] = 'no-such-note'), 'conditions[0].evidence[0]', 'evidence note'],
      [(d) => (d.conditions[0].redFlags[0] = 'no-such-flag'), 'conditions[0].redFlags[0]', 'precaution'],
      [(d) => (d.evidence[3].source = 'no-such-source'), 'evidence[3].source', 'source'],
      [(d) => (d.precautions[2].sources[0] = 'no-such-source'), 'precautions[2].sources[0]', 'source'],
      [(d) => (d.techniques[1].sideEffects.sources[0] = 'no-such'), 'techniques[1].sideEffects.sources[0]', 'source'],
      [
        (d) => (d.conditions[1].bestSupported.sources[0] = 'no-such'),
        'conditions[1].bestSupported.sources[0]',
        'source',
      ],
      [(d) => (d.routines[1].conditions = ['no-such']), 'routines[1].conditions[0]', 'condition'],
      [(d) => (d.routines[1].evidence = ['no-such']), 'routines[1].evidence[0]', 'evidence note'],
      [(d) => (d.areas[2].redFlags = ['no-such']), 'areas[2].redFlags[0]', 'precaution'],
      [(d) => (d.routines[1].precautions[0] = 'no-such-precaution'), 'routines[1].precautions[0]', 'precaution'],
      [(d) => (d.routines[1].sources[0] = 'no-such-source'), 'routines[1].sources[0]', 'source'],
      [(d) => (d.routines[1].areas[0] = 'tail'), 'routines[1].areas[0]', 'area'],
      [(d) => (d.regions[0].area = 'torso'), 'regions[0].area', 'area'],
    ];
    for (const [mutate, path, noun] of cases) {
      const e = errorAt(broken(mutate), path);
      expect(e.message, path).to.contain(`Unknown ${noun} id`);
    }
  });

  it('reports typical areas and conditions that are not among the technique’s own, and a malformed `typical`', () => {
    expect(
      errorAt(
        broken((d) => (d.techniques[0].typical = { areas: ['knees'], conditions: [] })),
        'techniques[0].typical.areas[0]',
      ).message,
    ).to.contain('"knees" is not in the technique');
    errorAt(
      broken((d) => (d.techniques[1].typical = { areas: [], conditions: ['gout'] })),
      'techniques[1].typical.conditions[0]',
    );
    errorAt(
      broken((d) => (d.techniques[2].typical = 'neck')),
      'techniques[2].typical',
    );
    const d = copy() as Loose;
    delete d.techniques[0].typical;
    expect(validateDataset(d).ok, 'typical may be left out').to.equal(true);
  });

  it('reports duplicate ids, pointing at the first', () => {
    const errors = broken((d) => d.techniques.push(structuredClone(d.techniques[0])));
    const e = errorAt(errors, `techniques[${dataset.techniques.length}].id`);
    expect(e.message).to.contain('Duplicate technique id "remedial-massage"').and.contain('techniques[0]');
    errorAt(
      broken((d) => d.routines[0].steps.push(structuredClone(d.routines[0].steps[0]))),
      `routines[0].steps[${dataset.routines[0]!.steps.length}].id`,
    );
    errorAt(
      broken((d) => d.techniques[0].claims.push(structuredClone(d.techniques[0].claims[0]))),
      `techniques[0].claims[${dataset.techniques[0]!.claims.length}].id`,
    );
  });

  it('reports a lateral region without its mirror', () => {
    const errors = broken((d) => d.regions.splice(indexOf(d.regions, 'shoulder-right'), 1));
    const i = indexOf(dataset.regions, 'shoulder-left');
    expect(errorAt(errors, `regions[${i}]`).message).to.contain('no mirror "shoulder-right"');
  });

  it('reports a region whose side does not match its id', () => {
    const i = indexOf(dataset.regions, 'knee-left');
    expect(
      errorAt(
        broken((d) => (d.regions[i].side = 'right')),
        `regions[${i}].side`,
      ).message,
    ).to.contain('does not match');
    expect(
      errorAt(
        broken((d) => delete d.regions[i].side),
        `regions[${i}].side`,
      ).message,
    ).to.contain('no side');
    const head = indexOf(dataset.regions, 'head');
    errorAt(
      broken((d) => (d.regions[head].side = 'left')),
      `regions[${head}].side`,
    );
  });

  it('reports durations that are zero, negative or absurd', () => {
    const step = 'routines[0].steps[0]';
    errorAt(
      broken((d) => (d.routines[0].steps[0].holdSeconds = 0)),
      `${step}.holdSeconds`,
    );
    errorAt(
      broken((d) => (d.routines[0].steps[0].holdSeconds = -5)),
      `${step}.holdSeconds`,
    );
    expect(
      errorAt(
        broken((d) => (d.routines[0].steps[0].holdSeconds = 601)),
        `${step}.holdSeconds`,
      ).message,
    ).to.contain('too large');
    errorAt(
      broken((d) => (d.routines[0].steps[0].restSeconds = -1)),
      `${step}.restSeconds`,
    );
    errorAt(
      broken((d) => (d.routines[0].steps[0].repetitions = 0)),
      `${step}.repetitions`,
    );
    errorAt(
      broken((d) => (d.routines[0].steps[0].repetitions = 1.5)),
      `${step}.repetitions`,
    );
    errorAt(
      broken((d) => (d.routines[0].prepSeconds = -1)),
      'routines[0].prepSeconds',
    );
    errorAt(
      broken((d) => (d.routines[0].steps[0].holdSeconds = Number.NaN)),
      `${step}.holdSeconds`,
    );
    expect(
      errorAt(
        broken((d) => (d.techniques[0].sessionMinutes = { min: 60, max: 30 })),
        'techniques[0].sessionMinutes',
      ).message,
    ).to.contain('min (60) is more than max (30)');
    errorAt(
      broken((d) => (d.techniques[0].sessionMinutes.max = 300)),
      'techniques[0].sessionMinutes.max',
    );
    errorAt(
      broken((d) => (d.techniques[0].sessionMinutes.min = 0)),
      'techniques[0].sessionMinutes.min',
    );
    const long = broken((d) => {
      for (const s of d.routines[0].steps) Object.assign(s, { holdSeconds: 600, repetitions: 50, restSeconds: 600 });
    });
    expect(errorAt(long, 'routines[0].steps').message).to.contain('minutes');
  });

  it('reports a pressure scale outside 1–5', () => {
    errorAt(
      broken((d) => (d.techniques[3].pressure.scale = 6)),
      'techniques[3].pressure.scale',
    );
    errorAt(
      broken((d) => (d.techniques[3].pressure.scale = 0)),
      'techniques[3].pressure.scale',
    );
    errorAt(
      broken((d) => (d.techniques[3].pressure.scale = 2.5)),
      'techniques[3].pressure.scale',
    );
    errorAt(
      broken((d) => (d.techniques[3].pressure.level = 'extreme')),
      'techniques[3].pressure.level',
    );
  });

  it('reports claims, techniques and conditions without evidence', () => {
    expect(
      errorAt(
        broken((d) => (d.techniques[0].claims[1].evidence = [])),
        'techniques[0].claims[1].evidence',
      ).message,
    ).to.contain('at least one evidence note');
    expect(
      errorAt(
        broken((d) => (d.techniques[4].claims = [])),
        'techniques[4].claims',
      ).message,
    ).to.contain('no claims');
    expect(
      errorAt(
        broken((d) => (d.conditions[2].evidence = [])),
        'conditions[2].evidence',
      ).message,
    ).to.contain('at least one evidence note');
  });

  it('reports a red flag that points to a precaution of another kind, and a condition without red flags', () => {
    const e = errorAt(
      broken((d) => (d.conditions[0].redFlags = ['blood-clot'])),
      'conditions[0].redFlags[0]',
    );
    expect(e.message).to.contain('"blood-clot"').and.contain('red-flag');
    errorAt(
      broken((d) => (d.areas[0].redFlags = ['blood-clot'])),
      'areas[0].redFlags[0]',
    );
    expect(
      errorAt(
        broken((d) => (d.conditions[0].redFlags = [])),
        'conditions[0].redFlags',
      ).message,
    ).to.contain('at least one red flag');
  });

  it('reports warning signs without an urgency, and signs on a precaution that is not a red flag', () => {
    const i = indexOf(dataset.precautions, 'back-pain-red-flags');
    expect(
      errorAt(
        broken((d) => (d.precautions[i].signs[0].urgency = 'asap')),
        `precautions[${i}].signs[0].urgency`,
      ).message,
    ).to.contain('emergency, same-day, soon');
    errorAt(
      broken((d) => delete d.precautions[i].signs[1].urgency),
      `precautions[${i}].signs[1].urgency`,
    );
    errorAt(
      broken((d) => (d.precautions[i].signs[2] = 'Just text')),
      `precautions[${i}].signs[2]`,
    );
    errorAt(
      broken((d) => (d.precautions[i].signs = [])),
      `precautions[${i}].signs`,
    );
    errorAt(
      broken((d) => delete d.precautions[i].signs),
      `precautions[${i}].signs`,
    );
    const j = indexOf(dataset.precautions, 'blood-clot');
    expect(
      errorAt(
        broken((d) => (d.precautions[j].signs = [{ text: 'Pain', urgency: 'soon' }])),
        `precautions[${j}].signs`,
      ).message,
    ).to.contain('Only red flags');
    errorAt(
      broken((d) => (d.precautions[j].general = 'always')),
      `precautions[${j}].general`,
    );
    errorAt(
      broken((d) => (d.precautions[j].crisis = 'yes')),
      `precautions[${j}].crisis`,
    );
  });

  it('reports missing review records, side effects, best-supported care and help texts', () => {
    errorAt(
      broken((d) => delete d.techniques[0].reviewed),
      'techniques[0].reviewed',
    );
    errorAt(
      broken((d) => (d.conditions[0].reviewed.date = '2026-02-30')),
      'conditions[0].reviewed.date',
    );
    errorAt(
      broken((d) => (d.evidence[0].reviewed.role = ' ')),
      'evidence[0].reviewed.role',
    );
    errorAt(
      broken((d) => delete d.routines[0].reviewed),
      'routines[0].reviewed',
    );
    errorAt(
      broken((d) => delete d.techniques[0].sideEffects),
      'techniques[0].sideEffects',
    );
    expect(
      errorAt(
        broken((d) => (d.techniques[0].sideEffects.sources = [])),
        'techniques[0].sideEffects.sources',
      ).message,
    ).to.contain('at least one source');
    errorAt(
      broken((d) => (d.conditions[0].bestSupported = 'Exercise')),
      'conditions[0].bestSupported',
    );
    errorAt(
      broken((d) => delete d.help.crisis),
      'help.crisis',
    );
    errorAt(
      broken((d) => (d.help.emergency = '')),
      'help.emergency',
    );
    errorAt(
      broken((d) => (d.help.police = 'Call 999')),
      'help.police',
    );
    errorAt(
      broken((d) => delete d.help),
      'help',
    );
  });

  it('reports unknown step positions and kinds', () => {
    errorAt(
      broken((d) => (d.routines[0].steps[0].position = 'sofa')),
      'routines[0].steps[0].position',
    );
    errorAt(
      broken((d) => (d.routines[0].steps[0].kind = 'dance')),
      'routines[0].steps[0].kind',
    );
  });

  it('reports non-http(s) URLs and bad ISO dates', () => {
    for (const url of ['ftp://example.org/x', 'javascript:alert(1)', 'not a url', 'www.nhs.uk'])
      expect(
        errorAt(
          broken((d) => (d.sources[0].url = url)),
          'sources[0].url',
        ).message,
        url,
      ).to.contain('http');
    for (const date of ['2026-02-30', '21/11/2026', '2026-13-01', '2026-1-5'])
      errorAt(
        broken((d) => (d.sources[1].accessed = date)),
        'sources[1].accessed',
      );
    errorAt(
      broken((d) => (d.sources[1].year = 1500)),
      'sources[1].year',
    );
    // Living pages: no year is fine, and an "updated" date may be a year, a month or a day.
    const web = indexOf(dataset.sources, 'nhs-cellulitis');
    expect(validateDataset(Object.assign(copy(), {})).ok).to.equal(true);
    for (const updated of ['2024', '2024-04', '2024-04-17']) {
      const d = copy() as Loose;
      d.sources[web].updated = updated;
      expect(validateDataset(d).ok, updated).to.equal(true);
    }
    errorAt(
      broken((d) => (d.sources[web].updated = 'April 2024')),
      `sources[${web}].updated`,
    );
  });

  it('reports unknown enum values', () => {
    expect(
      errorAt(
        broken((d) => (d.evidence[0].certainty = 'certain')),
        'evidence[0].certainty',
      ).message,
    ).to.contain('"certain"');
    errorAt(
      broken((d) => (d.precautions[0].kind = 'maybe')),
      'precautions[0].kind',
    );
    errorAt(
      broken((d) => (d.routines[2].steps[1].tool = 'rope')),
      'routines[2].steps[1].tool',
    );
    errorAt(
      broken((d) => (d.routines[2].steps[1].sides = 'both')),
      'routines[2].steps[1].sides',
    );
    expect(
      errorAt(
        broken((d) => (d.precautions[0].tools = ['ball', 'rope'])),
        'precautions[0].tools[1]',
      ).message,
    ).to.contain('"rope"');
    errorAt(
      broken((d) => (d.precautions[0].positions = 'floor')),
      'precautions[0].positions',
    );
    errorAt(
      broken((d) => (d.precautions[0].positions = ['upside-down'])),
      'precautions[0].positions[0]',
    );
    errorAt(
      broken((d) => (d.regions[0].views = ['top'])),
      'regions[0].views[0]',
    );
    errorAt(
      broken((d) => (d.regions[0].views = [])),
      'regions[0].views',
    );
    errorAt(
      broken((d) => (d.areas[0].id = 'tail')),
      'areas[0].id',
    );
    errorAt(
      broken((d) => (d.version = 'one')),
      'version',
    );
  });

  it('lists every problem at once', () => {
    const errors = broken((d) => {
      d.techniques[0].name = '';
      d.sources[0].url = 'ftp://x';
      d.routines[0].steps[0].holdSeconds = 0;
    });
    expect(paths(errors)).to.include.members([
      'techniques[0].name',
      'sources[0].url',
      'routines[0].steps[0].holdSeconds',
    ]);
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Loose = { version: '1.0.0', techniques: [] };
    cyclic.techniques.push(cyclic);
    cyclic.self = cyclic;
    const throwing = {
      get version(): string {
        throw new Error('boom');
      },
    };
    const proxy = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    const junk: unknown[] = [
      null,
      undefined,
      0,
      42,
      'dataset',
      true,
      [],
      {},
      [1, 2],
      { techniques: 5 },
      { regions: [null, 1, 'x', []] },
      cyclic,
      throwing,
      proxy,
      () => 1,
      Symbol('x'),
      10n,
    ];
    for (const input of junk) {
      let result;
      expect(() => (result = validateDataset(input))).not.to.throw();
      expect(result!.ok).to.equal(false);
      expect(result!.errors.length).to.be.greaterThan(0);
      for (const e of result!.errors) {
        expect(e.path).to.be.a('string');
        expect(e.message).to.be.a('string').and.not.equal('');
      }
    }
    expect(validateDataset(null).errors[0]).to.deep.equal({ path: '', message: 'Expected a dataset object, got null' });
  });
});

describe('validateRoutine', () => {
  const good = () => structuredClone(dataset.routines[0]!) as Loose;

  it('accepts a bundled routine, with and without the dataset', () => {
    expect(validateRoutine(good())).to.deep.equal({ ok: true, errors: [] });
    expect(validateRoutine(good(), dataset)).to.deep.equal({ ok: true, errors: [] });
  });

  it('needs at least one step, with positive numeric durations', () => {
    const r = good();
    r.steps = [];
    expect(errorAt(validateRoutine(r).errors, 'steps').message).to.contain('at least one step');
    const bad = good();
    bad.steps[0].holdSeconds = '30';
    bad.steps[1].holdSeconds = -1;
    bad.steps[2].restSeconds = Number.POSITIVE_INFINITY;
    const errors = validateRoutine(bad).errors;
    expect(paths(errors)).to.include.members(['steps[0].holdSeconds', 'steps[1].holdSeconds', 'steps[2].restSeconds']);
    expect(errorAt(errors, 'steps[0].holdSeconds').message).to.contain('"30"');
    const missing = good();
    delete missing.steps;
    errorAt(validateRoutine(missing).errors, 'steps');
  });

  it('accepts a routine of your own without a review record, positions or kinds', () => {
    const r = good();
    delete r.reviewed;
    delete r.conditions;
    delete r.evidence;
    for (const s of r.steps) {
      delete s.position;
      delete s.kind;
    }
    expect(validateRoutine(r, dataset)).to.deep.equal({ ok: true, errors: [] });
  });

  it('checks references against the dataset when given one', () => {
    const r = good();
    r.precautions = ['made-up'];
    r.sources = ['made-up'];
    r.conditions = ['made-up'];
    expect(validateRoutine(r).ok).to.equal(true);
    expect(paths(validateRoutine(r, dataset).errors)).to.deep.equal(['conditions[0]', 'precautions[0]', 'sources[0]']);
    r.areas = ['tail'];
    expect(paths(validateRoutine(r).errors)).to.deep.equal(['areas[0]']);
  });

  it('never throws on junk', () => {
    for (const input of [null, undefined, 3, 'x', [], { steps: 'no' }, { steps: [null, 5] }])
      expect(() => validateRoutine(input)).not.to.throw();
    expect(validateRoutine(undefined).errors[0]!.path).to.equal('');
  });
});
