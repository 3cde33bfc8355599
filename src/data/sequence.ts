import type { Position, Routine, Side } from './types.js';

/** What a segment is for: get ready, move to a new position, hold, change sides, or rest. */
export const PHASES = ['prep', 'move', 'hold', 'switch', 'rest'] as const;
export type Phase = (typeof PHASES)[number];

/** One timed stretch of a routine, as the stretch timer plays it. */
export interface Segment {
  phase: Phase;
  /** Index into `routine.steps`: the step being prepared for, moved to, held or rested after. */
  stepIndex: number;
  /** Id of that step. */
  stepId: string;
  /** Side being worked, or (for `switch`) the side to change to; `null` otherwise. */
  side: Side | null;
  /** 1-based repetition of the step; 1 for prep and move. */
  repetition: number;
  seconds: number;
  /** Where the body is (for prep and move: where it is going), when the step says. */
  position?: Position;
}

export const MIN_HOLD_SCALE = 0.5;
export const MAX_HOLD_SCALE = 2;

/** Default seconds to change from the left side to the right. */
export const SWITCH_SECONDS = 5;

/**
 * Seconds to get into each position from standing, unhurried, for someone in pain. Moving between
 * two positions takes the longer of the two; the first position needs at least this much
 * get-ready time (and never under {@link MIN_PREP_SECONDS}).
 */
export const POSITION_SECONDS: Readonly<Record<Position, number>> = {
  standing: 10,
  chair: 10,
  bed: 15,
  'bed-sitting': 15,
  floor: 20,
  'floor-sitting': 20,
  'floor-face-down': 20,
  kneeling: 20,
};

/** The least get-ready time a bundled routine gives: time to read the first step and settle. */
export const MIN_PREP_SECONDS = 15;

/** Seconds to move from one position to another. */
export function moveSeconds(from: Position, to: Position): number {
  return Math.max(POSITION_SECONDS[from] ?? 10, POSITION_SECONDS[to] ?? 10);
}

/** The get-ready time a routine needs for its first position. */
export function prepSecondsFor(first: Position | undefined): number {
  return Math.max(MIN_PREP_SECONDS, first ? (POSITION_SECONDS[first] ?? 0) : 0);
}

export interface SegmentOptions {
  /** Multiplies holds and rests, 0.5–2 (clamped); 1 when not a finite number. */
  holdScale?: number;
  /** Seconds between the left and right side of a step; 0 for none. Default {@link SWITCH_SECONDS}. */
  switchSeconds?: number;
}

const clampScale = (v: unknown): number =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(MAX_HOLD_SCALE, Math.max(MIN_HOLD_SCALE, v)) : 1;

/**
 * The single source of truth for how a routine plays:
 *  1. a get-ready countdown (`prepSeconds > 0`) for the first step, in its position;
 *  2. for each step and each repetition, the hold — one for sides `none`, left then right for
 *     `left-then-right`, with a `switch` pause between the two sides — then a rest of
 *     `restSeconds`;
 *  3. when a step's position differs from the one before (chair to floor, say), a `move` segment
 *     of {@link moveSeconds} takes the place of the rest before it, or of a shorter rest;
 *  4. nothing rests after the routine's very last hold. Rests of 0 seconds are left out.
 *
 * The hold scale (`options.holdScale`, or a number for it; clamped to 0.5–2) multiplies holds and
 * rests, rounded to whole seconds, holds at least 1. Getting ready, moving and switching sides
 * take the time the body needs, whatever the holds. Expects a routine that passed
 * `validateRoutine`; for anything else it returns what it can and never throws.
 */
export function routineSegments(routine: Routine, options: SegmentOptions | number = {}): Segment[] {
  const opts = typeof options === 'number' ? { holdScale: options } : (options ?? {});
  const scale = clampScale(opts.holdScale);
  const switchSeconds = Math.max(0, Math.round(Number(opts.switchSeconds ?? SWITCH_SECONDS)) || 0);
  const steps = Array.isArray(routine?.steps) ? routine.steps : [];
  const out: Segment[] = [];
  if (steps.length === 0) return out;
  const withPosition = (segment: Segment, position: Position | undefined) =>
    out.push(position ? { ...segment, position } : segment);
  const prep = Number(routine.prepSeconds);
  if (prep > 0) {
    const first = steps[0]!;
    withPosition(
      { phase: 'prep', stepIndex: 0, stepId: first.id, side: null, repetition: 1, seconds: prep },
      first.position,
    );
  }
  let position = steps[0]!.position;
  steps.forEach((step, stepIndex) => {
    if (stepIndex > 0 && step.position && position && step.position !== position) {
      const last = out[out.length - 1];
      const move = moveSeconds(position, step.position);
      const seconds = last?.phase === 'rest' ? Math.max(move, out.pop()!.seconds) : move;
      withPosition({ phase: 'move', stepIndex, stepId: step.id, side: null, repetition: 1, seconds }, step.position);
    }
    position = step.position ?? position;
    const hold = Math.max(1, Math.round(Number(step.holdSeconds) * scale) || 1);
    const sides: (Side | null)[] = step.sides === 'left-then-right' ? ['left', 'right'] : [null];
    const reps = Math.max(1, Math.floor(Number(step.repetitions)) || 1);
    const rest = Math.max(0, Math.round((Number(step.restSeconds) || 0) * scale));
    for (let repetition = 1; repetition <= reps; repetition++) {
      sides.forEach((side, i) => {
        if (i > 0 && switchSeconds > 0)
          withPosition(
            { phase: 'switch', stepIndex, stepId: step.id, side, repetition, seconds: switchSeconds },
            step.position,
          );
        withPosition({ phase: 'hold', stepIndex, stepId: step.id, side, repetition, seconds: hold }, step.position);
      });
      if (rest > 0)
        withPosition(
          { phase: 'rest', stepIndex, stepId: step.id, side: null, repetition, seconds: rest },
          step.position,
        );
    }
  });
  if (out[out.length - 1]!.phase === 'rest') out.pop();
  return out;
}

/** Total seconds a routine takes with these options (or hold scale), derived from its segments. */
export function routineDurationSeconds(routine: Routine, options: SegmentOptions | number = {}): number {
  return routineSegments(routine, options).reduce((sum, s) => sum + s.seconds, 0);
}
