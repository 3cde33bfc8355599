import { expect } from '@open-wc/testing';
import {
  RoutineClock,
  displayedSeconds,
  type TimedSegment,
  type TimerEvent,
} from '../../src/components/stretch-timer/routine-clock.js';

// Every test drives a fake monotonic clock by hand: no real time, no timers.
interface FakeClock {
  t: number;
  now(): number;
}
const fakeClock = (t = 0): FakeClock => ({
  t,
  now() {
    return this.t;
  },
});

interface StepSpec {
  id: string;
  hold: number;
  sides: 'none' | 'left-then-right';
  reps: number;
  rest: number;
}

/** Segments by the rule of routineSegments(): prep, then per step and repetition the hold(s) and a rest. */
function build(prep: number, steps: StepSpec[]): TimedSegment[] {
  const out: TimedSegment[] = [];
  if (prep > 0)
    out.push({ phase: 'prep', stepIndex: 0, stepId: steps[0].id, side: null, repetition: 0, seconds: prep });
  steps.forEach((step, stepIndex) => {
    for (let repetition = 1; repetition <= step.reps; repetition++) {
      const sides = step.sides === 'none' ? [null] : (['left', 'right'] as const);
      for (const side of sides) {
        out.push({ phase: 'hold', stepIndex, stepId: step.id, side, repetition, seconds: step.hold });
      }
      const last = stepIndex === steps.length - 1 && repetition === step.reps;
      if (!last && step.rest > 0) {
        out.push({ phase: 'rest', stepIndex, stepId: step.id, side: null, repetition, seconds: step.rest });
      }
    }
  });
  return out;
}

/**
 * 170 s:
 *  0 prep 5        0–5 s       5 neck right r2 20  75–95 s
 *  1 neck left 20  5–25 s      6 rest r2 10        95–105 s
 *  2 neck right 20 25–45 s     7 chest r1 30       105–135 s
 *  3 rest r1 10    45–55 s     8 rest r1 5         135–140 s
 *  4 neck left 20  55–75 s     9 chest r2 30       140–170 s
 */
const ROUTINE = build(5, [
  { id: 'neck', hold: 20, sides: 'left-then-right', reps: 2, rest: 10 },
  { id: 'chest', hold: 30, sides: 'none', reps: 2, rest: 5 },
]);
const TOTAL = 170_000;

/** Exactly 10 minutes. */
const TEN_MINUTES = build(10, [
  { id: 'a', hold: 30, sides: 'left-then-right', reps: 3, rest: 10 },
  { id: 'b', hold: 45, sides: 'none', reps: 2, rest: 15 },
  { id: 'c', hold: 40, sides: 'left-then-right', reps: 2, rest: 20 },
  { id: 'd', hold: 60, sides: 'none', reps: 1, rest: 0 },
]);

/** Where `ms` of active time falls in `segments`, computed independently of the clock. */
function locate(segments: readonly TimedSegment[], ms: number): { index: number; remainingMs: number } | null {
  let end = 0;
  for (const [index, s] of segments.entries()) {
    end += s.seconds * 1000;
    if (ms < end) return { index, remainingMs: end - ms };
  }
  return null;
}

/** Boundaries (ms from start) at which each segment after the first begins, then the end. */
function boundaries(segments: readonly TimedSegment[]): number[] {
  const out: number[] = [];
  let end = 0;
  for (const s of segments) out.push((end += s.seconds * 1000));
  return out;
}

/** Seeded PRNG (mulberry32), so the irregular updates are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function started(segments: readonly TimedSegment[] = ROUTINE, t0 = 0) {
  const clock = fakeClock(t0);
  const timer = new RoutineClock(segments, clock);
  expect(timer.start()).to.equal(true);
  timer.update();
  return { clock, timer };
}

/**
 * The snapshot of a restored clock, or null: assertions compare plain data, never a RoutineClock
 * instance (a failing assertion on one stalled the test runner while it serialized the failure).
 */
const restoredSnapshot = (segments: readonly TimedSegment[], state: unknown, wallNowMs: number) =>
  RoutineClock.restore(segments, fakeClock(), state, wallNowMs)?.snapshot() ?? null;

const segmentEvents = (events: TimerEvent[]) =>
  events.map((e) => (e.type === 'segment' ? `${e.reason}:${e.index}` : `complete:${e.elapsedMs}`));

describe('RoutineClock', () => {
  describe('test fixtures', () => {
    it('builds the sequence the way routineSegments() does', () => {
      expect(ROUTINE.map((s) => `${s.phase}:${s.stepId}:${s.side ?? '-'}:${s.repetition}`)).to.deep.equal([
        'prep:neck:-:0',
        'hold:neck:left:1',
        'hold:neck:right:1',
        'rest:neck:-:1',
        'hold:neck:left:2',
        'hold:neck:right:2',
        'rest:neck:-:2',
        'hold:chest:-:1',
        'rest:chest:-:1',
        'hold:chest:-:2',
      ]);
      expect(boundaries(ROUTINE).at(-1)).to.equal(TOTAL);
      expect(boundaries(TEN_MINUTES).at(-1)).to.equal(600_000);
    });
  });

  describe('sequencing', () => {
    it('is idle before start: nothing runs and the first segment is up next', () => {
      const clock = fakeClock(1000);
      const timer = new RoutineClock(ROUTINE, clock);
      clock.t += 60_000;
      expect(timer.valid).to.equal(true);
      expect(timer.error).to.equal(null);
      expect(timer.status).to.equal('idle');
      expect(timer.update()).to.deep.equal([]);
      expect(timer.msUntilNextBoundary()).to.equal(null);
      expect(timer.snapshot()).to.deep.equal({
        status: 'idle',
        index: 0,
        segment: null,
        phase: 'idle',
        stepIndex: 0,
        stepCount: 2,
        side: null,
        remainingMs: 0,
        segmentMs: 0,
        elapsedMs: 0,
        totalMs: TOTAL,
        progress: 0,
        next: ROUTINE[0],
      });
    });

    it('start() begins with the prep and reports it as a start transition', () => {
      const clock = fakeClock(500);
      const timer = new RoutineClock(ROUTINE, clock);
      expect(timer.start()).to.equal(true);
      expect(timer.update()).to.deep.equal([
        { type: 'segment', index: 0, segment: ROUTINE[0], reason: 'start', lateMs: 0 },
      ]);
      expect(timer.update()).to.deep.equal([]);
      const s = timer.snapshot();
      expect(s.status).to.equal('running');
      expect(s.phase).to.equal('prep');
      expect(s.segment).to.equal(ROUTINE[0]);
      expect(s.remainingMs).to.equal(5000);
      expect(s.segmentMs).to.equal(5000);
      expect(s.next).to.equal(ROUTINE[1]);
    });

    it('plays prep, sides left then right, rests and repetitions, each starting exactly at its boundary', () => {
      const { clock, timer } = started();
      const ends = boundaries(ROUTINE);
      for (let i = 0; i < ROUTINE.length - 1; i++) {
        clock.t = ends[i] - 1;
        expect(timer.update(), `before boundary ${i}`).to.deep.equal([]);
        expect(timer.snapshot().index).to.equal(i);
        expect(timer.snapshot().remainingMs).to.equal(1);
        clock.t = ends[i];
        expect(timer.update(), `at boundary ${i}`).to.deep.equal([
          { type: 'segment', index: i + 1, segment: ROUTINE[i + 1], reason: 'time', lateMs: 0 },
        ]);
        const s = timer.snapshot();
        expect(s.index).to.equal(i + 1);
        expect(s.phase).to.equal(ROUTINE[i + 1].phase);
        expect(s.side).to.equal(ROUTINE[i + 1].side);
        expect(s.remainingMs).to.equal(ROUTINE[i + 1].seconds * 1000);
      }
    });

    it('completes at the total time with the active time in the completion event', () => {
      const { clock, timer } = started();
      clock.t = TOTAL - 1;
      timer.update();
      expect(timer.status).to.equal('running');
      clock.t = TOTAL;
      expect(timer.update()).to.deep.equal([{ type: 'complete', elapsedMs: TOTAL, lateMs: 0 }]);
      clock.t += 5000;
      expect(timer.update()).to.deep.equal([]);
      expect(timer.msUntilNextBoundary()).to.equal(null);
      const s = timer.snapshot();
      expect(s).to.include({
        status: 'complete',
        phase: 'complete',
        segment: null,
        index: ROUTINE.length - 1,
        stepIndex: 1,
        remainingMs: 0,
        segmentMs: 0,
        elapsedMs: TOTAL,
        progress: 1,
        next: null,
      });
    });

    it('reports step position, side, elapsed time and overall progress mid-segment', () => {
      const { clock, timer } = started();
      clock.t = 30_000; // 5 s into neck right, repetition 1
      expect(timer.snapshot()).to.deep.equal({
        status: 'running',
        index: 2,
        segment: ROUTINE[2],
        phase: 'hold',
        stepIndex: 0,
        stepCount: 2,
        side: 'right',
        remainingMs: 15_000,
        segmentMs: 20_000,
        elapsedMs: 30_000,
        totalMs: TOTAL,
        progress: 30_000 / TOTAL,
        next: ROUTINE[3],
      });
      clock.t = 120_000; // chest repetition 1
      expect(timer.snapshot()).to.include({ index: 7, stepIndex: 1, side: null, remainingMs: 15_000 });
    });

    it('shows as "up next" the next segment that differs in phase, step or side', () => {
      const { clock, timer } = started();
      const upNext: (number | null)[] = [];
      for (const end of [0, ...boundaries(ROUTINE).slice(0, -1)]) {
        clock.t = end;
        const next = timer.snapshot().next;
        upNext.push(next ? ROUTINE.indexOf(next) : null);
      }
      // prep → left, left → right, right → rest, rest → left, …, last hold → nothing
      expect(upNext).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, null]);
    });

    it('skips repeated identical holds in "up next" (repetitions without rest)', () => {
      const segments = build(0, [
        { id: 'a', hold: 10, sides: 'none', reps: 3, rest: 0 },
        { id: 'b', hold: 10, sides: 'none', reps: 1, rest: 0 },
      ]);
      const { timer } = started(segments);
      expect(timer.snapshot().next).to.equal(segments[3]);
    });

    it('a snapshot after a deadline already shows the new segment; update() still reports the transition', () => {
      const { clock, timer } = started();
      clock.t = 6000;
      expect(timer.snapshot().index).to.equal(1);
      expect(timer.snapshot().remainingMs).to.equal(19_000);
      expect(timer.update()).to.deep.equal([
        { type: 'segment', index: 1, segment: ROUTINE[1], reason: 'time', lateMs: 1000 },
      ]);
    });

    it('counts steps by their step index whatever index the prep carries', () => {
      const segments = ROUTINE.map((s) => (s.phase === 'prep' ? { ...s, stepIndex: -1, stepId: '' } : s));
      const { timer } = started(segments);
      expect(timer.snapshot()).to.include({ stepIndex: 0, stepCount: 2 });
      timer.next();
      expect(timer.snapshot()).to.include({ index: 1, stepIndex: 0 });
      timer.next();
      expect(timer.snapshot()).to.include({ index: 7, stepIndex: 1 });
    });

    it('plays a routine without prep from its first hold', () => {
      const segments = ROUTINE.slice(1);
      const { timer } = started(segments);
      expect(timer.snapshot()).to.include({ phase: 'hold', side: 'left', stepIndex: 0, stepCount: 2 });
    });
  });

  describe('pause and resume', () => {
    it('freezes the remaining time while paused and excludes the pause from the elapsed time', () => {
      const { clock, timer } = started();
      clock.t = 12_000; // 7 s into neck left
      expect(timer.pause()).to.equal(true);
      expect(timer.status).to.equal('paused');
      expect(segmentEvents(timer.update())).to.deep.equal(['time:1']);
      clock.t = 600_000; // ten minutes away
      expect(timer.update()).to.deep.equal([]);
      expect(timer.msUntilNextBoundary()).to.equal(null);
      expect(timer.snapshot()).to.include({
        status: 'paused',
        phase: 'hold',
        index: 1,
        remainingMs: 13_000,
        elapsedMs: 12_000,
      });
      expect(timer.resume()).to.equal(true);
      expect(timer.snapshot()).to.include({ status: 'running', index: 1, remainingMs: 13_000, elapsedMs: 12_000 });
      clock.t += 13_000;
      expect(timer.update()).to.deep.equal([
        { type: 'segment', index: 2, segment: ROUTINE[2], reason: 'time', lateMs: 0 },
      ]);
      clock.t = 600_000 - 12_000 + TOTAL;
      expect(timer.update().at(-1)).to.deep.equal({ type: 'complete', elapsedMs: TOTAL, lateMs: 0 });
    });

    it('keeps time right across many pauses', () => {
      const { clock, timer } = started();
      let paused = 0;
      for (let i = 0; i < 20; i++) {
        clock.t += 3_333;
        timer.pause();
        clock.t += 10_000;
        paused += 10_000;
        timer.resume();
      }
      expect(timer.snapshot().elapsedMs).to.equal(clock.t - paused);
      clock.t = TOTAL + paused;
      expect(timer.update().at(-1)).to.deep.equal({ type: 'complete', elapsedMs: TOTAL, lateMs: 0 });
    });

    it('refuses pause and resume when they make no sense', () => {
      const clock = fakeClock();
      const timer = new RoutineClock(ROUTINE, clock);
      expect(timer.pause(), 'pause when idle').to.equal(false);
      expect(timer.resume(), 'resume when idle').to.equal(false);
      timer.start();
      expect(timer.resume(), 'resume when running').to.equal(false);
      timer.pause();
      expect(timer.pause(), 'pause when paused').to.equal(false);
      timer.resume();
      clock.t = TOTAL;
      expect(timer.pause(), 'pause after the end').to.equal(false);
      expect(timer.status).to.equal('complete');
      expect(timer.resume(), 'resume when complete').to.equal(false);
    });

    it('pauses in the segment the clock has reached, even without an update since', () => {
      const { clock, timer } = started();
      clock.t = 47_000;
      expect(timer.pause()).to.equal(true);
      expect(timer.snapshot()).to.include({ index: 3, phase: 'rest', remainingMs: 8000 });
      expect(segmentEvents(timer.update())).to.deep.equal(['time:1', 'time:2', 'time:3']);
    });
  });

  describe('next and previous', () => {
    it('next() from the prep goes to the first step with its full time', () => {
      const { clock, timer } = started();
      clock.t = 2000;
      expect(timer.next()).to.equal(true);
      expect(timer.update()).to.deep.equal([
        { type: 'segment', index: 1, segment: ROUTINE[1], reason: 'next', lateMs: 0 },
      ]);
      expect(timer.snapshot()).to.include({ index: 1, remainingMs: 20_000, elapsedMs: 2000 });
      clock.t = 22_000;
      expect(timer.update()).to.deep.equal([
        { type: 'segment', index: 2, segment: ROUTINE[2], reason: 'time', lateMs: 0 },
      ]);
    });

    it('next() skips the rest of the step: other side, repetitions and rests', () => {
      for (const at of [6_000, 30_000, 50_000, 70_000, 100_000]) {
        const { clock, timer } = started();
        clock.t = at;
        timer.update();
        expect(timer.next()).to.equal(true);
        expect(timer.update().at(-1), `from ${at} ms`).to.include({ type: 'segment', index: 7, reason: 'next' });
        expect(timer.snapshot()).to.include({ index: 7, stepIndex: 1, remainingMs: 30_000 });
      }
    });

    it('next() on the last step completes the routine with the active time so far', () => {
      const { clock, timer } = started();
      timer.next();
      timer.next();
      clock.t = 4000;
      expect(timer.next()).to.equal(true);
      expect(timer.update()).to.deep.equal([
        { type: 'segment', index: 1, segment: ROUTINE[1], reason: 'next', lateMs: 0 },
        { type: 'segment', index: 7, segment: ROUTINE[7], reason: 'next', lateMs: 0 },
        { type: 'complete', elapsedMs: 4000, lateMs: 0 },
      ]);
      expect(timer.snapshot()).to.include({ status: 'complete', progress: 1, elapsedMs: 4000 });
      expect(timer.next()).to.equal(false);
      expect(timer.previous()).to.equal(false);
      expect(timer.update()).to.deep.equal([]);
    });

    it('a transition by time and a command are reported in the order they happened', () => {
      const { clock, timer } = started();
      clock.t = 6000;
      timer.next();
      expect(segmentEvents(timer.update())).to.deep.equal(['time:1', 'next:7']);
    });

    it('previous() within 3 s of a step start goes to the previous step', () => {
      const { clock, timer } = started();
      timer.next();
      timer.next(); // chest, started at t = 0
      timer.update();
      clock.t = 3000; // exactly 3 s: not more than 3 s
      expect(timer.previous()).to.equal(true);
      expect(timer.update()).to.deep.equal([
        { type: 'segment', index: 1, segment: ROUTINE[1], reason: 'previous', lateMs: 0 },
      ]);
      expect(timer.snapshot()).to.include({ index: 1, remainingMs: 20_000, elapsedMs: 3000 });
    });

    it('previous() after more than 3 s restarts the current step', () => {
      const { clock, timer } = started();
      timer.next();
      timer.next();
      clock.t = 3001;
      expect(timer.previous()).to.equal(true);
      expect(segmentEvents(timer.update()).at(-1)).to.equal('previous:7');
      expect(timer.snapshot()).to.include({ index: 7, remainingMs: 30_000 });
    });

    it('previous() counts the time spent in the step across its sides, repetitions and rests', () => {
      const { clock, timer } = started();
      timer.next(); // chest at t = 0 … now run into its rest
      timer.next();
      clock.t = 31_000; // 1 s into the chest rest: 31 s into the step
      timer.update();
      timer.previous();
      expect(timer.snapshot().index).to.equal(7);
      const again = started();
      again.clock.t = 26_000; // 1 s into neck right: 21 s into the neck step
      again.timer.previous();
      expect(again.timer.snapshot()).to.include({ index: 1, remainingMs: 20_000 });
    });

    it('previous() on the first step restarts the first step, before or after 3 s', () => {
      for (const at of [5_500, 8_000, 60_000]) {
        const { clock, timer } = started();
        clock.t = at;
        timer.update();
        expect(timer.previous()).to.equal(true);
        expect(segmentEvents(timer.update()), `at ${at} ms`).to.deep.equal(['previous:1']);
        expect(timer.snapshot()).to.include({ index: 1, remainingMs: 20_000 });
      }
    });

    it('previous() in the prep restarts the prep, never skipping forward', () => {
      const { clock, timer } = started();
      clock.t = 4000;
      expect(timer.previous()).to.equal(true);
      expect(segmentEvents(timer.update())).to.deep.equal(['previous:0']);
      expect(timer.snapshot()).to.include({ index: 0, phase: 'prep', remainingMs: 5000 });
    });

    it('next() and previous() do nothing when idle, complete or stopped', () => {
      const clock = fakeClock();
      const timer = new RoutineClock(ROUTINE, clock);
      expect(timer.next()).to.equal(false);
      expect(timer.previous()).to.equal(false);
      timer.start();
      timer.stop();
      timer.update();
      expect(timer.next()).to.equal(false);
      expect(timer.previous()).to.equal(false);
      expect(timer.update()).to.deep.equal([]);
      expect(timer.snapshot()).to.include({ status: 'stopped', index: 0 });
    });

    it('while paused, next() and previous() move and stay paused with the full time remaining', () => {
      const { clock, timer } = started();
      clock.t = 10_000;
      timer.pause();
      expect(timer.next()).to.equal(true);
      expect(timer.snapshot()).to.include({ status: 'paused', index: 7, remainingMs: 30_000 });
      clock.t = 50_000;
      expect(timer.snapshot()).to.include({ status: 'paused', index: 7, remainingMs: 30_000, elapsedMs: 10_000 });
      expect(timer.previous()).to.equal(true);
      expect(timer.snapshot()).to.include({ status: 'paused', index: 1, remainingMs: 20_000 });
      expect(segmentEvents(timer.update())).to.deep.equal(['time:1', 'next:7', 'previous:1']);
      timer.resume();
      clock.t += 20_000;
      expect(segmentEvents(timer.update())).to.deep.equal(['time:2']);
    });

    it('next() on the last step while paused completes the routine', () => {
      const { clock, timer } = started();
      timer.next();
      timer.next();
      clock.t = 7000;
      timer.pause();
      clock.t = 90_000;
      expect(timer.next()).to.equal(true);
      expect(timer.update().at(-1)).to.deep.equal({ type: 'complete', elapsedMs: 7000, lateMs: 0 });
      expect(timer.status).to.equal('complete');
    });

    it('progress follows the position in the routine; elapsed counts only time actually spent', () => {
      const { clock, timer } = started();
      clock.t = 1000;
      timer.next();
      timer.next();
      expect(timer.snapshot().progress).to.equal(105_000 / TOTAL);
      expect(timer.snapshot().elapsedMs).to.equal(1000);
    });
  });

  describe('catching up after throttling or a blocked main thread', () => {
    it('after 7 minutes hidden at once, lands in the right segment and reports every transition in order', () => {
      const { clock, timer } = started(TEN_MINUTES, 10_000);
      clock.t += 7 * 60_000;
      const expected = locate(TEN_MINUTES, 7 * 60_000)!;
      const events = timer.update();
      const ends = boundaries(TEN_MINUTES);
      expect(events.map((e) => (e.type === 'segment' ? e.index : -1))).to.deep.equal(
        Array.from({ length: expected.index }, (_, i) => i + 1),
      );
      for (const e of events) {
        if (e.type !== 'segment') throw new Error('unexpected completion');
        expect(e.reason).to.equal('time');
        expect(e.segment).to.equal(TEN_MINUTES[e.index]);
        expect(e.lateMs).to.equal(7 * 60_000 - ends[e.index - 1]);
      }
      const s = timer.snapshot();
      expect(s.index).to.equal(expected.index);
      expect(s.remainingMs).to.equal(expected.remainingMs);
      expect(s.elapsedMs).to.equal(7 * 60_000);
      // 7:00 is exactly where step c's first rest begins: it has all its 20 s left.
      expect(s.segment).to.deep.include({ stepId: 'c', phase: 'rest', side: null, repetition: 1 });
      expect(s.remainingMs).to.equal(20_000);
    });

    it('a hidden stretch longer than the routine completes it with the exact routine time', () => {
      const { clock, timer } = started(TEN_MINUTES);
      clock.t = 60 * 60_000;
      const events = timer.update();
      expect(events).to.have.length(TEN_MINUTES.length);
      expect(events.at(-1)).to.deep.equal({ type: 'complete', elapsedMs: 600_000, lateMs: 3_000_000 });
    });

    it('carries the overshoot of a late update over, so a blocked thread loses no time', () => {
      const { clock, timer } = started();
      clock.t = 4000;
      timer.update();
      clock.t = 6500; // blocked 2.5 s across the prep's end
      expect(timer.update()).to.deep.equal([
        { type: 'segment', index: 1, segment: ROUTINE[1], reason: 'time', lateMs: 1500 },
      ]);
      expect(timer.snapshot().remainingMs).to.equal(18_500);
      clock.t = 25_000;
      expect(segmentEvents(timer.update())).to.deep.equal(['time:2']);
    });
  });

  describe('drift', () => {
    it('a 10-minute routine driven by irregular updates ends exactly on time', () => {
      const next = random(0x5eed);
      const t0 = 12_345.678;
      const { clock, timer } = started(TEN_MINUTES, t0);
      const ends = boundaries(TEN_MINUTES);
      let completion: { elapsedMs: number; at: number } | null = null;
      let worstBoundaryError = 0;
      let updates = 0;
      while (!completion && updates < 10_000) {
        clock.t += 900 + next() * 800;
        updates++;
        for (const e of timer.update()) {
          const happened = clock.t - e.lateMs - t0;
          const expected = e.type === 'segment' ? ends[e.index - 1] : ends.at(-1)!;
          worstBoundaryError = Math.max(worstBoundaryError, Math.abs(happened - expected));
          if (e.type === 'complete') completion = { elapsedMs: e.elapsedMs, at: clock.t - t0 };
        }
      }
      expect(completion, 'completed').to.not.equal(null);
      const drift = completion!.elapsedMs - 600_000;
      console.log(
        `[routine-clock] 10-minute routine, ${updates} irregular updates: drift ${drift} ms, ` +
          `worst boundary error ${worstBoundaryError.toExponential(2)} ms, noticed ${(completion!.at - 600_000).toFixed(0)} ms after the end`,
      );
      expect(Math.abs(drift)).to.be.at.most(50);
      expect(Math.abs(drift)).to.be.below(1e-6);
      expect(worstBoundaryError).to.be.below(1e-6);
      expect(completion!.at - 600_000).to.be.within(0, 1700);
    });
  });

  describe('a clock that moves between readings (a busy or preempted main thread)', () => {
    /** A clock that moves on 0.7 ms every time it is read, as if each line took that long. */
    const creeping = (t0 = 0) => {
      const clock = fakeClock(t0);
      return {
        clock,
        reader: {
          now() {
            clock.t += 0.7;
            return clock.t;
          },
        },
      };
    };

    it('reports exactly the time spent: no reading-to-reading gap counts as elapsed', () => {
      const { clock, reader } = creeping(5000);
      const timer = new RoutineClock(ROUTINE, reader);
      timer.start();
      timer.update();
      let complete: TimerEvent | undefined;
      for (let i = 0; i < 200 && !complete; i++) {
        clock.t += 1000;
        complete = timer.update().find((e) => e.type === 'complete');
      }
      expect(complete, 'completed').to.not.equal(undefined);
      expect((complete as { elapsedMs: number }).elapsedMs).to.be.closeTo(TOTAL, 1e-6);
    });

    it('while paused and after resuming, time spent plus time left is exactly the segment', () => {
      const { clock, reader } = creeping(0);
      const timer = new RoutineClock(ROUTINE, reader);
      timer.start();
      clock.t += 2000;
      timer.pause();
      const paused = timer.snapshot();
      expect(paused.elapsedMs + paused.remainingMs).to.be.closeTo(ROUTINE[0].seconds * 1000, 1e-6);
      clock.t += 60_000; // a long pause counts for nothing
      timer.resume();
      timer.pause();
      const again = timer.snapshot();
      expect(again.elapsedMs + again.remainingMs).to.be.closeTo(ROUTINE[0].seconds * 1000, 1e-6);
    });
  });

  describe('stop', () => {
    it('stops where the user is, freezes the time and nothing further happens', () => {
      const { clock, timer } = started();
      clock.t = 30_000;
      expect(timer.stop()).to.equal(true);
      expect(segmentEvents(timer.update())).to.deep.equal(['time:1', 'time:2']);
      clock.t = 500_000;
      expect(timer.update()).to.deep.equal([]);
      expect(timer.snapshot()).to.include({
        status: 'stopped',
        phase: 'stopped',
        index: 2,
        segment: ROUTINE[2],
        remainingMs: 15_000,
        elapsedMs: 30_000,
        next: null,
      });
      expect(timer.msUntilNextBoundary()).to.equal(null);
      for (const command of ['pause', 'resume', 'next', 'previous', 'stop'] as const) {
        expect(timer[command](), command).to.equal(false);
      }
      expect(timer.status).to.equal('stopped');
    });

    it('stops a paused routine too, but not an idle or complete one', () => {
      const { clock, timer } = started();
      timer.pause();
      expect(timer.stop()).to.equal(true);
      const idle = new RoutineClock(ROUTINE, clock);
      expect(idle.stop()).to.equal(false);
      expect(idle.status).to.equal('idle');
      const done = started();
      done.clock.t = TOTAL;
      expect(done.timer.stop()).to.equal(false);
      expect(done.timer.status).to.equal('complete');
    });

    it('start() after stop begins again from the start', () => {
      const { clock, timer } = started();
      clock.t = 30_000;
      timer.stop();
      timer.update();
      clock.t = 40_000;
      expect(timer.start()).to.equal(true);
      expect(segmentEvents(timer.update())).to.deep.equal(['start:0']);
      expect(timer.snapshot()).to.include({ status: 'running', index: 0, remainingMs: 5000, elapsedMs: 0 });
    });
  });

  describe('start and reset', () => {
    it('start() is refused while running or paused', () => {
      const { timer } = started();
      expect(timer.start()).to.equal(false);
      timer.pause();
      expect(timer.start()).to.equal(false);
      expect(timer.update()).to.deep.equal([]);
    });

    it('start() after completion plays the routine again', () => {
      const { clock, timer } = started();
      clock.t = TOTAL + 1000;
      timer.update();
      expect(timer.start()).to.equal(true);
      expect(segmentEvents(timer.update())).to.deep.equal(['start:0']);
      clock.t += TOTAL;
      expect(timer.update().at(-1)).to.deep.equal({ type: 'complete', elapsedMs: TOTAL, lateMs: 0 });
    });

    it('reset() goes back to idle at the start from any other status', () => {
      for (const prepare of [
        (t: RoutineClock) => t.next(),
        (t: RoutineClock) => t.pause(),
        (t: RoutineClock) => t.stop(),
        (t: RoutineClock) => t.next() && t.next() && t.next(),
      ]) {
        const { clock, timer } = started();
        clock.t = 8000;
        prepare(timer);
        timer.update();
        expect(timer.reset()).to.equal(true);
        clock.t += 100_000;
        expect(timer.update()).to.deep.equal([]);
        expect(timer.snapshot()).to.include({
          status: 'idle',
          index: 0,
          segment: null,
          elapsedMs: 0,
          progress: 0,
        });
        expect(timer.start()).to.equal(true);
        expect(timer.snapshot()).to.include({ index: 0, remainingMs: 5000 });
      }
    });

    it('reset() when idle does nothing', () => {
      const timer = new RoutineClock(ROUTINE, fakeClock());
      expect(timer.reset()).to.equal(false);
    });
  });

  describe('setSegments (hold scale)', () => {
    const scaled = (factor: number) =>
      ROUTINE.map((s) => (s.phase === 'hold' ? { ...s, seconds: s.seconds * factor } : s));

    it('keeps the position and scales the time left in the current hold', () => {
      const { clock, timer } = started();
      clock.t = 33_000; // neck right, 12 s of 20 left
      timer.update();
      expect(timer.setSegments(scaled(2))).to.equal(true);
      expect(timer.segments[2].seconds).to.equal(40);
      expect(timer.snapshot()).to.include({
        index: 2,
        remainingMs: 24_000,
        segmentMs: 40_000,
        elapsedMs: 33_000,
        totalMs: 5_000 + 8 * 20_000 + 20_000 + 5_000 + 120_000,
      });
      clock.t += 24_000;
      expect(segmentEvents(timer.update())).to.deep.equal(['time:3']);
      clock.t += 10_000;
      timer.update();
      expect(timer.snapshot()).to.include({ index: 4, remainingMs: 40_000 });
    });

    it('scales a paused hold and stays paused; leaves rests as they are', () => {
      const { clock, timer } = started();
      clock.t = 13_000; // neck left, 12 s left
      timer.pause();
      expect(timer.setSegments(scaled(0.5))).to.equal(true);
      expect(timer.snapshot()).to.include({ status: 'paused', index: 1, remainingMs: 6000, segmentMs: 10_000 });
      timer.resume();
      clock.t += 6000 + 10_000; // the right side (10 s) ends, the rest begins
      timer.update();
      expect(timer.snapshot()).to.include({ index: 3, phase: 'rest', remainingMs: 10_000 });
    });

    it('re-timed segments apply from the start when idle', () => {
      const clock = fakeClock();
      const timer = new RoutineClock(ROUTINE, clock);
      expect(timer.setSegments(scaled(1.5))).to.equal(true);
      timer.start();
      clock.t = 5000;
      expect(timer.snapshot()).to.include({ index: 1, remainingMs: 30_000 });
    });

    it('refuses invalid lists or a different number of segments, changing nothing', () => {
      const { clock, timer } = started();
      clock.t = 10_000;
      const before = timer.snapshot();
      const broken = scaled(1).map((s, i) => (i === 4 ? { ...s, seconds: 0 } : s));
      expect(timer.setSegments(broken)).to.equal(false);
      expect(timer.setSegments(ROUTINE.slice(1))).to.equal(false);
      expect(timer.setSegments([])).to.equal(false);
      expect(timer.snapshot()).to.deep.equal(before);
    });
  });

  describe('serialize and restore across a reload', () => {
    const HOUR = 3_600_000;
    const wall = 1_700_000_000_000;
    /** The state as it comes back out of sessionStorage. */
    const saved = (timer: RoutineClock, at = wall) => JSON.parse(JSON.stringify(timer.serialize(at))) as unknown;

    it('serializes to plain JSON', () => {
      const { clock, timer } = started();
      clock.t = 12_500;
      expect(saved(timer)).to.deep.equal({
        version: 1,
        status: 'running',
        index: 1,
        remainingMs: 12_500,
        elapsedMs: 12_500,
        segmentCount: ROUTINE.length,
        savedAt: wall,
      });
    });

    it('a running routine goes on in the same segment after a short reload', () => {
      const { clock, timer } = started(ROUTINE, 50_000);
      clock.t += 12_500;
      const state = saved(timer);
      const reloaded = fakeClock(3); // performance.now() starts again near 0
      const restored = RoutineClock.restore(ROUTINE, reloaded, state, wall + 2000)!;
      expect(restored.update()).to.deep.equal([]);
      expect(restored.snapshot()).to.include({ status: 'running', index: 1, remainingMs: 10_500, elapsedMs: 14_500 });
      reloaded.t += 10_500;
      expect(segmentEvents(restored.update())).to.deep.equal(['time:2']);
    });

    it('a running routine moves on through the segments that passed during the reload', () => {
      const { clock, timer } = started();
      clock.t = 12_500;
      const restored = RoutineClock.restore(ROUTINE, fakeClock(), saved(timer), wall + 40_000)!;
      expect(restored.snapshot()).to.include({ status: 'running', index: 3, remainingMs: 2_500, elapsedMs: 52_500 });
      const events = restored.update();
      expect(segmentEvents(events)).to.deep.equal(['time:2', 'time:3']);
      expect(events.map((e) => e.lateMs)).to.deep.equal([27_500, 7_500]);
    });

    it('a running routine that would have ended during the reload is complete', () => {
      const { clock, timer } = started();
      clock.t = 100_000;
      const restored = RoutineClock.restore(ROUTINE, fakeClock(), saved(timer), wall + HOUR)!;
      expect(restored.status).to.equal('complete');
      expect(restored.update().at(-1)).to.deep.equal({ type: 'complete', elapsedMs: TOTAL, lateMs: HOUR - 70_000 });
      expect(restored.snapshot()).to.include({ progress: 1, elapsedMs: TOTAL });
    });

    it('a paused routine stays paused with the same time left', () => {
      const { clock, timer } = started();
      clock.t = 80_000;
      timer.pause();
      const restored = RoutineClock.restore(ROUTINE, fakeClock(), saved(timer), wall + 11 * HOUR)!;
      expect(restored.snapshot()).to.include({ status: 'paused', index: 5, remainingMs: 15_000, elapsedMs: 80_000 });
      expect(restored.update()).to.deep.equal([]);
      expect(restored.resume()).to.equal(true);
    });

    it('round-trips idle, stopped and complete too', () => {
      const clock = fakeClock();
      const idle = new RoutineClock(ROUTINE, clock);
      expect(RoutineClock.restore(ROUTINE, clock, saved(idle), wall)!.snapshot()).to.deep.equal(idle.snapshot());
      const stopped = started();
      stopped.clock.t = 30_000;
      stopped.timer.stop();
      const back = RoutineClock.restore(ROUTINE, fakeClock(), saved(stopped.timer), wall + HOUR)!;
      expect(back.snapshot()).to.include({ status: 'stopped', index: 2, remainingMs: 15_000 });
      const done = started();
      done.clock.t = TOTAL;
      const restoredDone = RoutineClock.restore(ROUTINE, fakeClock(), saved(done.timer), wall)!;
      expect(restoredDone.snapshot()).to.include({ status: 'complete', elapsedMs: TOTAL, progress: 1 });
    });

    it('tolerates a rounding error of up to 1 ms over the segment length', () => {
      const { timer } = started();
      timer.pause();
      const state = { ...(saved(timer) as object), remainingMs: 5000.5 };
      expect(restoredSnapshot(ROUTINE, state, wall)).to.include({ status: 'paused', index: 0, remainingMs: 5000 });
    });

    it('accepts a save time slightly in the future (clock adjustment) as no time passed', () => {
      const { clock, timer } = started();
      clock.t = 12_500;
      const restored = RoutineClock.restore(ROUTINE, fakeClock(), saved(timer, wall + 30_000), wall)!;
      expect(restored.snapshot()).to.include({ index: 1, remainingMs: 12_500 });
    });

    it('refuses every kind of invalid, foreign or stale state with null, never a throw', () => {
      const { clock, timer } = started();
      clock.t = 12_500;
      const good = saved(timer) as Record<string, unknown>;
      const bad: [string, unknown, number?][] = [
        ['null', null],
        ['undefined', undefined],
        ['a number', 42],
        ['a string', JSON.stringify(good)],
        ['an array', [good]],
        ['an empty object', {}],
        ['another version', { ...good, version: 2 }],
        ['a string version', { ...good, version: '1' }],
        ['an unknown status', { ...good, status: 'playing' }],
        ['no status', { ...good, status: undefined }],
        ['an index past the end', { ...good, index: ROUTINE.length }],
        ['a negative index', { ...good, index: -1 }],
        ['a fractional index', { ...good, index: 1.5 }],
        ['a string index', { ...good, index: '1' }],
        ['a negative remaining time', { ...good, remainingMs: -1 }],
        ['a remaining time of null (NaN in JSON)', { ...good, remainingMs: null }],
        ['an infinite remaining time', { ...good, remainingMs: Infinity }],
        ['more time left than the segment has', { ...good, remainingMs: 20_002 }],
        ['a negative elapsed time', { ...good, elapsedMs: -5 }],
        ['a string elapsed time', { ...good, elapsedMs: '12500' }],
        ['no save time', { ...good, savedAt: undefined }],
        ['a string save time', { ...good, savedAt: String(wall) }],
        ['a save time more than a minute in the future', { ...good, savedAt: wall + 61_000 }],
        ['a save time older than 12 hours', { ...good, savedAt: wall - 12 * HOUR - 1 }],
        ['another routine (segment count)', { ...good, segmentCount: ROUTINE.length + 1 }],
        ['no segment count', { ...good, segmentCount: undefined }],
        ['a non-finite wall clock', good, NaN],
      ];
      for (const [what, state, now = wall] of bad) {
        expect(restoredSnapshot(ROUTINE, state, now), what).to.equal(null);
      }
      expect(restoredSnapshot([], good, wall), 'invalid segments').to.equal(null);
      expect(restoredSnapshot(ROUTINE, good, wall), 'the good state itself').to.include({ index: 1 });
      const edge = { ...good, savedAt: wall - 12 * HOUR };
      expect(restoredSnapshot(ROUTINE, edge, wall), 'exactly 12 hours').to.include({ status: 'complete' });
    });
  });

  describe('invalid segments', () => {
    const hold = ROUTINE[1];
    const cases: [string, unknown, RegExp][] = [
      ['no segments', [], /no segments/],
      ['not a list', null, /no segments/],
      ['a zero-second hold', [{ ...hold, seconds: 0 }], /Segment 1 lasts 0 seconds/],
      ['a negative rest', [hold, { ...ROUTINE[3], seconds: -10 }], /Segment 2 lasts -10 seconds/],
      ['a NaN hold', [{ ...hold, seconds: NaN }], /lasts NaN seconds/],
      ['an infinite hold', [{ ...hold, seconds: Infinity }], /lasts Infinity seconds/],
      ['a string duration', [{ ...hold, seconds: '30' }], /positive number of seconds/],
      ['a missing duration', [{ ...hold, seconds: undefined }], /lasts undefined seconds/],
      ['a null segment', [hold, null], /Segment 2 is not a segment/],
      ['an unknown phase', [{ ...hold, phase: 'warmup' }], /unknown phase/],
      ['no step index', [{ ...hold, stepIndex: undefined }], /no step index/],
      ['a prep and nothing to hold', [ROUTINE[0]], /no step/],
    ];

    for (const [what, segments, message] of cases) {
      it(`${what}: no throw, valid false with a message, every command a no-op`, () => {
        const clock = fakeClock();
        const timer = new RoutineClock(segments as TimedSegment[], clock);
        expect(timer.valid).to.equal(false);
        expect(timer.error).to.match(message);
        for (const command of ['start', 'pause', 'resume', 'next', 'previous', 'reset', 'stop'] as const) {
          expect(timer[command](), command).to.equal(false);
        }
        expect(timer.setSegments(ROUTINE)).to.equal(false);
        clock.t = 1e6;
        expect(timer.update()).to.deep.equal([]);
        expect(timer.msUntilNextBoundary()).to.equal(null);
        expect(timer.status).to.equal('idle');
        expect(timer.snapshot()).to.include({
          status: 'idle',
          phase: 'idle',
          segment: null,
          remainingMs: 0,
          elapsedMs: 0,
          totalMs: 0,
          progress: 0,
          stepCount: 0,
          next: null,
        });
        expect(restoredSnapshot(segments as TimedSegment[], timer.serialize(0), 0)).to.equal(null);
      });
    }
  });

  describe('msUntilNextBoundary', () => {
    it('is the time until the displayed second changes, at most the segment end', () => {
      const { clock, timer } = started();
      expect(timer.msUntilNextBoundary()).to.equal(1000); // 5 s left: 0:05 until 4000 ms left
      clock.t = 250;
      expect(timer.msUntilNextBoundary()).to.equal(750);
      clock.t = 1000;
      expect(timer.msUntilNextBoundary()).to.equal(1000);
      clock.t = 4600; // 400 ms left, shown as 0:01: the next change is the end
      expect(timer.msUntilNextBoundary()).to.equal(400);
      clock.t = 5000; // the hold began
      expect(timer.msUntilNextBoundary()).to.equal(1000);
      timer.pause();
      expect(timer.msUntilNextBoundary()).to.equal(null);
    });

    it('displayedSeconds() rounds up, so 0 shows only at the end', () => {
      expect([5000, 4999, 4001, 4000, 1, 0].map(displayedSeconds)).to.deep.equal([5, 5, 5, 4, 1, 0]);
    });

    it('waking exactly when it says shows every second once and every segment start on time', () => {
      const { clock, timer } = started();
      const shown: string[] = [];
      let wakeUps = 0;
      for (let wait = timer.msUntilNextBoundary(); wait !== null; wait = timer.msUntilNextBoundary()) {
        const before = timer.snapshot();
        clock.t += wait - 1;
        const early = timer.snapshot();
        expect(early.index).to.equal(before.index);
        expect(displayedSeconds(early.remainingMs)).to.equal(displayedSeconds(before.remainingMs));
        clock.t += 1;
        wakeUps++;
        timer.update();
        const s = timer.snapshot();
        if (s.segment) shown.push(`${s.index}:${displayedSeconds(s.remainingMs)}`);
      }
      expect(timer.status).to.equal('complete');
      // One wake-up per displayed second of the whole routine, no more.
      expect(wakeUps).to.equal(TOTAL / 1000);
      expect(new Set(shown).size).to.equal(shown.length);
      expect(clock.t).to.equal(TOTAL);
    });
  });
});
