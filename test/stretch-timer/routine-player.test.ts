import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { RoutinePlayer, type PlayerHost } from '../../src/components/stretch-timer/routine-player.js';
import type { TimerEvent, TimerSnapshot } from '../../src/components/stretch-timer/routine-clock.js';
import { storageKey } from '../../src/components/stretch-timer/persistence.js';
import { FakeClock, TEST_ROUTINE, setVisibility } from './helpers.js';

/** The least an element needs to own a player: no words, no rendering, no timer element. */
class PlayerTestHost extends LitElement implements PlayerHost {
  persist = false;
  clock = new FakeClock();
  sound = false;
  voice = true;
  vibrate = false;
  events: TimerEvent[] = [];
  shown: TimerSnapshot[] = [];
  readonly player = new RoutinePlayer(this, {
    scale: [0.5, 2],
    pause: [0, 30],
    onEvents: (events) => this.events.push(...events),
    onShow: (snapshot) => this.shown.push(snapshot),
  });
}
customElements.define('player-test-host', PlayerTestHost);

describe('RoutinePlayer (the timer controller on its own)', () => {
  afterEach(() => sessionStorage.clear());

  it('plays a routine on the injected clock, waking once per displayed second while shown', async () => {
    const host = await fixture<PlayerTestHost>(html`<player-test-host></player-test-host>`);
    const { player, clock } = host;
    player.load(TEST_ROUTINE, 1, 0);
    expect(player.state).to.equal('idle');
    player.run('start');
    player.sync(true);
    expect(player.state).to.equal('running');
    const shownBefore = host.shown.length;
    clock.advance(3000);
    // 3 s of get-ready: the 3, 2, 1 and then the first hold were each shown once.
    expect(host.shown.length - shownBefore).to.equal(3);
    expect(host.shown.at(-1)!.segment!.phase).to.equal('hold');
    expect(host.events.map((e) => e.type)).to.deep.equal(['segment', 'segment']);
    clock.advance(28_000);
    expect(player.state).to.equal('complete');
    expect(host.events.at(-1)!.type).to.equal('complete');
    expect(clock.pending, 'no wake-up left after the end').to.equal(0);
  });

  it('while the page is hidden, wakes only at segment ends, and catches up when shown again', async () => {
    const host = await fixture<PlayerTestHost>(html`<player-test-host></player-test-host>`);
    const { player, clock } = host;
    player.load(TEST_ROUTINE, 1, 0);
    player.run('start');
    player.sync(true);
    setVisibility('hidden');
    const shown = host.shown.length;
    clock.advance(2500);
    expect(host.shown.length, 'nothing rendered while hidden').to.equal(shown);
    clock.advance(600); // the end of the get-ready: one wake-up, an event, still no render
    expect(host.events.at(-1)).to.include({ type: 'segment', index: 1 });
    expect(host.shown.length).to.equal(shown);
    clock.jump(10_000); // throttled, 13.1 s in: no timer ran
    setVisibility('visible');
    // Both sides of step a were held meanwhile (late), and the rest after them is shown.
    expect(host.events.slice(-2).map((e) => e.type === 'segment' && e.index)).to.deep.equal([2, 3]);
    expect(host.shown.at(-1)!.segment!.phase, 'shown again in the right segment').to.equal('rest');
  });

  it('with persist, saves a running run and restores it only within the limits it was given', async () => {
    const host = await fixture<PlayerTestHost>(html`<player-test-host></player-test-host>`);
    host.persist = true;
    const { player, clock } = host;
    player.load(TEST_ROUTINE, 1.5, 0);
    player.run('start');
    player.sync(true);
    player.save();
    const saved = JSON.parse(sessionStorage.getItem(storageKey(TEST_ROUTINE.id))!);
    expect(saved).to.include({ scale: 1.5, pause: 0 });
    expect(saved.cues).to.deep.equal({ sound: false, voice: true, vibrate: false });

    const again = await fixture<PlayerTestHost>(html`<player-test-host></player-test-host>`);
    again.persist = true;
    again.clock = clock;
    expect(again.player.load(TEST_ROUTINE, 1, 0)).to.deep.equal({
      scale: 1.5,
      pause: 0,
      cues: { sound: false, voice: true, vibrate: false },
    });
    expect(again.player.state).to.equal('running');

    sessionStorage.setItem(storageKey(TEST_ROUTINE.id), JSON.stringify({ ...saved, scale: 9 }));
    const third = await fixture<PlayerTestHost>(html`<player-test-host></player-test-host>`);
    third.persist = true;
    expect(third.player.load(TEST_ROUTINE, 1, 0), 'a scale out of range is not trusted').to.equal(undefined);
    expect(third.player.state).to.equal('idle');
  });
});
