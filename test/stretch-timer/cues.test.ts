import { expect } from '@open-wc/testing';
import { Speaker, Tones, cueSupport, vibrate } from '../../src/components/stretch-timer/cues.js';
import { FakeAudioContext, stubProperty } from './helpers.js';

/** A speech engine that speaks until told an utterance ended (or errored). */
class Engine {
  log: string[] = [];
  speaking: SpeechSynthesisUtterance[] = [];
  speak(u: SpeechSynthesisUtterance) {
    this.log.push(`say ${u.text}`);
    this.speaking.push(u);
  }
  cancel() {
    this.log.push('cancel');
    const cut = this.speaking;
    this.speaking = [];
    // Real engines report a cancelled utterance as an error, sometimes after the next speak().
    for (const u of cut) u.onerror?.(new Event('error') as SpeechSynthesisErrorEvent);
  }
  end() {
    const u = this.speaking.shift();
    u?.onend?.(new Event('end') as SpeechSynthesisEvent);
  }
}

describe('stretch-timer cues', () => {
  const undo: (() => void)[] = [];
  afterEach(() => {
    while (undo.length) undo.pop()!();
  });

  function speaker() {
    const engine = new Engine();
    undo.push(
      stubProperty(
        window,
        'SpeechSynthesisUtterance',
        class {
          lang = '';
          onend: ((e: Event) => void) | null = null;
          onerror: ((e: Event) => void) | null = null;
          constructor(public text: string) {}
        },
      ),
    );
    return { engine, voice: new Speaker(engine as unknown as SpeechSynthesis) };
  }

  describe('voice priorities', () => {
    it('a side switch is never cut off: later ordinary cues wait, and only the latest waiting one is said', () => {
      const { engine, voice } = speaker();
      voice.say('Switch to your right side.', 'switch');
      voice.say('Rest for 10 seconds.', 'rest');
      voice.say('Knee hug, left side.', 'hold');
      expect(engine.log).to.deep.equal(['say Switch to your right side.']);
      engine.end();
      expect(engine.log).to.deep.equal(['say Switch to your right side.', 'say Knee hug, left side.']);
    });

    it('a second side switch waits for the first; completion waits for a side switch', () => {
      const { engine, voice } = speaker();
      voice.say('Switch A.', 'switch');
      voice.say('Switch B.', 'switch');
      voice.say('Done.', 'complete');
      engine.end();
      expect(engine.log).to.deep.equal(['say Switch A.', 'say Done.']);
    });

    it('ordinary cues give way to newer ones; stop cuts off everything', () => {
      const { engine, voice } = speaker();
      voice.say('Get ready.', 'prep');
      voice.say('Chin tuck.', 'hold');
      expect(engine.log).to.deep.equal(['say Get ready.', 'cancel', 'say Chin tuck.']);
      voice.say('Switch.', 'switch');
      voice.say('Stopped.', 'stop');
      expect(engine.log.slice(3)).to.deep.equal(['cancel', 'say Switch.', 'cancel', 'say Stopped.']);
      // The error the engine reports for the cancelled utterance does not end the new one.
      voice.say('Rest.', 'rest');
      expect(engine.log.at(-1)).to.equal('say Stopped.');
    });

    it('an engine that never reports the end does not hold cues back for ever', () => {
      const { engine, voice } = speaker();
      const now = performance.now();
      voice.say('Switch.', 'switch');
      undo.push(stubProperty(performance, 'now', () => now + 20_000));
      voice.say('Rest.', 'rest');
      expect(engine.log.at(-1)).to.equal('say Rest.');
    });

    it('speaks in the given language; cancel forgets waiting cues; without speech it does nothing', () => {
      const { engine, voice } = speaker();
      voice.lang = 'fr-CA';
      voice.say('Changez de côté.', 'switch');
      expect(engine.speaking[0]!.lang).to.equal('fr-CA');
      voice.say('Repos.', 'rest');
      voice.cancel();
      engine.end();
      expect(engine.log).to.deep.equal(['say Changez de côté.', 'cancel']);
      undo.push(stubProperty(window, 'speechSynthesis', undefined));
      expect(() => new Speaker().say('Hello.', 'hold')).not.to.throw();
    });
  });

  describe('tones and vibration', () => {
    it('plays nothing until unlocked, then soft generated tones; closes cleanly', () => {
      // A context that starts suspended, as browsers make them before a user gesture.
      class Ctx extends FakeAudioContext {
        override state: 'suspended' | 'running' | 'closed' = 'suspended';
      }
      FakeAudioContext.made = [];
      undo.push(stubProperty(window, 'AudioContext', Ctx));
      const tones = new Tones();
      tones.play('hold');
      const played = () => FakeAudioContext.made.flatMap((context) => context.tones);
      expect(played()).to.deep.equal([]);
      tones.unlock();
      tones.play('complete');
      expect(played()).to.deep.equal([523, 659, 784]);
      tones.close();
      tones.play('hold');
      expect(played()).to.have.length(3);
    });

    it('survives a browser without Web Audio or vibration', () => {
      undo.push(stubProperty(window, 'AudioContext', undefined), stubProperty(navigator, 'vibrate', undefined));
      const tones = new Tones();
      expect(() => {
        tones.unlock();
        tones.play('switch');
        vibrate('switch');
      }).not.to.throw();
      expect(cueSupport().vibrate).to.equal(false);
    });
  });
});
