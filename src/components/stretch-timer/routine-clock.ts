/**
 * The DOM-free timing core of `<bw-stretch-timer>`: a state machine that plays an ordered list
 * of timed segments (get ready, move, holds, side switches, rests) against an injected monotonic clock.
 *
 * Time comes from deadlines, never from counted ticks. The machine stores when the current
 * segment ends (or, when paused or stopped, how much of it was left) and every query catches up
 * to `clock.now()` first. A routine therefore ends on time however late or seldom it is asked,
 * and after a long time hidden it lands in the right segment with the right time left. When a
 * deadline has passed, the next segment ends one segment length after that deadline (not after
 * "now"), so no time is lost or gained however irregular the calls.
 *
 * Event contract: commands (`start`, `pause`, `resume`, `next`, `previous`, `reset`, `stop`,
 * `setSegments`) return `true` when they changed something and `false` (never a throw) when they
 * make no sense in the current status. Every segment change and the completion, whether caused by
 * time or by a command, is queued as a {@link TimerEvent}; `update()` catches up to the clock and
 * returns (and empties) that queue in order. Queries (`snapshot`, `status`,
 * `msUntilNextBoundary`, `serialize`) also catch up, queueing what they find for the next
 * `update()`. So the element calls `update()` after every command and in its timer callback,
 * handles the events, then renders `snapshot()`.
 */

import { PHASES, type Phase } from '../../data/sequence.js';
import type { Position } from '../../data/types.js';

/** One timed part of a routine, as produced by `routineSegments()` in `src/data/sequence.ts`. */
export interface TimedSegment {
  phase: Phase;
  stepIndex: number;
  stepId: string;
  side: 'left' | 'right' | null;
  repetition: number;
  seconds: number;
  /** Where the body is (for prep and move: where it is going), when the routine says. */
  position?: Position;
}

/** A monotonic clock in milliseconds, `performance` in the element, a fake one in tests. */
export interface Clock {
  now(): number;
}

export type TimerStatus = 'idle' | 'running' | 'paused' | 'complete' | 'stopped';
export type TimerPhase = 'idle' | TimedSegment['phase'] | 'complete' | 'stopped';

/**
 * A transition, in the order it happened. `lateMs` is how long after the boundary the machine
 * noticed it (0 for commands): a cue for a transition that happened long ago, e.g. while the page
 * was hidden or reloading, is better skipped.
 */
export type TimerEvent =
  | {
      type: 'segment';
      index: number;
      segment: TimedSegment;
      reason: 'time' | 'next' | 'previous' | 'start';
      lateMs: number;
    }
  | { type: 'complete'; elapsedMs: number; lateMs: number };

export interface TimerSnapshot {
  status: TimerStatus;
  /** The current segment's index: 0 when idle, the last one when complete. */
  index: number;
  /** The current segment; null when idle or complete (and when the segments are invalid). */
  segment: TimedSegment | null;
  phase: TimerPhase;
  /** 0-based position of the current step among the steps; prep counts as step 0. */
  stepIndex: number;
  stepCount: number;
  side: 'left' | 'right' | null;
  /** Time left in the current segment; 0 when there is no current segment. */
  remainingMs: number;
  /** Length of the current segment; 0 when there is no current segment. */
  segmentMs: number;
  /** Active time since start, excluding pauses and skipped time. */
  elapsedMs: number;
  totalMs: number;
  /** Position in the routine, 0–1: 0 when idle, 1 when complete. */
  progress: number;
  /** "Up next": the first later segment that differs in phase, step or side; null if none. */
  next: TimedSegment | null;
}

/** JSON-safe saved state, see {@link RoutineClock.serialize}. */
export interface SerializedClock {
  version: 1;
  status: TimerStatus;
  index: number;
  remainingMs: number;
  elapsedMs: number;
  /** Number of segments, so a state saved for another routine is refused. */
  segmentCount: number;
  /** Wall-clock time (`Date.now()`) when the state was saved. */
  savedAt: number;
}

/** The whole seconds a countdown shows for `remainingMs` (rounded up, so 0 only at the end). */
export function displayedSeconds(remainingMs: number): number {
  return Math.max(0, Math.ceil(remainingMs / 1000));
}

const VERSION = 1;
const STATUSES: readonly TimerStatus[] = ['idle', 'running', 'paused', 'complete', 'stopped'];
const PREVIOUS_RESTARTS_AFTER_MS = 3000;
const MAX_FUTURE_MS = 60_000;
const MAX_AGE_MS = 12 * 60 * 60 * 1000;

/** Why `segments` cannot be played, or null when they can. */
function problem(segments: unknown): string | null {
  if (!Array.isArray(segments) || segments.length === 0) return 'The routine has no segments to play.';
  for (const [i, s] of segments.entries()) {
    const where = `Segment ${i + 1}`;
    if (typeof s !== 'object' || s === null) return `${where} is not a segment.`;
    const { phase, seconds, stepIndex } = s as Partial<TimedSegment>;
    if (!(PHASES as readonly unknown[]).includes(phase)) return `${where} has an unknown phase.`;
    if (typeof stepIndex !== 'number' || !Number.isFinite(stepIndex)) return `${where} has no step index.`;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) {
      return `${where} lasts ${String(seconds)} seconds: every segment needs a positive number of seconds.`;
    }
  }
  if (!segments.some((s: TimedSegment) => s.phase === 'hold')) return 'The routine has no step to hold.';
  return null;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

export class RoutineClock {
  /** False when the segments cannot be played; then every command is a no-op. */
  readonly valid: boolean;
  /** Why the segments cannot be played, or null. */
  readonly error: string | null;

  private readonly clock: Clock;
  private list: readonly TimedSegment[] = [];
  private lengths: number[] = [];
  /** `offsets[i]`: ms of routine before segment i. */
  private offsets: number[] = [];
  private total = 0;
  /** Index of the first segment of each step, in order. */
  private stepStarts: number[] = [];
  /** Step ordinal of each segment (prep: the step it precedes). */
  private stepOf: number[] = [];

  private state: TimerStatus = 'idle';
  private index = 0;
  /** Clock time the current segment ends at (running). */
  private deadline = 0;
  /** Time left in the current segment (paused, stopped). */
  private remaining = 0;
  /** Active time before `runSince`. */
  private elapsedBefore = 0;
  /** Clock time the current run began at (running). */
  private runSince = 0;
  private queue: TimerEvent[] = [];

  constructor(segments: readonly TimedSegment[], clock: Clock) {
    this.clock = clock;
    this.error = problem(segments);
    this.valid = this.error === null;
    if (this.valid) this.load(segments);
  }

  /**
   * A clock saved by {@link serialize}, or null when `state` is invalid, foreign (another version
   * or routine), saved in the future by more than a minute or more than 12 hours ago. A running
   * clock has run on for the wall-clock time since `savedAt` (and may have moved on or
   * completed meanwhile: those transitions are queued with their `lateMs`); a paused one has the
   * same time left.
   */
  static restore(
    segments: readonly TimedSegment[],
    clock: Clock,
    state: unknown,
    wallNowMs: number,
  ): RoutineClock | null {
    const c = new RoutineClock(segments, clock);
    if (!c.valid || typeof state !== 'object' || state === null || !Number.isFinite(wallNowMs)) return null;
    const s = state as Record<string, unknown>;
    const status = s.status as TimerStatus;
    if (s.version !== VERSION || !STATUSES.includes(status) || s.segmentCount !== c.list.length) return null;
    const { index, remainingMs, elapsedMs, savedAt } = s;
    if (!isCount(index) || index >= c.list.length || !isAmount(remainingMs) || !isAmount(elapsedMs)) return null;
    if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return null;
    const age = wallNowMs - savedAt;
    if (age < -MAX_FUTURE_MS || age > MAX_AGE_MS || remainingMs > c.lengths[index] + 1) return null;

    if (status === 'idle') return c;
    c.state = status;
    c.index = status === 'complete' ? c.list.length - 1 : index;
    c.elapsedBefore = elapsedMs;
    c.remaining = Math.min(remainingMs, c.lengths[index]);
    if (status === 'running') {
      // Ran on for the wall-clock time since the save; the next query walks the segments.
      c.runSince = clock.now() - Math.max(0, age);
      c.deadline = c.runSince + c.remaining;
    }
    return c;
  }

  /** The segments being played. */
  get segments(): readonly TimedSegment[] {
    return this.list;
  }

  get status(): TimerStatus {
    this.catchUp();
    return this.state;
  }

  /** Starts from the first segment: from idle, or again after complete or stopped. */
  start(): boolean {
    if (!this.valid) return false;
    this.catchUp();
    if (this.state === 'running' || this.state === 'paused') return false;
    this.state = 'running';
    this.elapsedBefore = 0;
    // One reading for both ends: time that passes between two readings would count as elapsed.
    this.runSince = this.clock.now();
    this.moveTo(0, 'start', this.runSince);
    return true;
  }

  pause(): boolean {
    const now = this.clock.now();
    this.catchUp(now);
    if (this.state !== 'running') return false;
    this.halt(now);
    this.state = 'paused';
    return true;
  }

  resume(): boolean {
    if (this.state !== 'paused') return false;
    this.runSince = this.clock.now();
    this.deadline = this.runSince + this.remaining;
    this.state = 'running';
    return true;
  }

  /** To the first segment of the next step (from prep, the first step); completes on the last. */
  next(): boolean {
    const now = this.clock.now();
    if (!this.movable(now)) return false;
    const target = this.stepStarts.find((start) => start > this.index);
    if (target === undefined) {
      if (this.state === 'running') this.halt(now);
      this.complete(0);
    } else {
      this.moveTo(target, 'next', now);
    }
    return true;
  }

  /**
   * Restarts the current step when more than 3 s of it have passed, otherwise goes to the first
   * segment of the previous step; on the first step it restarts that step, in prep the prep.
   */
  previous(): boolean {
    const now = this.clock.now();
    if (!this.movable(now)) return false;
    const step = this.stepOf[this.index];
    let target = this.index;
    if (this.list[this.index].phase !== 'prep') {
      const start = this.stepStarts[step];
      const intoStep = this.offsets[this.index] - this.offsets[start] + this.lengths[this.index] - this.left(now);
      target = intoStep > PREVIOUS_RESTARTS_AFTER_MS || step === 0 ? start : this.stepStarts[step - 1];
    }
    this.moveTo(target, 'previous', now);
    return true;
  }

  /** Back to idle at the start. */
  reset(): boolean {
    this.catchUp();
    if (!this.valid || this.state === 'idle') return false;
    this.state = 'idle';
    this.index = 0;
    this.remaining = 0;
    this.elapsedBefore = 0;
    return true;
  }

  /** "Stop — this hurts": ends the routine where it is; only start() or reset() follow. */
  stop(): boolean {
    const now = this.clock.now();
    this.catchUp(now);
    if (this.state !== 'running' && this.state !== 'paused') return false;
    if (this.state === 'running') this.halt(now);
    this.state = 'stopped';
    return true;
  }

  /**
   * Catches up to the clock and returns every transition since the last call, in order,
   * including those caused by commands and those found by queries.
   */
  update(): TimerEvent[] {
    this.catchUp();
    const events = this.queue;
    this.queue = [];
    return events;
  }

  snapshot(): TimerSnapshot {
    this.catchUp();
    const status = this.state;
    const current = status === 'idle' || status === 'complete' || !this.valid ? null : this.list[this.index];
    const remainingMs = current ? this.left() : 0;
    const segmentMs = current ? this.lengths[this.index] : 0;
    let progress = 0;
    if (status === 'complete') progress = 1;
    else if (current) progress = (this.offsets[this.index] + segmentMs - remainingMs) / this.total;
    let phase: TimerPhase = status === 'complete' || status === 'stopped' ? status : 'idle';
    if (current && status !== 'stopped') phase = current.phase;
    let next: TimedSegment | null = null;
    if (status === 'idle') next = this.list[0] ?? null;
    else if (current && status !== 'stopped') {
      next =
        this.list
          .slice(this.index + 1)
          .find((s) => s.phase !== current.phase || s.stepIndex !== current.stepIndex || s.side !== current.side) ??
        null;
    }
    return {
      status,
      index: this.index,
      segment: current,
      phase,
      stepIndex: this.stepOf[this.index] ?? 0,
      stepCount: this.stepStarts.length,
      side: current?.side ?? null,
      remainingMs,
      segmentMs,
      elapsedMs: this.elapsed(),
      totalMs: this.total,
      progress,
      next,
    };
  }

  /**
   * Milliseconds until the displayed whole second of remaining time changes (see
   * {@link displayedSeconds}); the last such change is the segment's end. Null unless running.
   */
  msUntilNextBoundary(): number | null {
    this.catchUp();
    if (this.state !== 'running') return null;
    const left = this.left();
    return left - (Math.ceil(left / 1000) - 1) * 1000;
  }

  /**
   * Replaces the segments with a re-timed version of the same routine (e.g. a new hold scale),
   * keeping the position: same index, the current segment's time left scaled by new/old length.
   * False, changing nothing, when the new segments are invalid or their number differs.
   */
  setSegments(segments: readonly TimedSegment[]): boolean {
    if (!this.valid || problem(segments) !== null || segments.length !== this.list.length) return false;
    const now = this.clock.now();
    this.catchUp(now);
    const oldLength = this.lengths[this.index];
    const left = this.left(now);
    this.load(segments);
    const scaled = Math.min(this.lengths[this.index], (left * this.lengths[this.index]) / oldLength);
    if (this.state === 'running') this.deadline = now + scaled;
    else if (this.state === 'paused' || this.state === 'stopped') this.remaining = scaled;
    return true;
  }

  /** The state to keep across a reload, with `wallNowMs` = `Date.now()`; see {@link restore}. */
  serialize(wallNowMs: number): SerializedClock {
    this.catchUp();
    return {
      version: VERSION,
      status: this.state,
      index: this.index,
      remainingMs: this.state === 'idle' || this.state === 'complete' ? 0 : this.left(),
      elapsedMs: this.elapsed(),
      segmentCount: this.list.length,
      savedAt: wallNowMs,
    };
  }

  private load(segments: readonly TimedSegment[]): void {
    this.list = segments.slice();
    this.lengths = this.list.map((s) => s.seconds * 1000);
    this.offsets = [];
    this.total = 0;
    for (const length of this.lengths) {
      this.offsets.push(this.total);
      this.total += length;
    }
    // A step starts where a non-prep segment's stepIndex changes; prep precedes step 0.
    this.stepStarts = [];
    this.stepOf = [];
    let previousStep: number | null = null;
    this.list.forEach((s, i) => {
      if (s.phase !== 'prep' && s.stepIndex !== previousStep) {
        previousStep = s.stepIndex;
        this.stepStarts.push(i);
      }
      this.stepOf.push(Math.max(0, this.stepStarts.length - 1));
    });
  }

  /** Walks through every segment whose deadline has passed, carrying the overshoot over. */
  private catchUp(now = this.clock.now()): void {
    if (this.state !== 'running') return;
    while (now >= this.deadline) {
      const boundary = this.deadline;
      if (this.index === this.list.length - 1) {
        this.elapsedBefore += boundary - this.runSince;
        this.complete(now - boundary);
        return;
      }
      this.index++;
      this.deadline = boundary + this.lengths[this.index];
      this.queue.push({
        type: 'segment',
        index: this.index,
        segment: this.list[this.index],
        reason: 'time',
        lateMs: now - boundary,
      });
    }
  }

  /** Time left in the current segment. */
  private left(now = this.clock.now()): number {
    return this.state === 'running' ? Math.max(0, this.deadline - now) : this.remaining;
  }

  private elapsed(): number {
    const running = this.state === 'running' ? this.clock.now() - this.runSince : 0;
    return Math.max(0, this.elapsedBefore + running);
  }

  /** Freezes a running clock: keeps the time left and banks the active time. */
  private halt(now = this.clock.now()): void {
    this.remaining = Math.max(0, this.deadline - now);
    this.elapsedBefore += now - this.runSince;
  }

  private movable(now = this.clock.now()): boolean {
    this.catchUp(now);
    return this.state === 'running' || this.state === 'paused';
  }

  private moveTo(index: number, reason: 'next' | 'previous' | 'start', now = this.clock.now()): void {
    this.index = index;
    if (this.state === 'running') this.deadline = now + this.lengths[index];
    else this.remaining = this.lengths[index];
    this.queue.push({ type: 'segment', index, segment: this.list[index], reason, lateMs: 0 });
  }

  private complete(lateMs: number): void {
    this.state = 'complete';
    this.index = this.list.length - 1;
    this.remaining = 0;
    this.queue.push({ type: 'complete', elapsedMs: this.elapsedBefore, lateMs });
  }
}
