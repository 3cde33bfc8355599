import { expect } from '@open-wc/testing';
import { routineDurationSeconds, routineSegments, routines } from '../../src/data/index.js';
import type { Routine } from '../../src/data/index.js';

const routine: Routine = {
  id: 'test-routine',
  title: 'Test',
  summary: 'Test routine.',
  areas: ['neck'],
  prepSeconds: 5,
  precautions: [],
  sources: [],
  steps: [
    {
      id: 'a',
      title: 'A',
      instruction: 'Do A.',
      tool: 'none',
      holdSeconds: 10,
      sides: 'left-then-right',
      repetitions: 2,
      restSeconds: 3,
      safety: 'Careful.',
    },
    {
      id: 'b',
      title: 'B',
      instruction: 'Do B.',
      tool: 'none',
      holdSeconds: 7,
      sides: 'none',
      repetitions: 2,
      restSeconds: 4,
      safety: 'Careful.',
    },
  ],
};

describe('routine sequence', () => {
  it('plays prep, holds (left then right) and rests in order, with no rest after the last hold', () => {
    const segs = routineSegments(routine).map((s) => [s.phase, s.stepId, s.side, s.repetition, s.seconds]);
    expect(segs).to.deep.equal([
      ['prep', 'a', null, 1, 5],
      ['hold', 'a', 'left', 1, 10],
      ['hold', 'a', 'right', 1, 10],
      ['rest', 'a', null, 1, 3],
      ['hold', 'a', 'left', 2, 10],
      ['hold', 'a', 'right', 2, 10],
      ['rest', 'a', null, 2, 3],
      ['hold', 'b', null, 1, 7],
      ['rest', 'b', null, 1, 4],
      ['hold', 'b', null, 2, 7],
    ]);
    expect(routineSegments(routine).map((s) => s.stepIndex)).to.deep.equal([0, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
  });

  it('derives the duration from the segments (hand-computed)', () => {
    // prep 5 + step a: 2 reps × (10 + 10 + 3 rest) = 46 + step b: 7 + 4 + 7 = 18 → 69
    expect(routineDurationSeconds(routine)).to.equal(69);
  });

  it('scales holds only, rounding to whole seconds, at least 1, within 0.5×–2×', () => {
    // holds ×1.5: 15 and 10.5 → 11; rests and prep unchanged: 5 + 2×(15+15+3) + 11+4+11 = 97
    expect(routineDurationSeconds(routine, 1.5)).to.equal(97);
    const tiny: Routine = {
      ...routine,
      prepSeconds: 0,
      steps: [{ ...routine.steps[1]!, holdSeconds: 1, repetitions: 1, restSeconds: 0 }],
    };
    expect(routineSegments(tiny, 0.5)).to.deep.equal([
      { phase: 'hold', stepIndex: 0, stepId: 'b', side: null, repetition: 1, seconds: 1 },
    ]);
    // Out-of-range scales are clamped: ×10 acts as ×2, ×0 as ×0.5.
    expect(routineDurationSeconds(routine, 10)).to.equal(routineDurationSeconds(routine, 2));
    expect(routineDurationSeconds(routine, 0)).to.equal(routineDurationSeconds(routine, 0.5));
    expect(routineDurationSeconds(routine, Number.NaN)).to.equal(69);
  });

  it('leaves out prep when prepSeconds is 0, and zero-second rests', () => {
    const r: Routine = { ...routine, prepSeconds: 0, steps: [{ ...routine.steps[0]!, restSeconds: 0 }] };
    const segs = routineSegments(r);
    expect(segs.map((s) => s.phase)).to.deep.equal(['hold', 'hold', 'hold', 'hold']);
    expect(routineDurationSeconds(r)).to.equal(40);
  });

  it('returns nothing for a routine without steps, and never throws on junk', () => {
    expect(routineSegments({ ...routine, steps: [] })).to.deep.equal([]);
    expect(routineSegments(null as never)).to.deep.equal([]);
    expect(routineDurationSeconds({} as never)).to.equal(0);
  });

  it('gives every bundled routine a positive, sensible length', () => {
    for (const r of routines) {
      const s = routineDurationSeconds(r);
      expect(s, r.id).to.be.within(60, 20 * 60);
      expect(routineSegments(r).at(-1)!.phase).to.equal('hold');
    }
  });
});
