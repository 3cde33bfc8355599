/**
 * The timer's sound, voice and vibration cues. Each is off until switched on; each is skipped
 * quietly where the platform lacks it. No audio files: tones are generated with Web Audio.
 */

/** What happened: decides the tone, the vibration pattern and the voice priority. */
export type CueKind = 'prep' | 'hold' | 'switch' | 'rest' | 'complete' | 'stop' | 'test';

/** [frequency Hz, start s, length s] of each soft sine tone. */
const TONES: Record<CueKind, number[][]> = {
  prep: [[587, 0, 0.14]],
  hold: [[659, 0, 0.2]],
  switch: [
    [523, 0, 0.14],
    [784, 0.2, 0.24],
  ],
  rest: [[440, 0, 0.3]],
  complete: [
    [523, 0, 0.16],
    [659, 0.18, 0.16],
    [784, 0.36, 0.4],
  ],
  stop: [],
  test: [[659, 0, 0.2]],
};

const VIBRATIONS: Record<CueKind, number[]> = {
  prep: [80],
  hold: [200],
  switch: [120, 80, 120],
  rest: [80],
  complete: [200, 100, 200, 100, 400],
  stop: [],
  test: [120],
};

/** Voice priority: a cue never cuts off one of higher or equal priority 1+ (side switch, completion). */
const PRIORITY: Record<CueKind, number> = { prep: 0, hold: 0, rest: 0, test: 0, switch: 1, complete: 1, stop: 2 };

type AudioContextClass = typeof AudioContext;

/** Soft generated tones. The context is made (or resumed) only by {@link unlock}, inside a user gesture. */
export class Tones {
  private context: AudioContext | undefined;

  /** Creates or resumes the audio context; call it from a click or key press. */
  unlock(): void {
    const Context = (globalThis.AudioContext ??
      (globalThis as { webkitAudioContext?: AudioContextClass }).webkitAudioContext) as AudioContextClass | undefined;
    try {
      this.context ??= Context ? new Context() : undefined;
      if (this.context?.state === 'suspended') this.context.resume().catch(() => {});
    } catch {
      this.context = undefined;
    }
  }

  play(kind: CueKind): void {
    const ctx = this.context;
    if (!ctx || ctx.state === 'closed') return;
    try {
      const start = ctx.currentTime + 0.02;
      for (const [frequency, at, length] of TONES[kind]) {
        const oscillator = ctx.createOscillator();
        const gain = ctx.createGain();
        const t = start + at!;
        oscillator.frequency.value = frequency!;
        gain.gain.setValueAtTime(0.0001, t);
        gain.gain.exponentialRampToValueAtTime(0.25, t + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, t + length!);
        oscillator.connect(gain).connect(ctx.destination);
        oscillator.start(t);
        oscillator.stop(t + length! + 0.05);
      }
    } catch {
      // A context the browser refuses to use: stay silent.
    }
  }

  close(): void {
    this.context?.close().catch(() => {});
    this.context = undefined;
  }
}

/**
 * Speech with priorities. A new cue replaces a lower-or-equal priority 0 cue mid-sentence (the
 * newest information wins), but waits for a side switch or a completion to finish: only the
 * latest waiting cue is kept. Stop (priority 2) cancels everything.
 */
export class Speaker {
  /** What is being said, and the engine saying it (the one to cancel, even if the page swapped it since). */
  private current:
    { utterance: SpeechSynthesisUtterance; priority: number; at: number; synth: SpeechSynthesis } | undefined;
  private waiting: { text: string; priority: number } | undefined;

  /** The language of the voice, e.g. the element's `lang`. */
  lang = 'en';

  /** `synth`: the speech engine, `speechSynthesis` by default (read when speaking). */
  constructor(private readonly engine?: SpeechSynthesis) {}

  private get synth(): SpeechSynthesis | undefined {
    return this.engine ?? globalThis.speechSynthesis;
  }

  say(text: string, kind: CueKind): void {
    if (!this.synth || !globalThis.SpeechSynthesisUtterance) return;
    const priority = PRIORITY[kind];
    const current = this.current;
    // An engine that never reports the end (it happens) must not hold every later cue back.
    if (current && current.priority >= 1 && priority <= current.priority && performance.now() - current.at < 15_000) {
      this.waiting = { text, priority };
      return;
    }
    this.cancel();
    this.speak(text, priority);
  }

  /** Stops speaking and forgets what was waiting. */
  cancel(): void {
    this.waiting = undefined;
    const speaking = this.current;
    if (!speaking) return;
    this.current = undefined;
    try {
      speaking.synth.cancel();
    } catch {
      // ignore
    }
  }

  private speak(text: string, priority: number): void {
    try {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = this.lang;
      const done = () => {
        if (this.current?.utterance !== utterance) return;
        this.current = undefined;
        const next = this.waiting;
        this.waiting = undefined;
        if (next) this.speak(next.text, next.priority);
      };
      utterance.onend = done;
      utterance.onerror = done;
      const synth = this.synth!;
      this.current = { utterance, priority, at: performance.now(), synth };
      synth.speak(utterance);
    } catch {
      this.current = undefined;
    }
  }
}

/** A short vibration where supported (not on iOS); never throws. */
export function vibrate(kind: CueKind): void {
  try {
    navigator.vibrate?.(VIBRATIONS[kind]);
  } catch {
    // ignore
  }
}

/** Whether this browser can make each kind of cue, for the settings the element offers. */
export function cueSupport(): { sound: boolean; voice: boolean; vibrate: boolean } {
  return {
    sound: Boolean(globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: unknown }).webkitAudioContext),
    voice: Boolean(globalThis.speechSynthesis && globalThis.SpeechSynthesisUtterance),
    vibrate: typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function',
  };
}
