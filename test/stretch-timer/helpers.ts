import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/stretch-timer.js';
import type { BwStretchTimer, TimerClock } from '../../src/stretch-timer.js';
import type { Routine, RoutineStep } from '../../src/data/types.js';

export { html };

/**
 * A fake monotonic clock with its own timers: nothing happens until the test moves time.
 * `advance()` runs each timer at its due time (optionally late), like a browser would;
 * `jump()` moves time without running anything, like a throttled background tab.
 */
export class FakeClock implements TimerClock {
  t = 10_000;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private id = 0;

  now(): number {
    return this.t;
  }

  setTimeout(callback: () => void, ms: number): number {
    this.timers.set(++this.id, { at: this.t + Math.max(0, ms), callback });
    return this.id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Timers scheduled and neither run nor cleared. */
  get pending(): number {
    return this.timers.size;
  }

  /** Moves time on by `ms`, running every timer that falls due, each `lateness()` ms after its due time. */
  advance(ms: number, lateness: () => number = () => 0): void {
    const end = this.t + ms;
    for (;;) {
      let next: [number, { at: number; callback: () => void }] | undefined;
      for (const entry of this.timers) if (!next || entry[1].at < next[1].at) next = entry;
      if (!next) break;
      const runAt = Math.max(this.t, next[1].at + lateness());
      if (runAt > end) break;
      this.timers.delete(next[0]);
      this.t = runAt;
      next[1].callback();
    }
    this.t = end;
  }

  jump(ms: number): void {
    this.t += ms;
  }
}

export function step(
  id: string,
  holdSeconds: number,
  sides: RoutineStep['sides'],
  repetitions: number,
  restSeconds: number,
): RoutineStep {
  return {
    id,
    title: `Step ${id}`,
    instruction: `Do ${id}.`,
    safety: `Careful with ${id}.`,
    tool: 'none',
    holdSeconds,
    sides,
    repetitions,
    restSeconds,
  };
}

/** A routine object of our own, valid for validateRoutine. */
export function routineOf(steps: RoutineStep[], prepSeconds = 0, id = 'test-routine'): Routine {
  return {
    id,
    title: 'Test routine',
    summary: 'For tests.',
    areas: ['neck'],
    prepSeconds,
    precautions: ['stop-if-sharp'],
    sources: ['garber-2011'],
    steps,
  };
}

/**
 * 31 s: prep 3 | a left 5 | a right 5 | rest 2 | a left 5 | a right 5 | rest 2 | b 4
 *  starts:  0       3          8          13       15         20          25       27   ends 31
 */
export const TEST_ROUTINE = routineOf([step('a', 5, 'left-then-right', 2, 2), step('b', 4, 'none', 1, 0)], 3);

export async function mount(template: TemplateResult): Promise<BwStretchTimer> {
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === 'bw-stretch-timer' ? root : root.querySelector('bw-stretch-timer')) as BwStretchTimer;
  await el.updateComplete;
  return el;
}

/**
 * A timer on a fake clock playing `routine` (the test routine unless told). The timings above are
 * those of a timer with no pause between sides (`side-pause` 0); tests of the pause set `sidePause`.
 */
export async function mountFake(
  routine: Routine | string = TEST_ROUTINE,
  attributes: {
    sound?: boolean;
    voice?: boolean;
    vibrate?: boolean;
    persist?: boolean;
    holdScale?: number;
    sidePause?: number;
  } = {},
): Promise<{ el: BwStretchTimer; clock: FakeClock }> {
  const clock = new FakeClock();
  const el = await mount(
    html`<bw-stretch-timer
      .clock=${clock}
      .routine=${routine}
      .holdScale=${attributes.holdScale ?? 1}
      .sidePause=${attributes.sidePause ?? 0}
      ?sound=${attributes.sound}
      ?voice=${attributes.voice}
      ?vibrate=${attributes.vibrate}
      ?persist=${attributes.persist}
    ></bw-stretch-timer>`,
  );
  return { el, clock };
}

/** Moves the fake clock and lets the element render. */
export async function advance(el: BwStretchTimer, clock: FakeClock, ms: number): Promise<void> {
  clock.advance(ms);
  await el.updateComplete;
}

const q = <T extends Element = HTMLElement>(el: BwStretchTimer, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

export const shown = {
  time: (el: BwStretchTimer) => q(el, '[part="time"]')?.textContent?.trim() ?? null,
  phase: (el: BwStretchTimer) => q(el, '[part="phase"]')?.textContent?.trim() ?? null,
  side: (el: BwStretchTimer) => q(el, '[part="side"]')?.textContent?.trim() ?? null,
  step: (el: BwStretchTimer) => q(el, '[part="step"] .subhead')?.textContent?.trim() ?? null,
  next: (el: BwStretchTimer) => q(el, '[part="next"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
  progress: (el: BwStretchTimer) => q(el, '[part="progress"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
  live: (el: BwStretchTimer) => q(el, '.live[role="status"]')?.textContent?.trim() ?? null,
  error: (el: BwStretchTimer) => q(el, '[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
  end: (el: BwStretchTimer) => q(el, '[part="end"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
};

/**
 * What the ring and the progress bar show once their short easing has run: the share of the
 * current hold or rest left (1 = full ring) and the share of the routine done (bar length).
 * Read from the transforms the browser draws, so it proves what a visitor sees.
 */
export function drawn(el: BwStretchTimer): { ringLeft: number; barDone: number } {
  const [left, right, bar] = ['.l .arc', '.r .arc', '.bar-value'].map((part) => el.shadowRoot!.querySelector(part));
  for (const node of [left, right, bar]) for (const animation of node!.getAnimations()) animation.finish();
  const matrix = (node: Element) => new DOMMatrix(getComputedStyle(node).transform);
  // Each arc turns from 0 (its half full) back to -180 degrees (out of sight) over half the segment.
  const turned = (node: Element) => {
    const degrees = (Math.atan2(matrix(node).b, matrix(node).a) * 180) / Math.PI;
    return degrees > 90 ? 360 - degrees : -degrees;
  };
  const elapsed = (turned(left!) + turned(right!)) / 360;
  return { ringLeft: 1 - elapsed, barDone: matrix(bar!).a };
}

/** The visible button with this label, or null. */
export function button(el: BwStretchTimer, label: string): HTMLButtonElement | null {
  return (
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label) ??
    null
  );
}

export const TIMER_EVENTS = [
  'bw-timer-start',
  'bw-timer-pause',
  'bw-timer-resume',
  'bw-step-change',
  'bw-timer-complete',
  'bw-timer-stop',
] as const;

/** Every timer event, in order, as `type` or `type:phase:stepId:side` for step changes. */
export function recordEvents(el: BwStretchTimer) {
  const log: string[] = [];
  const details: CustomEvent[] = [];
  for (const type of TIMER_EVENTS) {
    el.addEventListener(type, (event) => {
      const e = event as CustomEvent;
      details.push(e);
      const d = e.detail as { phase?: string; stepId?: string; side?: string | null };
      log.push(type === 'bw-step-change' ? `${d.phase}:${d.stepId}:${d.side ?? '-'}` : type);
    });
  }
  return { log, details };
}

export function captureWarnings() {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args);
  return { calls, restore: () => (console.warn = original) };
}

/**
 * Pretends the page is hidden or visible, as when the person switches tabs. Every test starts
 * "visible" (Firefox runs two test pages at once, one of them in a background tab).
 */
export function setVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => setVisibility('visible'));
afterEach(() => {
  delete (document as { visibilityState?: unknown }).visibilityState;
});

/** Replaces a global (or a property of `target`) for one test; returns the undo. */
export function stubProperty(target: object, name: string, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, { configurable: true, writable: true, value });
  return () => {
    if (own) Object.defineProperty(target, name, own);
    else delete (target as Record<string, unknown>)[name];
  };
}

/** Counts renders of one element. */
export function countRenders(el: BwStretchTimer): { count: number } {
  const counter = { count: 0 };
  const proto = Object.getPrototypeOf(el) as { render: () => unknown };
  (el as unknown as { render: () => unknown }).render = function (this: BwStretchTimer) {
    counter.count++;
    return proto.render.call(this);
  };
  return counter;
}

/** Fake Web Audio: counts contexts and the tones they play. */
export class FakeAudioContext {
  static made: FakeAudioContext[] = [];
  state: 'suspended' | 'running' | 'closed' = 'running';
  currentTime = 0;
  destination = {};
  tones: number[] = [];
  constructor() {
    FakeAudioContext.made.push(this);
  }
  resume() {
    this.state = 'running';
    return Promise.resolve();
  }
  close() {
    this.state = 'closed';
    return Promise.resolve();
  }
  createGain() {
    const param = { setValueAtTime() {}, exponentialRampToValueAtTime() {} };
    return { gain: param, connect: (node: unknown) => node };
  }
  createOscillator() {
    const oscillator = {
      frequency: { value: 0 },
      connect: (node: unknown) => node,
      start: () => this.tones.push(oscillator.frequency.value),
      stop() {},
    };
    return oscillator;
  }
}
