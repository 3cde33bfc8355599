import type { SerializedClock } from './routine-clock.js';

/** What `persist` keeps in sessionStorage for one routine. */
export interface SavedRun {
  /** The hold scale the segments were built with (restore needs the same). */
  scale: number;
  /** The pause between sides the segments were built with, in seconds. */
  pause: number;
  clock: SerializedClock;
  cues: { sound: boolean; voice: boolean; vibrate: boolean };
}

/** The sessionStorage key of a routine's saved run. */
export const storageKey = (routineId: string): string => `bodywork-elements:stretch-timer:${routineId}`;

/** Storage can be missing, full or forbidden (private modes, sandboxed frames): every access is guarded. */
function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function loadRun(routineId: string): Partial<SavedRun> | undefined {
  try {
    const value: unknown = JSON.parse(storage()?.getItem(storageKey(routineId)) ?? 'null');
    return value && typeof value === 'object' ? (value as Partial<SavedRun>) : undefined;
  } catch {
    return undefined;
  }
}

export function saveRun(routineId: string, run: SavedRun | undefined): void {
  try {
    if (run) storage()?.setItem(storageKey(routineId), JSON.stringify(run));
    else storage()?.removeItem(storageKey(routineId));
  } catch {
    // Full or forbidden: the run just will not survive a reload.
  }
}
