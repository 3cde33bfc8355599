import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BwElement } from '../../internal/base-element.js';
import { reportFor } from '../../internal/report-for.js';
import { errorBox } from '../../internal/error-box.js';
import { callable, flag, number, orText, shaped } from '../../internal/coerce.js';
import { heading } from '../../internal/heading.js';
import { common, errors, stretchTimer, warnings } from '../../internal/localize/en.js';
import { formatNumber } from '../../internal/localize/localize.js';
import type { TermKey } from '../../internal/localize/en.js';
import { renderPrecaution, renderRedFlags } from '../../internal/warnings.js';
import { warningStyles } from '../../internal/warning.styles.js';
import { areas } from '../../data/areas.js';
import { help } from '../../data/help.js';
import { precautions } from '../../data/precautions.js';
import { routineWarnings, signsByUrgency, type RoutinePlace } from '../../data/query.js';
import { routines } from '../../data/routines.js';
import { MAX_HOLD_SCALE, MIN_HOLD_SCALE, SWITCH_SECONDS, routineDurationSeconds } from '../../data/sequence.js';
import type { Dataset, Routine, Side } from '../../data/types.js';
import { validateRoutine } from '../../data/validate.js';
import { datasetContext, selectionContext } from '../../context/contexts.js';
import { Provided } from '../../context/provided.js';
import { chooserStyles, renderChooser } from './routine-chooser.js';
import { ShareLinkController, shareLinkStyles } from './share-link.js';
import { decodeRoutine, routineFromFragment } from '../../data/routine-share.js';
import { cueSupport, type CueKind } from './cues.js';
import { CuePlayer } from './cue-player.js';
import {
  displayedSeconds,
  type TimedSegment,
  type TimerEvent,
  type TimerSnapshot,
  type TimerStatus,
} from './routine-clock.js';
import { RoutinePlayer, systemClock, type PlayerCommand, type TimerClock } from './routine-player.js';
import { styles } from './stretch-timer.styles.js';

/** Detail of `bw-timer-start`, `bw-timer-pause` and `bw-timer-resume`. */
export interface TimerDetail {
  routineId: string;
  /** Active time so far in whole milliseconds, pauses excluded. */
  elapsedMs: number;
}

/** Detail of `bw-step-change`: the part of the routine that just began. */
export interface StepChangeDetail {
  /** Index of the step in `routine.steps`: the one being prepared for, moved to, held or rested after. */
  index: number;
  stepId: string;
  side: Side | null;
  phase: TimedSegment['phase'];
  /** 1-based repetition of the step. */
  repetition: number;
  /** Position in the whole played sequence of get-ready, moves, holds, side switches and rests. */
  segmentIndex: number;
  /** True when it happened more than a second ago (page hidden, reload): no cue was given. */
  late: boolean;
}

/** Detail of `bw-timer-complete`. */
export interface TimerCompleteDetail {
  routineId: string;
  /** Active time from start to end in whole milliseconds, pauses excluded. */
  elapsedMs: number;
}

/** Detail of `bw-timer-stop` ("Stop — this hurts"). */
export interface TimerStopDetail extends TimerDetail {
  /** The step the person stopped in. */
  stepId: string;
}

declare module '../../internal/events.js' {
  interface BwEventDetails {
    'bw-timer-start': TimerDetail;
    'bw-timer-pause': TimerDetail;
    'bw-timer-resume': TimerDetail;
    'bw-step-change': StepChangeDetail;
    'bw-timer-complete': TimerCompleteDetail;
    'bw-timer-stop': TimerStopDetail;
  }
}

export type { TimerClock, TimerStatus };

/** Hold lengths the settings offer. */
const SCALES = [0.5, 0.75, 1, 1.25, 1.5, 2];
/*
 * The ring's two arcs. Each is a box 71 % of the ring's size (so that turned, it still fits inside
 * the ring's box), drawing half the ring beyond its own edges (r 45 of 100 on the ring is 63.64
 * of 100 on the arc, the stroke 5 is 7.07), seen through its half of the ring.
 */
const ARC_LEFT = svg`<svg viewBox="0 0 100 100"><path d="M50-13.64a63.64 63.64 0 0 0 0 127.28"></path></svg>`;
const ARC_RIGHT = svg`<svg viewBox="0 0 100 100"><path d="M50-13.64a63.64 63.64 0 0 1 0 127.28"></path></svg>`;

/**
 * Where the ring's two arcs and the progress bar stand when `elapsed` of the segment (0-1) and
 * `done` of the routine (0-1) have passed. Turned 180 degrees back, an arc is out of its half's
 * sight: the left arc turns away in the first half of the segment, the right one in the second.
 */
const ringTransforms = (elapsed: number, done: number): string[] => [
  `rotate(${-360 * Math.min(elapsed, 0.5)}deg)`,
  `rotate(${-360 * Math.max(0, elapsed - 0.5)}deg)`,
  `scaleX(${done})`,
];

/** A transition noticed later than this is not cued (page hidden, reload). */
const STALE_MS = 1000;

type CueName = 'sound' | 'voice' | 'vibrate';

const mss = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

/** The words for each phase of a segment. */
const PHASE_TERMS: Record<TimedSegment['phase'], TermKey> = {
  prep: 'timerPrep',
  move: 'timerMove',
  hold: 'timerHold',
  switch: 'timerSwitch',
  rest: 'timerRest',
};

/** The longest pause between sides the `side-pause` attribute takes, in seconds. */
const MAX_SIDE_PAUSE = 30;
const SCALE = number(MIN_HOLD_SCALE, MAX_HOLD_SCALE, 1);
const PAUSE = number(0, MAX_SIDE_PAUSE, SWITCH_SECONDS);
/** A routine id, or a routine object (checked later, with the dataset, by `validateRoutine`). */
const ROUTINE = orText(shaped<string | Routine>((v) => !Array.isArray(v), '', 'expectRoutine'));

const icon = (d: string, cls = '') =>
  html`<svg class="icon ${cls}" viewBox="0 0 24 24" aria-hidden="true"><path d=${d}></path></svg>`;

/**
 * A guided self-massage and stretch routine player. Before the start it shows the warning signs
 * of the routine's areas and conditions, grouped by urgency, and its precautions. Then it plays
 * each step: a get-ready countdown for the first position, time to move when the position
 * changes (chair, floor, bed, standing), left then right with a pause to switch sides, rests
 * between repetitions, and a calm "well done" at the end.
 *
 * Time comes from a monotonic clock and deadlines, so a routine ends on time however busy or
 * throttled the page is, and after a long time hidden it resumes in the right phase. It renders
 * at most once per displayed second and not at all while the page is hidden.
 *
 * Cues (sound, voice, vibration) are all off until switched on by attribute or in the element's
 * settings. The screen stays on while a routine runs (Screen Wake Lock, where supported). With
 * `persist`, a running or paused routine survives a reload (sessionStorage, key
 * `bodywork-elements:stretch-timer:<routine id>`); without it nothing is stored.
 *
 * Keyboard, while focus is inside: Space starts or pauses (on the time display; on a button,
 * Space presses that button), Left and Right arrows go to the previous or next step.
 *
 * @summary Guided stretch and self-massage routine timer: sides, rests, cues, safety stop.
 * @tag bw-stretch-timer
 *
 * @fires {CustomEvent<TimerDetail>} bw-timer-start - The routine started (or started again). Detail: `{ routineId, elapsedMs }`.
 * @fires {CustomEvent<TimerDetail>} bw-timer-pause - The routine was paused. Detail: `{ routineId, elapsedMs }`.
 * @fires {CustomEvent<TimerDetail>} bw-timer-resume - The routine was resumed. Detail: `{ routineId, elapsedMs }`.
 * @fires {CustomEvent<StepChangeDetail>} bw-step-change - A get-ready, move, hold, side switch or rest began, by time or by Previous/Next (`phase`: `prep`, `move`, `hold`, `switch` or `rest`). Detail: `{ index, stepId, side, phase, repetition, segmentIndex, late }`.
 * @fires {CustomEvent<TimerCompleteDetail>} bw-timer-complete - The routine ended. Detail: `{ routineId, elapsedMs }`.
 * @fires {CustomEvent<TimerStopDetail>} bw-timer-stop - The person pressed "Stop — this hurts". Detail: `{ routineId, elapsedMs, stepId }`.
 * @fires {CustomEvent<BwErrorDetail>} bw-error - The routine id is unknown, the routine object is invalid, or the hold scale or side pause is out of range. Detail: `{ code, message, value, errors }`.
 *
 * @csspart base - The card around everything.
 * @csspart title - The routine's title.
 * @csspart subhead - The headings below the title: before you start, the steps, the current step, the end.
 * @csspart progress - Overall progress: step n of N, a bar and the time left.
 * @csspart precautions - The warning signs and precautions shown before the start.
 * @csspart steps - The list of steps shown before the start.
 * @csspart display - The time display (role timer) with its ring.
 * @csspart ring - The progress ring of the current hold or rest.
 * @csspart time - The m:ss time left.
 * @csspart phase - "Get ready", "Get into position", "Hold", "Switch sides" or "Rest".
 * @csspart side - The side being worked.
 * @csspart step - The current step's title, instruction and safety cue.
 * @csspart next - What comes next.
 * @csspart end - The message shown when the routine is complete or was stopped.
 * @csspart controls - The row of buttons.
 * @csspart button - Every button.
 * @csspart primary - The Start / Pause / Resume button.
 * @csspart stop - The "Stop — this hurts" button.
 * @csspart settings - The settings disclosure (hold length and cues).
 * @csspart error - The message shown instead of the timer when its input is bad.
 * @csspart empty - "No routine is chosen yet.", for screen readers, above the chooser.
 * @csspart share - "Copy a link to this routine", its status and, where the clipboard cannot be used, the link to copy by hand.
 * @csspart share-button - The "Copy a link to this routine" button (also has the part `button`).
 * @csspart share-field - The read-only field holding the link, when it could not be copied.
 * @csspart chooser - With no routine, or an unknown one: every routine to choose from, grouped by body area (inside a `<bw-provider>`, those for the areas chosen on its body map first).
 * @csspart chooser-title - The chooser's heading, "Choose a routine" (at `heading-level`).
 * @csspart group-title - Each group's heading: a body area, "For Neck" (the chosen areas) or "Other routines".
 * @csspart places - The chooser's filter, "Where can you do it?": anywhere, standing, in a chair, in bed, on the floor.
 * @csspart choice - Each routine's button, with its length and where it is done (standing, chair, bed, floor).
 *
 * @cssprop [--bw-stretch-timer-max-width=36em] - The widest the card grows.
 * @cssprop [--bw-stretch-timer-ring-size=13em] - Diameter of the ring.
 * @cssprop [--bw-stretch-timer-ring-color] - Colour of the ring (defaults to the accent colour).
 * @cssprop --bw-color-accent - Ring, primary button and focus ring.
 * @cssprop --bw-color-surface - Background.
 * @cssprop --bw-color-text - Text colour.
 * @cssprop --bw-color-danger - The stop button and warning signs.
 */
export class BwStretchTimer extends BwElement {
  static override styles = [...BwElement.styles, warningStyles, styles, chooserStyles, shareLinkStyles];
  static override strings = { ...common, ...errors, ...warnings, ...stretchTimer };
  static override coercions = {
    ...BwElement.coercions,
    routine: ROUTINE,
    holdScale: SCALE,
    sidePause: PAUSE,
    sound: flag(),
    voice: flag(),
    vibrate: flag(),
    persist: flag(),
    headingLevel: number(1, 6, 2, true),
    clock: shaped<TimerClock>((v) => callable(v, 'now', 'setTimeout', 'clearTimeout'), systemClock, 'expectClock'),
  };

  /**
   * The routine to play: the id of a bundled routine (e.g. `neck-release`; inside a
   * `<bw-provider>`, of a routine in the dataset it provides), or, as a property, a
   * routine object of your own, checked with the dataset's `validateRoutine`, or the code of a
   * shared routine (`1.…`, what follows `#routine=` in a "Copy a link to this routine" address).
   * Until it is set, or when no routine has the id, the element offers every routine to choose
   * from. A page opened with `#routine=…` in its address loads that routine into its first timer,
   * after checking it (a broken link is shown and reported by path, and nothing runs).
   */
  @property() routine: string | Routine = '';

  /** Multiplies every hold and rest, from 0.5 (half as long) to 2 (twice as long); the person can change it in the settings. Getting ready, moving and switching sides keep their time. */
  @property({ type: Number, attribute: 'hold-scale' }) holdScale = 1;

  /**
   * Seconds of pause to change from the left side to the right, from 0 (none) to 30. Default 5.
   * Other values fall back to 5 with a warning.
   */
  @property({ type: Number, attribute: 'side-pause' }) sidePause = SWITCH_SECONDS;

  /** Soft tones at each phase change (Web Audio, unlocked by the Start press). */
  @property({ type: Boolean, reflect: true }) sound = false;

  /** Spoken cues (speech synthesis): the step, "Switch to your right side", rests and the end. */
  @property({ type: Boolean, reflect: true }) voice = false;

  /** A short vibration at each phase change, where the device supports it. */
  @property({ type: Boolean, reflect: true }) vibrate = false;

  /** Keep a running or paused routine across page reloads (sessionStorage). Without it nothing is stored. */
  @property({ type: Boolean, reflect: true }) persist = false;

  /**
   * The level of the routine's title as a heading (1–6), to fit the page's outline; the headings
   * inside are one level below. Other values fall back to 2 with a warning.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * For tests: the time source and scheduler (`now()`, `setTimeout`, `clearTimeout`). Defaults to
   * `performance.now()` and the window's timers.
   */
  @property({ attribute: false }) clock: TimerClock = systemClock;

  /** The dataset of the `<bw-provider>` around the timer, if any: routine ids are looked up in it. */
  private readonly providedDataset = new Provided(this, datasetContext);

  /** The shared selection of the `<bw-provider>` around the timer: the chooser offers its routines first. */
  private readonly providedSelection = new Provided(this, selectionContext);

  @state() private snap: TimerSnapshot | undefined;
  @state() private error = '';
  /** Why the routine in the page's link (`#routine=…`) was not loaded. */
  @state() private linkProblem = '';
  private linkRead = false;
  /** The chooser's place filter. */
  @state() private place: RoutinePlace | undefined;
  private readonly share = new ShareLinkController(this, this.localize);

  /** The routine, the clock and the routine list the player was loaded from. */
  private built: { routine: unknown; clock: TimerClock; list: readonly Routine[] } | undefined;
  /** Scheduling, page lifecycle, wake lock and persistence of the routine being played. */
  private readonly player = new RoutinePlayer(this, {
    scale: [MIN_HOLD_SCALE, MAX_HOLD_SCALE],
    pause: [0, MAX_SIDE_PAUSE],
    onEvents: (events) => this.announce(events),
    onShow: (snapshot) => (this.snap = snapshot),
  });
  private ringIndex = -1;
  /** The animations holding the arcs and the bar where they stand, and where that is. */
  private ring: Animation[] = [];
  private ringShown: string[] = [];
  private ringParts: Element[] = [];
  private focused: Element | null = null;
  /** Tones, vibration, speech and the live region's words. */
  private readonly cues = new CuePlayer(this, this.localize);

  // ---- Public API -------------------------------------------------------------------------

  /**
   * Where the routine is, as shown: `idle`, `running`, `paused`, `complete` or `stopped`.
   * Read-only, and reading it changes nothing: the element keeps up with the clock by itself (it
   * wakes at every change of the displayed second, at every segment's end while the page is
   * hidden, and whenever the page comes back), so the state never runs ahead of the events that
   * announce it.
   */
  get state(): TimerStatus {
    return this.player.state;
  }

  /**
   * Starts the routine from its first segment: from `idle`, or again after `complete` or
   * `stopped`. While `running` or `paused` it does nothing (use `resume()` or `reset()`), and it
   * does nothing when no routine can be played (none set, or one with errors).
   * @returns `true` if it started (and `bw-timer-start` fired); `false` if nothing changed.
   */
  start(): boolean {
    return this.command('start');
  }

  /**
   * Pauses a running routine, keeping the time left; in any other state it does nothing.
   * @returns `true` if it paused (and `bw-timer-pause` fired); `false` if nothing changed.
   */
  pause(): boolean {
    return this.command('pause');
  }

  /**
   * Resumes a paused routine where it was; in any other state it does nothing.
   * @returns `true` if it resumed (and `bw-timer-resume` fired); `false` if nothing changed.
   */
  resume(): boolean {
    return this.command('resume');
  }

  /**
   * Goes to the first segment of the next step, running or paused as it was; from the last step
   * it completes the routine. Does nothing unless `running` or `paused`.
   * @returns `true` if it moved (and `bw-step-change`, or `bw-timer-complete`, fired); `false` if nothing changed.
   */
  next(): boolean {
    return this.command('next');
  }

  /**
   * Restarts the current step, or within its first 3 seconds goes back to the previous one (on the
   * first step, restarts it). Does nothing unless `running` or `paused`.
   * @returns `true` if it moved (and `bw-step-change` fired); `false` if nothing changed.
   */
  previous(): boolean {
    return this.command('previous');
  }

  /**
   * Back to `idle` at the start, precautions and warning signs shown again, the `persist` entry
   * forgotten. Does nothing when already `idle`.
   * @returns `true` if it went back to the start; `false` if nothing changed.
   */
  reset(): boolean {
    return this.command('reset');
  }

  /**
   * "Stop - this hurts": ends a `running` or `paused` routine where it is and shows what to do
   * next; only `start()` or `reset()` follow. In any other state it does nothing.
   * @returns `true` if it stopped (and `bw-timer-stop` fired); `false` if nothing changed.
   */
  stop(): boolean {
    return this.command('stop');
  }

  // ---- Lifecycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.readLink();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.resolve();
    if (changed.has('persist') && !this.persist && changed.get('persist')) this.player.forget();
    this.focused = this.shadowRoot?.activeElement ?? null;
  }

  protected override updated(changed: PropertyValues): void {
    // A control that vanished (Stop, Next at the end) leaves focus on the main button, not the page.
    if (this.focused && !this.focused.isConnected) this.renderRoot.querySelector<HTMLElement>('.primary')?.focus();
    if (changed.has('snap')) this.moveRing();
  }

  /** Every routine to choose from, those for the provider's selection first. */
  private renderChooser(): TemplateResult {
    return renderChooser(this.localize, {
      routines: this.providedDataset.value?.routines ?? routines,
      areas: this.content().areas,
      chosen: this.providedSelection.value?.areas ?? [],
      headingLevel: this.headingLevel,
      place: this.place,
      setPlace: (place) => (this.place = place),
      choose: (id) => void this.choose(id),
    });
  }

  /** A routine chosen in the chooser: it loads, and focus goes to its title. */
  private async choose(id: string): Promise<void> {
    this.routine = id;
    await this.updateComplete;
    const title = this.renderRoot.querySelector<HTMLElement>('[part~="title"]');
    if (!title) return;
    title.tabIndex = -1;
    title.focus();
  }

  // ---- Time ---------------------------------------------------------------------------------

  /** The routine being played, once loaded. */
  private get data(): Routine | undefined {
    return this.player.routine;
  }

  /** Loads the routine when the routine or the clock changed, or re-times it for a new hold scale or side pause. */
  private resolve(): void {
    const { routine, clock } = this;
    const built = this.built;
    // Routine ids are looked up in the provider's dataset: a new one rebuilds only if it changes the routine.
    const list = this.providedDataset.value?.routines ?? routines;
    if (
      built?.routine === routine &&
      built.clock === clock &&
      (built.list === list || typeof routine !== 'string' || this.lookUp(list, routine) === this.data)
    ) {
      built.list = list;
      this.player.retime(this.holdScale, this.sidePause);
      return;
    }
    this.player.unload();
    this.cues.silence();
    this.built = { routine, clock, list };
    this.share.reset();
    this.snap = undefined;
    this.error = '';
    const data = this.find(routine);
    if (!data) return;
    reportFor(this, 'routine', []);
    const restored = this.player.load(data, this.holdScale, this.sidePause);
    if (restored) {
      this.holdScale = restored.scale;
      this.sidePause = restored.pause;
      Object.assign(this, restored.cues);
    }
  }

  /** The first three problems, each "path: message.", for a message. */
  private problems(errors: readonly { path: string; message: string }[]): string {
    const shown = errors.slice(0, 3).map((e) => `${e.path ? `${e.path}: ` : ''}${e.message}.`);
    if (errors.length > 3) shown.push('…');
    return shown.join(' ');
  }

  /**
   * The routine in the page's address (`#routine=…`, from "Copy a link to this routine"), read
   * once, by the first timer of the page: loaded when it is valid (it wins over the `routine`
   * attribute: it is what the visitor was sent); otherwise shown and reported by path, and nothing
   * is loaded or run.
   */
  private readLink(): void {
    if (this.linkRead) return;
    this.linkRead = true;
    if (document.querySelector('bw-stretch-timer') !== this) return;
    const read = routineFromFragment(location.hash);
    if (!read) return;
    if (read.routine) {
      this.routine = read.routine;
      return;
    }
    this.linkProblem = this.localize.term('timerBadLink', this.problems(read.errors));
    this.reportError({ code: 'invalid-routine', message: this.linkProblem, value: '', errors: read.errors });
  }

  /** The routine to play, or undefined after showing and reporting why it cannot be played. */
  private find(routine: unknown): Routine | undefined {
    const t = this.localize;
    let code = 'invalid-routine';
    let message: string;
    let value: string | undefined;
    let errors;
    // A shared routine's code (`1.…`, as in a "Copy a link" address) given as the attribute.
    if (typeof routine === 'string' && /^\d+\.\S/.test(routine.trim())) {
      const read = decodeRoutine(routine.trim());
      if (read.routine) routine = read.routine;
      else {
        errors = read.errors;
        message = t.term('timerBadLink', this.problems(errors));
        this.error = message;
        reportFor(this, 'routine', [{ code, message, value: '', errors }]);
        return undefined;
      }
    }
    if (typeof routine === 'string' || routine == null) {
      value = (routine ?? '').trim();
      // No routine yet (a script may be about to set one): nothing to report.
      if (!value) return void reportFor(this, 'routine', []);
      const found = this.lookUp(this.built!.list, value);
      if (found) return found;
      code = 'unknown-routine';
      message = t.term('unknownId', 'routine', value);
    } else {
      ({ errors } = validateRoutine(routine, { precautions: this.content().precautions }));
      if (!errors.length) return routine as Routine;
      message = t.term('timerBadRoutine', this.problems(errors));
      try {
        value = String((routine as Partial<Routine>).id ?? '');
      } catch {
        value = '';
      }
    }
    this.error = message;
    // Reported when it arrives: a new provider dataset that still lacks the routine says nothing new.
    reportFor(this, 'routine', [{ code, message, value, ...(errors ? { errors } : {}) }]);
    return undefined;
  }

  private lookUp(list: readonly Routine[], id: string): Routine | undefined {
    return list.find((r) => r.id === id.trim());
  }

  /** What routines refer to: the provider's dataset, or the bundled precautions, areas and help. */
  private content(): Pick<Dataset, 'precautions' | 'areas' | 'conditions' | 'help'> {
    return this.providedDataset.value ?? { precautions, areas, conditions: [], help };
  }

  private command(name: PlayerCommand): boolean {
    this.resolve();
    const snapshot = this.player.run(name);
    if (!snapshot) return false;
    const detail = { routineId: this.data!.id, elapsedMs: Math.round(snapshot.elapsedMs) };
    if (name === 'start' || name === 'resume') this.cues.unlock();
    else if (name === 'pause' || name === 'reset' || name === 'stop') this.cues.silence();
    if (name === 'start' || name === 'pause' || name === 'resume') this.emit(`bw-timer-${name}`, detail);
    if (name === 'stop') {
      this.emit('bw-timer-stop', { ...detail, stepId: snapshot.segment?.stepId ?? '' });
      const t = this.localize;
      this.cues.cue(`${t.term('timerStoppedTitle')}. ${t.term('timerStoppedText')}`, 'stop');
    }
    this.player.sync(true);
    this.player.save();
    return true;
  }

  /**
   * The player's transitions since it last caught up: each fires its event, and the latest is
   * cued unless it is stale (page hidden, reload).
   */
  private announce(events: readonly TimerEvent[]): void {
    let cue: [string, CueKind] | undefined;
    for (const event of events) {
      const fresh = event.lateMs <= STALE_MS;
      if (event.type === 'segment') {
        const s = event.segment;
        this.emit('bw-step-change', {
          index: s.stepIndex,
          stepId: s.stepId,
          side: s.side,
          phase: s.phase,
          repetition: s.repetition,
          segmentIndex: event.index,
          late: !fresh,
        });
        cue = fresh ? this.cueFor(event.index, s) : undefined;
      } else {
        this.emit('bw-timer-complete', { routineId: this.data!.id, elapsedMs: Math.round(event.elapsedMs) });
        cue = fresh ? [this.localize.term('timerSayComplete'), 'complete'] : undefined;
      }
    }
    if (cue) this.cues.cue(...cue);
  }

  // ---- Cues ---------------------------------------------------------------------------------

  private sideWord(side: Side): string {
    return this.localize.term(side === 'left' ? 'sideLeft' : 'sideRight');
  }

  /** What to say when segment `index` begins. */
  private cueFor(index: number, s: TimedSegment): [string, CueKind] {
    const t = this.localize;
    const step = this.data!.steps[s.stepIndex]!;
    if (s.phase === 'prep') return [t.term('timerSayPrep', step.title, s.seconds), 'prep'];
    if (s.phase === 'rest') return [t.term('timerSayRest', s.seconds), 'rest'];
    if (s.phase === 'switch') return [t.term('timerSaySwitch', this.sideWord(s.side ?? 'right')), 'switch'];
    if (s.phase === 'move') {
      const where = s.position ? t.term('timerPosition', s.position) : '';
      return [t.term('timerSayMove', step.title, where, s.seconds), 'prep'];
    }
    const hold = t.term('timerSayHold', s.seconds);
    const before = this.player.segmentAt(index - 1);
    // Straight after "switch sides" (or from left to right with no pause between), the hold alone.
    if (before?.phase === 'switch') return [hold, 'hold'];
    if (s.side === 'right' && before?.side === 'left' && before.stepIndex === s.stepIndex) {
      return [`${t.term('timerSaySwitch', this.sideWord('right'))} ${hold}`, 'switch'];
    }
    const name = s.side ? t.term('withSide', step.title, t.term('timerSide', this.sideWord(s.side))) : step.title;
    const rep = step.repetitions > 1 ? ` ${t.term('timerRepOf', s.repetition, step.repetitions)}.` : '';
    return [`${name}.${rep} ${hold}`, 'hold'];
  }

  private setCue(name: CueName, on: boolean): void {
    this[name] = on;
    if (on) this.cues.sample(name);
    this.player.save();
  }

  private readonly unlock = (): void => this.cues.unlock();

  // ---- Input --------------------------------------------------------------------------------

  private readonly toggle = (): void => {
    this.player.sync();
    const status = this.state;
    if (status === 'running') this.pause();
    else if (status === 'paused') this.resume();
    else this.start();
  };

  private readonly restart = (): void => {
    this.reset();
    this.start();
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    const tag = (event.composedPath()[0] as Element).localName;
    if (event.altKey || event.ctrlKey || event.metaKey || tag === 'input' || tag === 'select') return;
    this.unlock();
    const key = event.key;
    if (key === ' ' && tag !== 'button' && tag !== 'summary') this.toggle();
    else if (key === 'ArrowLeft' || key === 'ArrowRight') {
      // In right-to-left pages the controls mirror, and so do the arrows.
      const forward = (key === 'ArrowRight') !== (getComputedStyle(this).direction === 'rtl');
      if (forward) this.next();
      else this.previous();
    } else return;
    event.preventDefault();
  };

  private readonly onScale = (event: Event): void => {
    this.holdScale = Number((event.target as HTMLSelectElement).value);
  };

  // ---- Rendering ----------------------------------------------------------------------------

  /**
   * Points the ring and the progress bar at the time shown, with transforms the compositor draws
   * (no style, layout or paint per frame; no style attribute). While running, each one-second step
   * eases in over a quarter of a second; a continuous sweep would keep the compositor, and the
   * main thread that hears from it, busy every frame for the whole routine. With reduced motion,
   * paused, or at a new segment, they jump.
   */
  private moveRing(): void {
    const s = this.snap;
    const parts = ['.l .arc', '.r .arc', '.bar-value']
      .map((part) => this.renderRoot.querySelector(part))
      .filter((part): part is Element => typeof part?.animate === 'function');
    if (!s?.segment || parts.length !== 3) {
      this.ringIndex = -1;
      return;
    }
    const running = s.status === 'running';
    const shown = running ? displayedSeconds(s.remainingMs) * 1000 : s.remainingMs;
    const left = running ? Math.ceil((s.totalMs * (1 - s.progress)) / 1000) * 1000 : s.totalMs * (1 - s.progress);
    const to = ringTransforms(1 - Math.max(0, shown) / s.segmentMs, Math.min(1, Math.max(0, 1 - left / s.totalMs)));
    const ease =
      running &&
      this.ringIndex === s.index &&
      this.ringParts[0] === parts[0] &&
      !matchMedia('(prefers-reduced-motion: reduce)').matches;
    const from = this.ringShown;
    for (const a of this.ring) a.cancel();
    this.ring = parts.map((el, i) =>
      el.animate([{ transform: ease ? from[i] : to[i] }, { transform: to[i] }], {
        duration: ease ? 250 : 0,
        easing: 'ease-out',
        fill: 'forwards',
      }),
    );
    this.ringShown = to;
    this.ringParts = parts;
    this.ringIndex = s.index;
  }

  protected override render(): TemplateResult | typeof nothing {
    const body = this.renderBody();
    return this.linkProblem ? html`${errorBox(this.localize, this.linkProblem)}${body}` : body;
  }

  private renderBody(): TemplateResult | typeof nothing {
    const { data, snap } = this;
    const t = this.localize;
    // Never a blank box: with a routine that cannot be played, or none, every routine to choose from.
    if (this.error) return html`${errorBox(this.localize, this.error)}${this.renderChooser()}`;
    if (!data || !snap)
      return html`<p class="visually-hidden" part="empty" role="status">${t.term('timerNoRoutine')}</p>
        ${this.renderChooser()}`;
    const status = snap.status;
    const active = status === 'running' || status === 'paused';
    const primary: TermKey =
      status === 'running'
        ? 'timerPause'
        : status === 'paused'
          ? 'timerResume'
          : status === 'idle'
            ? 'timerStart'
            : 'timerStartAgain';
    const { scale, pause } = this.player;
    const minutes = active
      ? 0
      : Math.round(routineDurationSeconds(data, { holdScale: scale, switchSeconds: pause }) / 60);
    return html`<div class="base" part="base" @keydown=${this.onKey} @pointerdown=${this.unlock}>
      <div class="head">
        ${heading(this.headingLevel, 'title', data.title)}
        ${
          active
            ? this.renderProgress(snap)
            : html`<p class="summary">${data.summary} <span class="about">${t.term('timerAbout', minutes)}</span></p>`
        }
      </div>
      ${active ? this.renderPlayer(data, snap) : status === 'idle' ? this.renderIntro(data) : this.renderEnd(snap)}
      <div class="controls" part="controls">
        <button type="button" class="primary" part="button primary" @click=${this.toggle}>
          ${icon(status === 'running' ? 'M7 5h3.5v14H7zm6.5 0H17v14h-3.5z' : 'M8 5v14l11-7z', 'fill')}${t.term(primary)}
        </button>
        ${
          active
            ? html`<button type="button" part="button" @click=${() => this.previous()}>
                  ${icon('M15 5l-7 7 7 7', 'dir')}${t.term('timerPrevious')}
                </button>
                <button type="button" part="button" @click=${() => this.next()}>
                  ${t.term('timerNext')}${icon('M9 5l7 7-7 7', 'dir')}
                </button>
                <button type="button" part="button" @click=${this.restart}>${t.term('timerRestart')}</button>
                <button type="button" class="stop" part="button stop" @click=${() => this.stop()}>
                  ${t.term('timerStop')}
                </button>`
            : nothing
        }
      </div>
      ${this.renderSettings()}
      <p class="visually-hidden live" role="status">${this.cues.said}</p>
      <p id="keys" hidden>${t.term('timerKeys')}</p>
      ${active ? nothing : this.share.render(data)}
    </div>`;
  }

  private renderProgress(s: TimerSnapshot): TemplateResult {
    const t = this.localize;
    const left = Math.ceil((s.totalMs * (1 - s.progress)) / 1000);
    // The words around the time, in the language's order, and the time in a box of its own.
    const [before, after] = t.term('timerLeftInRoutine', '\u0000').split('\u0000');
    return html`<div class="progress" part="progress">
      <span>${t.term('timerStepOf', s.stepIndex + 1, s.stepCount)}</span>
      <span class="left">${before}<span class="clock">${mss(left)}</span>${after}</span>
      <div class="bar" aria-hidden="true"><div class="bar-value"></div></div>
    </div>`;
  }

  private renderIntro(data: Routine): TemplateResult {
    const t = this.localize;
    const content = this.content();
    const { redFlags, precautions: others } = routineWarnings(content, data);
    const scale = this.player.scale;
    return html`<section class="precautions" part="precautions" aria-labelledby="before">
        ${heading(this.headingLevel + 1, 'subhead', t.term('timerBeforeStart'), 'before')}
        <ul class="warning-list" role="list">
          ${renderRedFlags(redFlags, signsByUrgency(redFlags), content.help, t)}
          ${others.map((p) => renderPrecaution(p, t))}
        </ul>
      </section>
      <section class="plan" part="steps" aria-labelledby="steps">
        ${heading(this.headingLevel + 1, 'subhead', t.term('timerSteps'), 'steps')}
        <ol>
          ${data.steps.map(
            (step) =>
              html`<li>
                ${step.title}
                <span class="muted"
                  >${t.term(
                    'timerPlan',
                    Math.max(1, Math.round(step.holdSeconds * scale)),
                    step.repetitions,
                    step.sides !== 'none',
                  )}${step.position ? `, ${t.term('timerPosition', step.position)}` : ''}</span
                >
              </li>`,
          )}
        </ol>
      </section>`;
  }

  private renderPlayer(data: Routine, s: TimerSnapshot): TemplateResult {
    const t = this.localize;
    const segment = s.segment!;
    const step = data.steps[segment.stepIndex]!;
    const seconds = displayedSeconds(s.remainingMs);
    const phase = PHASE_TERMS[segment.phase];
    const ending = s.status === 'running' && seconds <= 3 && s.segmentMs > 3000;
    const next = s.next;
    const nextStep = next && data.steps[next.stepIndex]!;
    let upNext = t.term('timerTheEnd');
    if (next?.phase === 'rest' || next?.phase === 'switch')
      upNext = `${t.term(PHASE_TERMS[next.phase])} ${mss(next.seconds)}`;
    else if (next)
      upNext = next.side
        ? t.term('withSide', nextStep!.title, t.term('timerSide', this.sideWord(next.side)))
        : nextStep!.title;
    return html`<div class="player ${segment.phase}">
      <div
        class="display ${s.status}${ending ? ' ending' : ''}"
        part="display"
        role="timer"
        tabindex="0"
        aria-label=${t.term('timerTimeLeft')}
        aria-describedby="keys"
      >
        <div class="ring" part="ring" aria-hidden="true">
          <svg class="track" viewBox="0 0 100 100"><circle cx="50" cy="50" r="45"></circle></svg>
          <div class="half l"><div class="arc">${ARC_LEFT}</div></div>
          <div class="half r"><div class="arc">${ARC_RIGHT}</div></div>
        </div>
        </svg>
        <div class="readout">
          <span class="phase" part="phase">${s.status === 'paused' ? t.term('timerPaused') : t.term(phase)}</span>
          <span class="time" part="time" aria-hidden="true">${mss(seconds)}</span>
          <span class="visually-hidden">${t.term('timerSpoken', Math.floor(seconds / 60), seconds % 60)}</span>
          ${
            segment.side
              ? html`<span class="side" part="side">${t.term('timerSide', this.sideWord(segment.side))}</span>`
              : nothing
          }
        </div>
      </div>
      <div class="step" part="step">
        ${
          step.repetitions > 1 && segment.phase !== 'prep' && segment.phase !== 'move'
            ? html`<p class="muted">${t.term('timerRepOf', segment.repetition, step.repetitions)}</p>`
            : nothing
        }
        ${heading(this.headingLevel + 1, 'subhead', step.title)}
        <p>${step.instruction}</p>
        <p class="safety">${step.safety}</p>
        <p class="next" part="next"><span class="muted">${t.term('timerUpNext')}</span> ${upNext}</p>
      </div>
    </div>`;
  }

  private renderEnd(s: TimerSnapshot): TemplateResult {
    const t = this.localize;
    const complete = s.status === 'complete';
    return html`<div class="end ${s.status}" part="end">
      ${heading(this.headingLevel + 1, 'subhead', t.term(complete ? 'timerCompleteTitle' : 'timerStoppedTitle'))}
      <p>${complete ? t.term('timerCompleteText', mss(Math.round(s.elapsedMs / 1000))) : t.term('timerStoppedText')}</p>
    </div>`;
  }

  private renderSettings(): TemplateResult {
    const t = this.localize;
    const scale = this.player.scale;
    const scales = SCALES.includes(scale) ? SCALES : [...SCALES, scale].sort((a, b) => a - b);
    const support = cueSupport();
    const toggle = (name: CueName, label: TermKey) =>
      support[name]
        ? html`<label class="check">
            <input
              type="checkbox"
              .checked=${this[name]}
              @change=${(event: Event) => this.setCue(name, (event.target as HTMLInputElement).checked)}
            />
            ${t.term(label)}
          </label>`
        : nothing;
    return html`<details class="settings" part="settings">
      <summary>${t.term('timerSettings')}</summary>
      <div class="fields">
        <label class="field">
          ${t.term('timerHoldLength')}
          <select @change=${this.onScale}>
            ${scales.map(
              (v) =>
                html`<option value=${v} ?selected=${v === scale}>
                  ${t.term(
                    'timerScale',
                    formatNumber(t, v),
                    t.term(v < 1 ? 'timerShorter' : v > 1 ? 'timerLonger' : 'timerAsSet'),
                  )}
                </option>`,
            )}
          </select>
        </label>
        ${toggle('sound', 'timerSound')} ${toggle('voice', 'timerVoice')} ${toggle('vibrate', 'timerVibrate')}
      </div>
    </details>`;
  }
}
