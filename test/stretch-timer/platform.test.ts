import { expect } from '@open-wc/testing';
import { nextTask } from '../support/next-task.js';
import {
  FakeClock,
  TEST_ROUTINE,
  advance,
  captureWarnings,
  html,
  mount,
  mountFake,
  setVisibility,
  shown,
  stubProperty,
  FakeAudioContext,
} from './helpers.js';
import type { BwStretchTimer } from '../../src/stretch-timer.js';
import { routines } from '../../src/data/routines.js';

/** Fake speech: records what was said and cancelled; an utterance ends when the test says so. */
class FakeSpeech {
  spoken: string[] = [];
  cancelled = 0;
  queue: { text: string; onend: (() => void) | null }[] = [];
  speak(u: { text: string; onend: (() => void) | null }) {
    this.spoken.push(u.text);
    this.queue.push(u);
  }
  cancel() {
    this.cancelled++;
    this.queue = [];
  }
  finish() {
    const u = this.queue.shift();
    u?.onend?.();
  }
}

class FakeUtterance {
  lang = '';
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public text: string) {}
}

/** A fake Screen Wake Lock: how many locks are held now, and how many were ever asked for. */
function fakeWakeLock() {
  const lock = {
    held: 0,
    requests: 0,
    sentinels: [] as { released: boolean; release: () => Promise<void> }[],
    request: async () => {
      lock.requests++;
      lock.held++;
      const sentinel = {
        released: false,
        release: async () => {
          if (!sentinel.released) lock.held--;
          sentinel.released = true;
        },
      };
      lock.sentinels.push(sentinel);
      return sentinel;
    },
  };
  return lock;
}

const settle = nextTask;

describe('<bw-stretch-timer> platform', () => {
  const undo: (() => void)[] = [];
  // Elements left from a test save their run when the fixture removes them, after afterEach.
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    setVisibility('visible');
    while (undo.length) undo.pop()!();
    FakeAudioContext.made = [];
    sessionStorage.clear();
  });

  function stubCues() {
    const speech = new FakeSpeech();
    const vibrations: unknown[] = [];
    undo.push(
      stubProperty(window, 'AudioContext', FakeAudioContext),
      stubProperty(window, 'speechSynthesis', speech),
      stubProperty(window, 'SpeechSynthesisUtterance', FakeUtterance),
      stubProperty(navigator, 'vibrate', (pattern: unknown) => vibrations.push(pattern) > 0),
    );
    return { speech, vibrations };
  }

  describe('cues', () => {
    it('are all off by default: no sound, no voice, no vibration', async () => {
      const { speech, vibrations } = stubCues();
      const { el, clock } = await mountFake();
      el.start();
      await advance(el, clock, 40_000);
      expect(el.state).to.equal('complete');
      expect(FakeAudioContext.made).to.have.length(0);
      expect(speech.spoken).to.deep.equal([]);
      expect(vibrations).to.deep.equal([]);
    });

    it('switched on by attribute: tones, vibration and voice at each phase, a distinct side switch', async () => {
      const { speech, vibrations } = stubCues();
      const { el, clock } = await mountFake(TEST_ROUTINE, { sound: true, voice: true, vibrate: true });
      el.start();
      expect(FakeAudioContext.made).to.have.length(1);
      const audio = FakeAudioContext.made[0]!;
      speech.finish();
      await advance(el, clock, 3000);
      speech.finish();
      await advance(el, clock, 5000);
      expect(speech.spoken).to.deep.equal([
        'Get ready for Step a. Starting in 3 seconds.',
        'Step a, left side. Repetition 1 of 2. Hold for 5 seconds.',
        'Switch to your right side. Hold for 5 seconds.',
      ]);
      expect(vibrations).to.deep.equal([[80], [200], [120, 80, 120]]);
      // Prep one tone, hold one tone, side switch two rising tones.
      expect(audio.tones).to.deep.equal([587, 659, 523, 784]);
    });

    it('a side switch is never cut off: a cue that comes while it is spoken waits for its end', async () => {
      const { speech } = stubCues();
      const routine = {
        ...TEST_ROUTINE,
        prepSeconds: 0,
        steps: [{ ...TEST_ROUTINE.steps[0]!, holdSeconds: 1, restSeconds: 1 }],
      };
      const { el, clock } = await mountFake(routine, { voice: true });
      el.start();
      speech.finish();
      await advance(el, clock, 1000); // switch to the right side, 1 s hold
      await advance(el, clock, 1000); // the rest begins while "Switch…" is still being spoken
      expect(speech.cancelled).to.equal(0);
      expect(speech.spoken.at(-1)).to.equal('Switch to your right side. Hold for 1 seconds.');
      speech.finish();
      expect(speech.spoken.at(-1)).to.equal('Rest for 1 seconds.');
    });

    it('an ordinary cue gives way to the newest one (Next pressed quickly)', async () => {
      const { speech } = stubCues();
      const { el } = await mountFake(TEST_ROUTINE, { voice: true });
      el.start();
      el.next();
      expect(speech.cancelled).to.equal(1);
      expect(speech.spoken.at(-1)).to.equal('Step a, left side. Repetition 1 of 2. Hold for 5 seconds.');
    });

    it('gives no cue for transitions that happened while hidden long ago, but cues those on time in a hidden tab', async () => {
      const { speech, vibrations } = stubCues();
      const { el, clock } = await mountFake(TEST_ROUTINE, { voice: true, vibrate: true, sound: true });
      el.start();
      const audio = FakeAudioContext.made[0]!;
      speech.finish();
      setVisibility('hidden');
      await advance(el, clock, 3000); // on time, though hidden: cued
      speech.finish();
      expect(speech.spoken.at(-1)).to.contain('Step a, left side');
      const counts = [speech.spoken.length, vibrations.length, audio.tones.length];
      clock.jump(11_500); // throttled: the side switch and the rest pass unnoticed (the rest began 1.5 s ago)
      setVisibility('visible');
      await el.updateComplete;
      expect([speech.spoken.length, vibrations.length, audio.tones.length]).to.deep.equal(counts);
      expect(shown.phase(el)).to.equal('Rest');
    });

    it('the settings switch cues on with a sample, and show only what the device supports', async () => {
      const { speech, vibrations } = stubCues();
      const { el } = await mountFake();
      const box = (label: string) =>
        [...el.shadowRoot!.querySelectorAll('label')]
          .find((l) => l.textContent!.trim() === label)!
          .querySelector('input')!;
      box('Sound').click();
      box('Voice').click();
      box('Vibration').click();
      await el.updateComplete;
      expect([el.sound, el.voice, el.vibrate]).to.deep.equal([true, true, true]);
      expect(el.hasAttribute('voice')).to.equal(true);
      expect(FakeAudioContext.made[0]!.tones).to.have.length(1);
      expect(speech.spoken).to.deep.equal(['Voice cues are on.']);
      expect(vibrations).to.have.length(1);
      undo.push(stubProperty(navigator, 'vibrate', undefined)); // a device without vibration
      const { el: other } = await mountFake();
      const labels = [...other.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.trim());
      expect(labels).to.include('Sound');
      expect(labels).not.to.include('Vibration');
    });

    it('stop cancels speech and says what to do', async () => {
      const { speech } = stubCues();
      const { el } = await mountFake(TEST_ROUTINE, { voice: true });
      el.start();
      el.stop();
      expect(speech.cancelled).to.be.at.least(1);
      expect(speech.spoken.at(-1)).to.match(/^Stopped\. Stop the movement now and rest\./);
    });
  });

  describe('screen wake lock', () => {
    it('is held while running, released on pause, asked again on resume and when the page is shown, released at the end', async () => {
      const lock = fakeWakeLock();
      undo.push(stubProperty(navigator, 'wakeLock', lock));
      const { el, clock } = await mountFake();
      el.start();
      await settle();
      expect(lock.held).to.equal(1);
      el.pause();
      await settle();
      expect(lock.held).to.equal(0);
      el.resume();
      await settle();
      expect(lock.held).to.equal(1);
      // The browser drops the lock when the page is hidden; it is asked for again when shown.
      setVisibility('hidden');
      lock.sentinels.at(-1)!.released = true;
      lock.held = 0;
      setVisibility('visible');
      await settle();
      expect(lock.held).to.equal(1);
      expect(lock.requests).to.equal(3);
      await advance(el, clock, 40_000);
      await settle();
      expect(el.state).to.equal('complete');
      expect(lock.held).to.equal(0);
    });

    it('is released when the element is removed', async () => {
      const lock = fakeWakeLock();
      undo.push(stubProperty(navigator, 'wakeLock', lock));
      const { el } = await mountFake();
      el.start();
      await settle();
      el.remove();
      await settle();
      expect(lock.held).to.equal(0);
    });

    it('is skipped quietly where unsupported or refused', async () => {
      const warnings = captureWarnings();
      try {
        undo.push(stubProperty(navigator, 'wakeLock', undefined));
        const { el } = await mountFake();
        expect(el.start()).to.equal(true);
        undo.pop()!();
        undo.push(
          stubProperty(navigator, 'wakeLock', {
            request: () => Promise.reject(new DOMException('no', 'NotAllowedError')),
          }),
        );
        el.reset();
        expect(el.start()).to.equal(true);
        await settle();
        expect(el.state).to.equal('running');
        expect(warnings.calls).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('persistence', () => {
    const KEY = 'bodywork-elements:stretch-timer:test-routine';

    it('without persist, nothing is stored', async () => {
      const { el, clock } = await mountFake();
      el.start();
      await advance(el, clock, 5000);
      el.pause();
      el.remove();
      dispatchEvent(new Event('pagehide'));
      expect(sessionStorage.length).to.equal(0);
      expect(localStorage.getItem(KEY)).to.equal(null);
    });

    it('with persist, a running routine survives a reload in the right place, with its hold scale and cues', async () => {
      stubCues();
      const { el, clock } = await mountFake(TEST_ROUTINE, { persist: true, holdScale: 2, voice: true });
      el.start();
      await advance(el, clock, 3000 + 4000); // "a" left, 6 of 10 s left
      dispatchEvent(new Event('pagehide'));
      expect(JSON.parse(sessionStorage.getItem(KEY)!).scale).to.equal(2);
      el.remove();
      // The reload took 2.5 s.
      const saved = JSON.parse(sessionStorage.getItem(KEY)!);
      saved.clock.savedAt -= 2500;
      sessionStorage.setItem(KEY, JSON.stringify(saved));

      const { el: again } = await mountFake(TEST_ROUTINE, { persist: true });
      expect(again.state).to.equal('running');
      expect(again.holdScale).to.equal(2);
      expect(again.voice).to.equal(true);
      expect(shown.step(again)).to.equal('Step a');
      expect(shown.side(again)).to.equal('left side');
      expect(shown.time(again)).to.equal('0:04'); // 6 − 2.5 = 3.5 s
    });

    it('with persist, a paused routine comes back paused with the same time left', async () => {
      const { el, clock } = await mountFake(TEST_ROUTINE, { persist: true });
      el.start();
      await advance(el, clock, 9200); // "a" right, 3.8 s left
      el.pause();
      el.remove();
      const { el: again } = await mountFake(TEST_ROUTINE, { persist: true });
      expect(again.state).to.equal('paused');
      expect(shown.side(again)).to.equal('right side');
      expect(shown.time(again)).to.equal('0:04');
      again.resume();
      expect(again.state).to.equal('running');
    });

    it('forgets the run when it completes, is stopped or reset, or persist is removed', async () => {
      const { el, clock } = await mountFake(TEST_ROUTINE, { persist: true });
      el.start();
      expect(sessionStorage.getItem(KEY)).not.to.equal(null);
      await advance(el, clock, 40_000);
      expect(sessionStorage.getItem(KEY)).to.equal(null);
      el.start();
      el.stop();
      expect(sessionStorage.getItem(KEY)).to.equal(null);
      el.start();
      el.reset();
      expect(sessionStorage.getItem(KEY)).to.equal(null);
      el.start();
      el.persist = false;
      await el.updateComplete;
      expect(sessionStorage.getItem(KEY)).to.equal(null);
    });

    it('ignores a saved run that is corrupt or for another version of the routine', async () => {
      sessionStorage.setItem(KEY, '{not json');
      const { el } = await mountFake(TEST_ROUTINE, { persist: true });
      expect(el.state).to.equal('idle');
      sessionStorage.setItem(
        KEY,
        JSON.stringify({ scale: 1, clock: { version: 1, status: 'running', segmentCount: 99 } }),
      );
      const { el: other } = await mountFake(TEST_ROUTINE, { persist: true });
      expect(other.state).to.equal('idle');
    });
  });

  describe('clean-up', () => {
    it('leaves no timers, listeners, wake lock, audio or speech behind when removed', async () => {
      stubCues();
      const lock = fakeWakeLock();
      undo.push(stubProperty(navigator, 'wakeLock', lock));
      // Listeners added to window and document while the element is added, and removed while it is removed.
      let recording = false;
      const listeners = new Map<EventListenerOrEventListenerObject, number>();
      for (const target of [window, document]) {
        const add = target.addEventListener;
        const remove = target.removeEventListener;
        undo.push(
          stubProperty(
            target,
            'addEventListener',
            function (this: EventTarget, type: string, fn: EventListener, o?: unknown) {
              if (recording) listeners.set(fn, (listeners.get(fn) ?? 0) + 1);
              return add.call(this, type, fn, o as AddEventListenerOptions);
            },
          ),
          stubProperty(
            target,
            'removeEventListener',
            function (this: EventTarget, type: string, fn: EventListener, o?: unknown) {
              if (recording) listeners.set(fn, (listeners.get(fn) ?? 0) - 1);
              return remove.call(this, type, fn, o as EventListenerOptions);
            },
          ),
        );
      }
      const clock = new FakeClock();
      const el = document.createElement('bw-stretch-timer');
      Object.assign(el, { clock, routine: TEST_ROUTINE, sound: true, voice: true });
      recording = true;
      document.body.append(el);
      recording = false;
      await el.updateComplete;
      expect(listeners.size, 'listeners added').to.be.greaterThan(0);
      el.start();
      await settle();
      expect(clock.pending).to.equal(1);
      expect(lock.held).to.equal(1);
      recording = true;
      el.remove();
      recording = false;
      await settle();
      expect(clock.pending).to.equal(0);
      expect(
        [...listeners.values()].every((n) => n === 0),
        'every listener added was removed',
      ).to.equal(true);
      expect(lock.held).to.equal(0);
      expect(FakeAudioContext.made[0]!.state).to.equal('closed');
      const speech = window.speechSynthesis as unknown as FakeSpeech;
      expect(speech.cancelled).to.be.at.least(1);
      // Time passing afterwards changes nothing and fires nothing.
      let events = 0;
      el.addEventListener('bw-step-change', () => events++);
      clock.advance(60_000);
      expect(events).to.equal(0);
    });

    it('with the real clock, the one timer it keeps is cleared on removal', async () => {
      const el = await mount(html`<bw-stretch-timer .routine=${TEST_ROUTINE}></bw-stretch-timer>`);
      const live = new Set<number>();
      const setT = window.setTimeout;
      const clearT = window.clearTimeout;
      undo.push(
        stubProperty(window, 'setTimeout', (fn: () => void, ms?: number) => {
          const id: number = setT(() => {
            live.delete(id);
            fn();
          }, ms);
          live.add(id);
          return id;
        }),
        stubProperty(window, 'clearTimeout', (id: number) => {
          live.delete(id);
          clearT(id);
        }),
      );
      el.start();
      expect(live.size).to.equal(1);
      el.remove();
      expect(live.size).to.equal(0);
    });
  });
});

describe('<bw-stretch-timer> bad input', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  async function expectRefused(el: BwStretchTimer, code: string, words: string[]) {
    await el.updateComplete;
    const message = shown.error(el)!;
    for (const w of words) expect(message).to.contain(w);
    expect(el.shadowRoot!.querySelector('[role="timer"]') === null).to.equal(true);
    expect(el.shadowRoot!.querySelector('button:not([part~="choice"])') === null, 'no player controls').to.equal(true);
    // Never a blank box: every routine to choose from, below the message.
    expect(el.shadowRoot!.querySelectorAll('[part~="choice"]')).to.have.length(routines.length);
    expect(el.start()).to.equal(false);
    expect(el.state).to.equal('idle');
    expect(warnings.calls).to.have.length(1);
    expect(String(warnings.calls[0]![0])).to.contain('<bw-stretch-timer>');
    expect(code).to.be.a('string');
  }

  async function mountBad(routine: unknown): Promise<{ el: BwStretchTimer; codes: string[] }> {
    const codes: string[] = [];
    const listen = (e: Event) => codes.push((e as CustomEvent).detail.code);
    document.addEventListener('bw-error', listen);
    try {
      const el = await mount(html`<bw-stretch-timer .routine=${routine}></bw-stretch-timer>`);
      return { el, codes };
    } finally {
      document.removeEventListener('bw-error', listen);
    }
  }

  it('an unknown routine id', async () => {
    const { el, codes } = await mountBad('no-such-routine');
    expect(codes).to.deep.equal(['unknown-routine']);
    await expectRefused(el, 'unknown-routine', ['There is no routine called “no-such-routine”.']);
  });

  it('no routine yet: says so and reports nothing, so a script can set one later', async () => {
    const { el, codes } = await mountBad('');
    expect(codes).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent!.trim()).to.equal('No routine is chosen yet.');
    expect(el.shadowRoot!.querySelectorAll('[part~="choice"]')).to.have.length(routines.length);
    expect(el.start()).to.equal(false);
    expect(warnings.calls).to.deep.equal([]);
    el.routine = 'neck-release';
    await el.updateComplete;
    expect(el.start()).to.equal(true);
  });

  const broken: [string, (steps: Record<string, unknown>[]) => unknown, string[]][] = [
    ['no steps', () => [], ['A routine needs at least one step']],
    ['a zero hold', (s) => [{ ...s[0], holdSeconds: 0 }], ['steps[0].holdSeconds', 'more than 0, got 0']],
    ['a negative rest', (s) => [{ ...s[0], restSeconds: -5 }], ['steps[0].restSeconds', 'at least 0, got -5']],
    ['a non-numeric hold', (s) => [{ ...s[0], holdSeconds: 'thirty' }], ['steps[0].holdSeconds', 'Expected a number']],
    ['NaN repetitions', (s) => [{ ...s[0], repetitions: Number.NaN }], ['steps[0].repetitions']],
  ];
  for (const [what, steps, words] of broken) {
    it(`a custom routine with ${what}`, async () => {
      const routine = { ...TEST_ROUTINE, steps: steps(TEST_ROUTINE.steps as unknown as Record<string, unknown>[]) };
      const { el, codes } = await mountBad(routine);
      expect(codes).to.deep.equal(['invalid-routine']);
      await expectRefused(el, 'invalid-routine', ['This routine cannot be played.', ...words]);
    });
  }

  it('something that is not a routine at all: reported, and the timer keeps what it had', async () => {
    const { el, codes } = await mountBad(42);
    expect(codes).to.deep.equal(['invalid-routine']);
    expect(String(warnings.calls[0]![0])).to.contain(
      'routine cannot be 42: use the id of a routine, or a routine object.',
    );
    expect(el.shadowRoot!.querySelector('[part="empty"]'), 'not a blank box').to.exist;
    el.routine = 'neck-release';
    await el.updateComplete;
    el.routine = [1, 2] as never;
    await el.updateComplete;
    expect(el.routine, 'the routine it had').to.equal('neck-release');
    expect(el.start()).to.equal(true);
  });

  it('a hold scale out of range is reported and the previous one kept; the timer still works', async () => {
    const codes: string[] = [];
    const clock = new FakeClock();
    const el = await mount(
      html`<bw-stretch-timer
        routine="neck-release"
        hold-scale="5"
        .clock=${clock}
        @bw-error=${(e: CustomEvent) => codes.push(e.detail.code)}
      ></bw-stretch-timer>`,
    );
    expect(codes).to.deep.equal(['invalid-hold-scale']);
    expect(String(warnings.calls[0]![0])).to.contain('hold-scale cannot be 5: use a number from 0.5 to 2.');
    expect(el.shadowRoot!.querySelector('select')!.value).to.equal('1');
    expect(el.start()).to.equal(true);
    el.setAttribute('hold-scale', '1.5');
    await el.updateComplete;
    el.setAttribute('hold-scale', 'abc');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('select')!.value).to.equal('1.5');
    expect(String(warnings.calls[1]![0])).to.contain('hold-scale cannot be “abc”');
  });

  it('recovers when a good routine follows a bad one, and never throws on the way', async () => {
    const { el } = await mountBad('nope');
    el.routine = 'lower-back-relief';
    await el.updateComplete;
    expect(shown.error(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Lower back relief');
    expect(el.start()).to.equal(true);
    el.remove();
  });
});
