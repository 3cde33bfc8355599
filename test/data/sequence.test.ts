import { expect } from '@open-wc/testing';
import {
  MIN_PREP_SECONDS,
  POSITION_SECONDS,
  SWITCH_SECONDS,
  moveSeconds,
  prepSecondsFor,
  routineDurationSeconds,
  routineSegments,
  routines,
} from '../../src/data/index.js';
import type { Routine, RoutineStep } from '../../src/data/index.js';

const stepA: RoutineStep = {
  id: 'a',
  title: 'A',
  instruction: 'Do A.',
  tool: 'none',
  holdSeconds: 10,
  sides: 'left-then-right',
  repetitions: 2,
  restSeconds: 3,
  safety: 'Careful.',
};
const stepB: RoutineStep = { ...stepA, id: 'b', title: 'B', holdSeconds: 7, sides: 'none', restSeconds: 4 };

const routine: Routine = {
  id: 'test-routine',
  title: 'Test',
  summary: 'Test routine.',
  areas: ['neck'],
  prepSeconds: 5,
  precautions: [],
  sources: [],
  steps: [stepA, stepB],
};

const rows = (r: Routine, options?: Parameters<typeof routineSegments>[1]) =>
  routineSegments(r, options).map((s) => [s.phase, s.stepId, s.side, s.repetition, s.seconds]);

describe('routine sequence', () => {
  it('plays prep, holds left then right with a pause to switch sides, and rests, with no rest after the last hold', () => {
    expect(rows(routine)).to.deep.equal([
      ['prep', 'a', null, 1, 5],
      ['hold', 'a', 'left', 1, 10],
      ['switch', 'a', 'right', 1, SWITCH_SECONDS],
      ['hold', 'a', 'right', 1, 10],
      ['rest', 'a', null, 1, 3],
      ['hold', 'a', 'left', 2, 10],
      ['switch', 'a', 'right', 2, SWITCH_SECONDS],
      ['hold', 'a', 'right', 2, 10],
      ['rest', 'a', null, 2, 3],
      ['hold', 'b', null, 1, 7],
      ['rest', 'b', null, 1, 4],
      ['hold', 'b', null, 2, 7],
    ]);
    expect(routineSegments(routine).map((s) => s.stepIndex)).to.deep.equal([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
  });

  it('derives the duration from the segments (hand-computed)', () => {
    // prep 5 + step a: 2 reps × (10 + 5 switch + 10 + 3 rest) = 56 + step b: 7 + 4 + 7 = 18 → 79
    expect(routineDurationSeconds(routine)).to.equal(79);
  });

  it('takes the pause between sides from the options; 0 leaves it out', () => {
    expect(rows(routine, { switchSeconds: 8 }).filter((r) => r[0] === 'switch')).to.have.length(2);
    expect(routineDurationSeconds(routine, { switchSeconds: 8 })).to.equal(85);
    expect(rows(routine, { switchSeconds: 0 }).some((r) => r[0] === 'switch')).to.equal(false);
    expect(routineDurationSeconds(routine, { switchSeconds: 0 })).to.equal(69);
  });

  it('scales holds and rests (not get-ready or switching), rounding to whole seconds, within 0.5×–2×', () => {
    // ×1.5: holds 15 and 10.5 → 11, rests 3 → 4.5 → 5 and 4 → 6; prep 5 and switches 5 unchanged:
    // 5 + 2 × (15 + 5 + 15 + 5) + 11 + 6 + 11 = 113
    expect(routineDurationSeconds(routine, 1.5)).to.equal(113);
    expect(routineDurationSeconds(routine, { holdScale: 1.5 })).to.equal(113);
    const tiny: Routine = {
      ...routine,
      prepSeconds: 0,
      steps: [{ ...stepB, holdSeconds: 1, repetitions: 1, restSeconds: 0 }],
    };
    expect(routineSegments(tiny, 0.5)).to.deep.equal([
      { phase: 'hold', stepIndex: 0, stepId: 'b', side: null, repetition: 1, seconds: 1 },
    ]);
    // Out-of-range scales are clamped: ×10 acts as ×2, ×0 as ×0.5; not a number acts as ×1.
    expect(routineDurationSeconds(routine, 10)).to.equal(routineDurationSeconds(routine, 2));
    expect(routineDurationSeconds(routine, 0)).to.equal(routineDurationSeconds(routine, 0.5));
    expect(routineDurationSeconds(routine, Number.NaN)).to.equal(79);
  });

  it('gives time to move when the position changes, in place of a shorter rest', () => {
    const moving: Routine = {
      ...routine,
      steps: [
        { ...stepB, id: 'stand', position: 'standing', repetitions: 1, restSeconds: 10 },
        { ...stepB, id: 'floor', position: 'floor', repetitions: 1, restSeconds: 30 },
        { ...stepB, id: 'chair', position: 'chair', repetitions: 1, restSeconds: 0 },
        { ...stepB, id: 'chair-2', position: 'chair', repetitions: 1 },
      ],
    };
    expect(rows(moving)).to.deep.equal([
      ['prep', 'stand', null, 1, 5],
      ['hold', 'stand', null, 1, 7],
      // standing → floor: the 10 s rest becomes a 20 s move
      ['move', 'floor', null, 1, moveSeconds('standing', 'floor')],
      ['hold', 'floor', null, 1, 7],
      // floor → chair: the 30 s rest is longer than the move, so the move keeps it
      ['move', 'chair', null, 1, 30],
      ['hold', 'chair', null, 1, 7],
      // same position: no move
      ['hold', 'chair-2', null, 1, 7],
    ]);
    const segs = routineSegments(moving);
    expect(segs[0]!.position).to.equal('standing');
    expect(segs[2]!.position).to.equal('floor');
    expect(moveSeconds('standing', 'floor')).to.equal(POSITION_SECONDS.floor);
    expect(moveSeconds('bed', 'chair')).to.equal(POSITION_SECONDS.bed);
  });

  it('asks for at least 15 s to get ready, and the time to get into the first position', () => {
    expect(prepSecondsFor(undefined)).to.equal(MIN_PREP_SECONDS);
    expect(prepSecondsFor('chair')).to.equal(MIN_PREP_SECONDS);
    expect(prepSecondsFor('floor')).to.equal(POSITION_SECONDS.floor);
  });

  it('leaves out prep when prepSeconds is 0, and zero-second rests', () => {
    const r: Routine = { ...routine, prepSeconds: 0, steps: [{ ...stepA, restSeconds: 0 }] };
    expect(routineSegments(r).map((s) => s.phase)).to.deep.equal(['hold', 'switch', 'hold', 'hold', 'switch', 'hold']);
    expect(routineDurationSeconds(r)).to.equal(50);
  });

  it('returns nothing for a routine without steps, and never throws on junk', () => {
    expect(routineSegments({ ...routine, steps: [] })).to.deep.equal([]);
    expect(routineSegments(null as never)).to.deep.equal([]);
    expect(routineSegments(routine, null as never)).to.have.length(12);
    expect(routineDurationSeconds({} as never)).to.equal(0);
  });

  it('gives every bundled routine a sensible length, time to get ready and to move, and ends on a hold', () => {
    for (const r of routines) {
      const s = routineDurationSeconds(r);
      expect(s, r.id).to.be.within(120, 15 * 60);
      expect(r.prepSeconds, `${r.id} get-ready time`).to.be.at.least(prepSecondsFor(r.steps[0]!.position));
      const segs = routineSegments(r);
      expect(segs.at(-1)!.phase, r.id).to.equal('hold');
      // Every change of position is a move segment of at least the time that move needs.
      r.steps.forEach((step, i) => {
        const before = r.steps[i - 1];
        if (!before || before.position === step.position) return;
        const move = segs.find((x) => x.phase === 'move' && x.stepIndex === i);
        expect(move, `${r.id}: move to ${step.id}`).to.be.an('object');
        expect(move!.seconds).to.be.at.least(moveSeconds(before.position!, step.position!));
      });
      // Both sides of a step always have a pause between them.
      for (const [i, x] of segs.entries())
        if (x.phase === 'hold' && x.side === 'right') expect(segs[i - 1]!.phase, r.id).to.equal('switch');
    }
  });
});
