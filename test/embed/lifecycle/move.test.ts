// Pages move elements: a framework re-parents a component, a clinic's layout script moves the body
// map into a sidebar on wide screens, a carousel reorders its slides. A moved element must come back
// exactly as the visitor left it. Each test moves the element to another parent and back, by
// remove + append and, where the browser has it, by `moveBefore` (which keeps focus too).
import { expect } from '@open-wc/testing';
import { nextTask } from '../../support/next-task.js';
import { FakeClock, TEST_ROUTINE, shown, stubProperty } from '../../stretch-timer/helpers.js';
import {
  MOVES,
  button,
  clickRegion,
  make,
  part,
  providerFlow,
  region,
  settle,
  text,
  twoParents,
  visible,
  type BwBodyMap,
  type BwProvider,
  type BwStretchTimer,
  type BwTechniqueCard,
} from './helpers.js';

/** A fake Screen Wake Lock whose requests resolve at once: how many locks are held now. */
function fakeWakeLock() {
  const sentinels: { released: boolean; release(): Promise<void> }[] = [];
  return {
    sentinels,
    get held() {
      return sentinels.filter((s) => !s.released).length;
    },
    async request() {
      const sentinel = {
        released: false,
        async release() {
          sentinel.released = true;
        },
      };
      sentinels.push(sentinel);
      return sentinel;
    },
  };
}

/** Lets promise callbacks (a wake lock request) run. */
const tick = nextTask;

const selectedShapes = (map: BwBodyMap) =>
  [...map.shadowRoot!.querySelectorAll('[data-view="front"] .region.selected')].map((g) =>
    g.getAttribute('data-region'),
  );

describe('moving an element to another parent', () => {
  let places: [Element, Element, () => void];
  const undo: (() => void)[] = [];

  beforeEach(() => (places = twoParents()));
  afterEach(() => {
    places[2]();
    while (undo.length) undo.pop()!();
  });

  it("keeps the body map's selection, and with moveBefore (where the browser has it) its keyboard focus", async () => {
    const [a, b] = places;
    const map = make<BwBodyMap>('bw-body-map', { multiple: true });
    a.append(map);
    await settle(map);
    clickRegion(map, 'neck');
    clickRegion(map, 'shoulder-left');
    await settle(map);
    for (const [how, move] of MOVES) {
      for (const to of [b, a]) {
        map.focus();
        move(map, to);
        await settle(map);
        expect(map.parentElement, how).to.equal(to);
        expect(map.value, how).to.equal('neck shoulder-left');
        expect(selectedShapes(map), how).to.have.members(['neck', 'shoulder-left']);
        const selected = map.shadowRoot!.querySelectorAll('[role="option"][aria-selected="true"]');
        expect(selected.length, how).to.equal(2);
        if (how === 'moveBefore') {
          expect(document.activeElement, 'focus kept by moveBefore').to.equal(map);
          expect(map.shadowRoot!.activeElement?.getAttribute('role')).to.equal('listbox');
        }
      }
    }
    // And it still responds.
    clickRegion(map, 'neck');
    await settle(map);
    expect(map.value).to.equal('shoulder-left');
    expect(region(map, 'neck').classList.contains('selected')).to.equal(false);
  });

  it('keeps a compact card opened with "Learn more" open', async () => {
    const [a, b] = places;
    const card = make<BwTechniqueCard>('bw-technique-card', { technique: 'deep-tissue', variant: 'compact' });
    a.append(card);
    await settle(card);
    const more = button(card, /^Learn more/)!;
    more.click();
    await settle(card);
    for (const [how, move] of MOVES) {
      for (const to of [b, a]) {
        move(card, to);
        await settle(card);
        expect(card.parentElement, how).to.equal(to);
        expect(card.expanded, how).to.equal(true);
        expect(button(card, /^Learn more/)!.getAttribute('aria-expanded'), how).to.equal('true');
        expect(visible(part(card, 'how')), `"How it is done" shown after ${how}`).to.equal(true);
      }
    }
    button(card, /^Learn more/)!.click();
    await settle(card);
    expect(visible(part(card, 'how'))).to.equal(false);
  });

  describe('<bw-stretch-timer>', () => {
    async function runningTimer(to: Element) {
      const lock = fakeWakeLock();
      undo.push(stubProperty(navigator, 'wakeLock', lock));
      const clock = new FakeClock();
      const timer = make<BwStretchTimer>('bw-stretch-timer');
      Object.assign(timer, { clock, routine: TEST_ROUTINE });
      to.append(timer);
      await settle(timer);
      timer.start();
      // 3 s of prep, then 1 s into the left side of step a: 4 s left.
      clock.advance(4000);
      await settle(timer);
      await tick();
      return { timer, clock, lock };
    }

    it('keeps running from where it was, with one timer and one wake lock, and none while detached', async () => {
      const [a, b] = places;
      const { timer, clock, lock } = await runningTimer(a);
      expect([shown.phase(timer), shown.side(timer), shown.time(timer)]).to.deep.equal(['Hold', 'left side', '0:04']);
      expect(lock.held).to.equal(1);
      for (const [how, move] of MOVES) {
        for (const to of [b, a]) {
          const time = shown.time(timer);
          move(timer, to);
          await settle(timer);
          await tick();
          expect(timer.state, how).to.equal('running');
          expect(shown.time(timer), how).to.equal(time);
          expect(clock.pending, `one timer after ${how}`).to.equal(1);
          expect(lock.held, `one wake lock after ${how}`).to.equal(1);
          clock.advance(1000);
          await settle(timer);
          expect(shown.time(timer), `ticks on after ${how}`).to.not.equal(time);
        }
      }
      // Detached for a while: nothing scheduled, and it keeps time by the clock, not by ticks.
      const before = Number(shown.time(timer)!.split(':')[1]);
      timer.remove();
      await tick();
      expect(clock.pending, 'timers while detached').to.equal(0);
      expect(lock.held, 'wake locks while detached').to.equal(0);
      clock.advance(1000);
      b.append(timer);
      await settle(timer);
      expect(Number(shown.time(timer)!.split(':')[1])).to.equal(before - 1);
      expect(clock.pending).to.equal(1);
    });

    it('stays paused where it was paused, with no timer and no wake lock', async () => {
      const [a, b] = places;
      const { timer, clock, lock } = await runningTimer(a);
      timer.pause();
      await settle(timer);
      await tick();
      for (const [how, move] of MOVES) {
        for (const to of [b, a]) {
          move(timer, to);
          await settle(timer);
          await tick();
          expect(timer.state, how).to.equal('paused');
          expect([shown.phase(timer), shown.time(timer)], how).to.deep.equal(['Paused', '0:04']);
          expect(button(timer, 'Resume'), how).to.exist;
          expect(clock.pending, how).to.equal(0);
          expect(lock.held, how).to.equal(0);
        }
      }
      clock.advance(10_000);
      await settle(timer);
      expect(shown.time(timer)).to.equal('0:04');
      button(timer, 'Resume')!.click();
      clock.advance(1000);
      await settle(timer);
      expect(shown.time(timer)).to.equal('0:03');
    });
  });

  it("keeps the provider's shared selection, and its map and list keep sharing it", async () => {
    const [a, b] = places;
    const provider = providerFlow();
    a.append(provider);
    await settle(provider);
    const map = provider.querySelector<BwBodyMap>('bw-body-map')!;
    const list = provider.querySelector('bw-technique-list')!;
    const count = () => text(part(list, 'count'));
    clickRegion(map, 'neck');
    await settle(provider);
    const forNeck = count();
    expect(forNeck).to.match(/ for Neck(, of \d+)?$/);
    for (const [how, move] of MOVES) {
      for (const to of [b, a]) {
        move(provider, to);
        await settle(provider);
        expect((provider as BwProvider).selection.regions, how).to.deep.equal(['neck']);
        expect(map.value, how).to.equal('neck');
        expect(count(), how).to.equal(forNeck);
      }
    }
    // The map still publishes to the provider, and the list still follows it.
    clickRegion(map, 'shoulder-left');
    await settle(provider);
    expect((provider as BwProvider).selection.regions).to.deep.equal(['neck', 'shoulder-left']);
    expect(count()).to.match(/ for Neck and Shoulders(, of \d+)?$/);
    // A list taken out of the provider while the visitor changes the selection, then put back,
    // shows the selection as it is now.
    for (const [how, move] of MOVES) {
      move(list, provider.parentElement === a ? b : a);
      await settle(list);
      // Outside any provider the list stops following the selection: every technique.
      expect(count(), `outside (${how})`).not.to.match(/ for /);
      clickRegion(map, 'neck');
      await settle(provider);
      move(list, provider);
      await settle(provider);
      const expected =
        map.value === 'shoulder-left' ? / for Shoulders(, of \d+)?$/ : / for Neck and Shoulders(, of \d+)?$/;
      expect(count(), `back inside (${how})`).to.match(expected);
    }
  });
});
