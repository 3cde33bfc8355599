import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { routineSegments } from '../../data/sequence.js';
import type { Routine } from '../../data/types.js';
import { loadRun, saveRun, type SavedRun } from './persistence.js';
import {
  RoutineClock,
  displayedSeconds,
  type Clock,
  type TimerEvent,
  type TimerSnapshot,
  type TimerStatus,
} from './routine-clock.js';
import { ScreenLock } from './wake-lock.js';

/** The timer's time source and scheduler. Tests inject a fake one through the `clock` property. */
export interface TimerClock extends Clock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** `performance.now()` and the window's timers. */
export const systemClock: TimerClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as number),
};

/** What the player can be told to do; each is a method of {@link RoutineClock}. */
export type PlayerCommand = 'start' | 'pause' | 'resume' | 'next' | 'previous' | 'reset' | 'stop';

/** The element that owns the player: what it reads of it, and what it is told. */
export interface PlayerHost extends ReactiveControllerHost, HTMLElement {
  /** Keep a running or paused routine in sessionStorage. */
  readonly persist: boolean;
  /** The time source and scheduler. */
  readonly clock: TimerClock;
  /** The cue switches, saved with the run. */
  readonly sound: boolean;
  readonly voice: boolean;
  readonly vibrate: boolean;
}

/** How the player is set up, and what it tells its element. */
export interface PlayerOptions {
  /** Ranges a restored hold scale and side pause must be in to be trusted. */
  scale: readonly [number, number];
  pause: readonly [number, number];
  /** Transitions since the last catch-up, in order; `state` already says where they led. */
  onEvents(events: readonly TimerEvent[]): void;
  /** The displayed second, the segment or the status changed: show this. */
  onShow(snapshot: TimerSnapshot): void;
}

/** Settings restored with a saved run, for the element to take over. */
export interface RestoredSettings {
  scale: number;
  pause: number;
  cues: SavedRun['cues'];
}

const isIn = (v: unknown, [min, max]: readonly [number, number]): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

/**
 * Plays one routine for the stretch timer: builds its {@link RoutineClock}, keeps up with it (a
 * wake-up at every change of the displayed second while the page is shown, only at the end of a
 * segment while it is hidden, and at once whenever the page comes back from hidden, frozen or the
 * back/forward cache), keeps the screen on while it runs, and with `persist` saves and restores
 * the run. It knows no words: the element turns its transitions into events and cues.
 */
export class RoutinePlayer implements ReactiveController {
  /** The routine being played, once loaded. */
  routine: Routine | undefined;
  /** The hold scale and pause between sides the segments are built with. */
  scale = 1;
  pause = 0;
  private machine: RoutineClock | undefined;
  /** The machine's status when the player last caught up with it. */
  private status: TimerStatus = 'idle';
  private timer: { clock: TimerClock; handle: unknown } | undefined;
  private shownKey = '';
  private readonly lock = new ScreenLock();

  constructor(
    private readonly host: PlayerHost,
    private readonly options: PlayerOptions,
  ) {
    host.addController(this);
  }

  /** Where the routine is, as last caught up and announced. */
  get state(): TimerStatus {
    return this.machine ? this.status : 'idle';
  }

  /** The routine's time now, for rendering. */
  snapshot(): TimerSnapshot | undefined {
    return this.machine?.snapshot();
  }

  /** The segment at `index` of the routine as timed now (cues look at the one before). */
  segmentAt(index: number) {
    return this.machine?.segments[index];
  }

  hostConnected(): void {
    this.listen(true);
    // Moved to another parent, or back on the page, while running: pick up where the clock is.
    if (this.machine?.status === 'running') {
      void this.lock.request();
      this.sync(true);
    }
  }

  hostDisconnected(): void {
    this.listen(false);
    this.clearTimer();
    this.save();
    // Moved to another parent (removed and added again in one go): keep the wake lock. Really gone: release it.
    queueMicrotask(() => {
      if (!this.host.isConnected) this.lock.release();
    });
  }

  /** Nothing to play: the clock, its wake-ups and the wake lock go. */
  unload(): void {
    this.clearTimer();
    this.lock.release();
    this.machine = this.routine = undefined;
    this.status = 'idle';
    this.shownKey = '';
  }

  /**
   * Loads `routine` with this hold scale and side pause, or, with `persist` and a saved run of the
   * same routine, that run where it was.
   * @returns the saved settings when a run was restored, for the element to show.
   */
  load(routine: Routine, scale: number, pause: number): RestoredSettings | undefined {
    this.unload();
    this.routine = routine;
    const saved = this.host.persist ? loadRun(routine.id) : undefined;
    const { options } = this;
    const savedPause = saved && isIn(saved.pause, options.pause) ? saved.pause : pause;
    const restored =
      saved && isIn(saved.scale, options.scale)
        ? RoutineClock.restore(this.segments(saved.scale, savedPause), this.host.clock, saved.clock, Date.now())
        : null;
    let settings: RestoredSettings | undefined;
    if (restored) {
      const cues: Partial<SavedRun['cues']> = saved!.cues ?? {};
      settings = {
        scale: saved!.scale!,
        pause: savedPause,
        cues: { sound: cues.sound === true, voice: cues.voice === true, vibrate: cues.vibrate === true },
      };
      ({ scale, pause } = settings);
      if (restored.status === 'running') void this.lock.request();
    }
    this.scale = scale;
    this.pause = pause;
    this.machine = restored ?? new RoutineClock(this.segments(scale, pause), this.host.clock);
    this.sync(true);
    return settings;
  }

  /** New hold scale or side pause: the same routine re-timed, where it was. */
  retime(scale: number, pause: number): void {
    if (!this.machine || (scale === this.scale && pause === this.pause)) return;
    this.scale = scale;
    this.pause = pause;
    this.machine.setSegments(this.segments(scale, pause));
    this.sync(true);
    this.save();
  }

  /**
   * Runs a command on the clock; starting and resuming keep the screen on, pausing, resetting and
   * stopping let it go.
   * @returns the elapsed active time when the command changed something, otherwise undefined.
   */
  run(command: PlayerCommand): TimerSnapshot | undefined {
    const machine = this.machine;
    if (!machine?.[command]()) return undefined;
    if (command === 'start' || command === 'resume') {
      // Off the page nothing would release it; connecting requests it again.
      if (this.host.isConnected) void this.lock.request();
    } else if (command === 'pause' || command === 'reset' || command === 'stop') {
      this.lock.release();
    }
    return machine.snapshot();
  }

  /**
   * Catches the clock up: hands the host every transition since the last call, shows the time
   * when the displayed second or the segment changed and schedules the next wake-up. While the
   * page is hidden, time alone never causes a render; a command (`command`) still does.
   */
  sync(command = false): void {
    const machine = this.machine;
    if (!machine) return;
    const events = machine.update();
    // Listeners of the events read the state they announce.
    this.status = machine.snapshot().status;
    if (events.some((e) => e.type === 'complete')) this.lock.release();
    if (events.length) this.options.onEvents(events);
    const hidden = document.visibilityState === 'hidden';
    if (command || !hidden) {
      const s = machine.snapshot();
      const key = `${s.status} ${s.index} ${displayedSeconds(s.remainingMs)} ${s.segmentMs}`;
      if (key !== this.shownKey) {
        this.shownKey = key;
        this.options.onShow(s);
      }
    }
    this.clearTimer();
    if (this.host.isConnected && machine.status === 'running') {
      // Visible: wake when the displayed second changes. Hidden: only at the end of the segment.
      const ms = hidden ? machine.snapshot().remainingMs : machine.msUntilNextBoundary()!;
      const clock = this.host.clock;
      this.timer = { clock, handle: clock.setTimeout(() => this.sync(), ms) };
    }
    if (events.length) this.save();
  }

  /** With `persist`, the run as it is now (a running or paused one), or nothing (any other). */
  readonly save = (): void => {
    const { machine, routine, host } = this;
    if (!host.persist || !machine || !routine) return;
    const clock = machine.serialize(Date.now());
    const live = clock.status === 'running' || clock.status === 'paused';
    const { sound, voice, vibrate } = host;
    saveRun(
      routine.id,
      live ? { scale: this.scale, pause: this.pause, clock, cues: { sound, voice, vibrate } } : undefined,
    );
  };

  /** `persist` was switched off: forget the saved run. */
  forget(): void {
    if (this.routine) saveRun(this.routine.id, undefined);
  }

  /**
   * The page's lifecycle. A page frozen in the background, or kept in the back/forward cache, runs
   * no timers: the player catches up with the clock when it comes back, however it comes back, and
   * saves the run when it may be going away.
   */
  private listen(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    document[method]('visibilitychange', this.onVisibility);
    document[method]('resume', this.onVisibility);
    document[method]('freeze', this.save);
    window[method]('pageshow', this.onVisibility);
    window[method]('focus', this.onVisibility);
    window[method]('pagehide', this.save);
  }

  private segments(holdScale: number, switchSeconds: number) {
    return routineSegments(this.routine!, { holdScale, switchSeconds });
  }

  private clearTimer(): void {
    this.timer?.clock.clearTimeout(this.timer.handle);
    this.timer = undefined;
  }

  private readonly onVisibility = (): void => {
    const visible = document.visibilityState === 'visible';
    if (visible && this.machine?.status === 'running') void this.lock.request();
    this.sync();
    if (!visible) this.save();
  };
}
