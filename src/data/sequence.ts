import type { Routine, Side } from './types.js';

/** One timed stretch of a routine, as the stretch timer plays it. */
export interface Segment {
  phase: 'prep' | 'hold' | 'rest';
  /** Index into `routine.steps`; 0 for the prep segment. */
  stepIndex: number;
  /** Id of that step; for prep, the id of the first step. */
  stepId: string;
  /** Side being worked; `null` for prep, rest and steps with sides `none`. */
  side: Side | null;
  /** 1-based repetition of the step; 1 for prep. */
  repetition: number;
  seconds: number;
}

export const MIN_HOLD_SCALE = 0.5;
export const MAX_HOLD_SCALE = 2;

/**
 * The single source of truth for how a routine plays: an optional prep countdown
 * (`prepSeconds > 0`), then for each step and each repetition the hold(s) — one for sides
 * `none`, left then right for `left-then-right` — each repetition followed by a rest of
 * `restSeconds`, except that nothing rests after the routine's very last hold. Rests of 0
 * seconds are left out.
 *
 * `holdScale` (clamped to 0.5–2) multiplies hold seconds only, rounded to whole seconds, at
 * least 1. Expects a routine that passed `validateRoutine`; for anything else it returns what it
 * can and never throws.
 */
export function routineSegments(routine: Routine, holdScale = 1): Segment[] {
  const scale = Number.isFinite(holdScale) ? Math.min(MAX_HOLD_SCALE, Math.max(MIN_HOLD_SCALE, holdScale)) : 1;
  const steps = Array.isArray(routine?.steps) ? routine.steps : [];
  const out: Segment[] = [];
  if (steps.length === 0) return out;
  const prep = Number(routine.prepSeconds);
  if (prep > 0)
    out.push({ phase: 'prep', stepIndex: 0, stepId: steps[0]!.id, side: null, repetition: 1, seconds: prep });
  steps.forEach((step, stepIndex) => {
    const hold = Math.max(1, Math.round(Number(step.holdSeconds) * scale) || 1);
    const sides: (Side | null)[] = step.sides === 'left-then-right' ? ['left', 'right'] : [null];
    const reps = Math.max(1, Math.floor(Number(step.repetitions)) || 1);
    const rest = Math.max(0, Number(step.restSeconds) || 0);
    for (let repetition = 1; repetition <= reps; repetition++) {
      for (const side of sides)
        out.push({ phase: 'hold', stepIndex, stepId: step.id, side, repetition, seconds: hold });
      if (rest > 0) out.push({ phase: 'rest', stepIndex, stepId: step.id, side: null, repetition, seconds: rest });
    }
  });
  if (out[out.length - 1]!.phase === 'rest') out.pop();
  return out;
}

/** Total seconds a routine takes at `holdScale`, derived from its segments. */
export function routineDurationSeconds(routine: Routine, holdScale = 1): number {
  return routineSegments(routine, holdScale).reduce((sum, s) => sum + s.seconds, 0);
}
