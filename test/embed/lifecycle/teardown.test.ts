// What a stretch timer holds on to while it runs — its one timeout, the screen wake lock, the audio
// context — must be given back whenever it leaves the page, however it leaves: removed while a
// wake lock request is still on its way, moved while one is, paused and resumed quickly, or taken
// away with the provider whose "Try at home" dialog it plays in.
import { expect } from '@open-wc/testing';
import { nextTask } from '../../support/next-task.js';
import { FakeAudioContext, FakeClock, TEST_ROUTINE, stubProperty } from '../../stretch-timer/helpers.js';
import {
  MOVES,
  button,
  make,
  settle,
  trackLive,
  type BwProvider,
  type BwStretchTimer,
  type BwTechniqueCard,
} from './helpers.js';

/**
 * A fake Screen Wake Lock whose requests stay pending until `grant()`, like a browser asking for
 * permission or a busy device: how many locks are held now.
 */
function slowWakeLock() {
  const waiting: (() => void)[] = [];
  const sentinels: { released: boolean; release(): Promise<void> }[] = [];
  return {
    get held() {
      return sentinels.filter((s) => !s.released).length;
    },
    get waiting() {
      return waiting.length;
    },
    /** Answers every pending request. */
    async grant() {
      while (waiting.length) waiting.shift()!();
      await tick();
    },
    request() {
      return new Promise((resolve) =>
        waiting.push(() => {
          const sentinel = {
            released: false,
            async release() {
              sentinel.released = true;
            },
          };
          sentinels.push(sentinel);
          resolve(sentinel);
        }),
      );
    },
  };
}

/** Lets promise callbacks and a zero-delay timeout run. */
const tick = nextTask;

describe('<bw-stretch-timer> gives back what it holds', () => {
  const undo: (() => void)[] = [];
  let lock: ReturnType<typeof slowWakeLock>;

  beforeEach(() => {
    lock = slowWakeLock();
    undo.push(stubProperty(navigator, 'wakeLock', lock));
  });
  afterEach(() => {
    while (undo.length) undo.pop()!();
    FakeAudioContext.made = [];
  });

  async function mountTimer(attributes: Record<string, string | true> = {}) {
    const clock = new FakeClock();
    const timer = make<BwStretchTimer>('bw-stretch-timer', attributes);
    Object.assign(timer, { clock, routine: TEST_ROUTINE });
    document.body.append(timer);
    await settle(timer);
    undo.push(() => timer.remove());
    return { timer, clock };
  }

  it('removed while its wake lock request is pending: the lock, once granted, is let go', async () => {
    const { timer } = await mountTimer();
    timer.start();
    expect(lock.waiting).to.equal(1);
    timer.remove();
    await lock.grant();
    expect(lock.held).to.equal(0);
  });

  it('paused and resumed while a request is pending: one wake lock, released when removed', async () => {
    const { timer } = await mountTimer();
    timer.start();
    timer.pause();
    timer.resume();
    await lock.grant();
    expect(timer.state).to.equal('running');
    expect(lock.held, 'locks held while running').to.equal(1);
    timer.pause();
    await tick();
    expect(lock.held, 'locks held while paused').to.equal(0);
    timer.resume();
    await lock.grant();
    timer.remove();
    await tick();
    expect(lock.held, 'locks held after removal').to.equal(0);
  });

  it('moved while a request is pending: one wake lock, released when removed', async () => {
    const places = [make('div'), make('div')];
    document.body.append(...places);
    undo.push(() => places.forEach((p) => p.remove()));
    const { timer } = await mountTimer();
    timer.start();
    for (const [how, move] of MOVES) {
      move(timer, places[0]!);
      move(timer, places[1]!);
      await lock.grant();
      expect(lock.held, `locks held after ${how}`).to.equal(1);
    }
    timer.remove();
    await tick();
    expect(lock.held, 'locks held after removal').to.equal(0);
  });

  it('with sound on, its audio context is closed when it is removed', async () => {
    undo.push(stubProperty(window, 'AudioContext', FakeAudioContext));
    const { timer, clock } = await mountTimer({ sound: true });
    timer.start();
    clock.advance(3000);
    const audio = FakeAudioContext.made[0]!;
    expect(audio.tones.length, 'tones played').to.be.above(0);
    timer.remove();
    await tick();
    expect(audio.state).to.equal('closed');
    expect(clock.pending).to.equal(0);
  });

  it('playing in a provider\'s "Try at home" dialog, it stops with the provider: no timer, no wake lock', async () => {
    const tracker = trackLive();
    undo.push(() => tracker.stop());
    const provider = make<BwProvider>(
      'bw-provider',
      {},
      make('bw-technique-card', { technique: 'deep-tissue', variant: 'compact' }),
    );
    document.body.append(provider);
    undo.push(() => provider.remove());
    await settle(provider);
    const card = provider.querySelector<BwTechniqueCard>('bw-technique-card')!;
    button(card, /^Learn more/)!.click();
    await settle(card);
    button(card, /^Try at home/)!.click();
    await settle(provider);
    const dialog = provider.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open, 'the dialog is open').to.equal(true);
    const timer = dialog.querySelector<BwStretchTimer>('bw-stretch-timer')!;
    button(timer, 'Start')!.click();
    await settle(timer);
    await lock.grant();
    expect(timer.state).to.equal('running');
    expect(lock.held).to.equal(1);
    expect(tracker.live.filter((what) => what.startsWith('setTimeout'))).to.have.length(1);
    provider.remove();
    await tick();
    expect(tracker.live.filter((what) => !what.startsWith('document context-'))).to.deep.equal([]);
    expect(lock.held).to.equal(0);
  });
});
