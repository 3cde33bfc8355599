import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '../../internal/localize/localize.js';
import { Speaker, Tones, vibrate as buzz, type CueKind } from './cues.js';

/** The cue switches of the timer that owns the player. */
export interface CueHost extends ReactiveControllerHost, HTMLElement {
  sound: boolean;
  voice: boolean;
  vibrate: boolean;
}

/**
 * The timer's cues: a tone, a vibration and spoken words as the visitor switched them on, and the
 * words for the live region (`said`). Moved to another parent, it keeps its sound and speech; gone
 * from the page, it closes them.
 */
export class CuePlayer implements ReactiveController {
  /** The last words for the live region (the same words twice in a row differ by a no-break space, so both are announced). */
  said = '';
  private readonly tones = new Tones();
  private readonly speaker = new Speaker();

  constructor(
    private readonly host: CueHost,
    private readonly localize: LocalizeController,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      this.tones.close();
      this.speaker.cancel();
    });
  }

  /** Audio may only start after a gesture: call on the visitor's input. */
  unlock(): void {
    if (this.host.sound) this.tones.unlock();
  }

  /** Stops speaking (paused, reset, stopped, another routine). */
  silence(): void {
    this.speaker.cancel();
  }

  /** Sound, vibration and voice as switched on; the live region unless the page is hidden. */
  cue(text: string, kind: CueKind): void {
    const host = this.host;
    if (host.sound) this.tones.play(kind);
    if (host.vibrate) buzz(kind);
    if (host.voice) {
      this.speaker.lang = this.localize.lang();
      this.speaker.say(text, kind);
    }
    if (document.visibilityState !== 'hidden') {
      this.said = text === this.said ? `${text}\u00a0` : text;
      host.requestUpdate();
    }
  }

  /** A cue just switched on: a sample of it, so the visitor knows it works. */
  sample(name: 'sound' | 'voice' | 'vibrate'): void {
    if (name === 'sound') {
      this.tones.unlock();
      this.tones.play('test');
    } else if (name === 'voice') {
      this.speaker.say(this.localize.term('timerSayVoiceOn'), 'test');
    } else {
      buzz('test');
    }
  }
}
