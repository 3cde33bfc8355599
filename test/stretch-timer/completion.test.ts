/*
 * The timer always finishes. The page is hidden, frozen (no timers at all, as in a background tab
 * the browser froze or the back/forward cache) or reloaded with `persist` at every segment boundary
 * of a short routine; `bw-timer-complete` must fire within 250 ms of the routine's deadline, or at
 * once when the page comes back after it, and the saved run must be gone.
 */
import { expect } from '@open-wc/testing';
import { FakeClock, TEST_ROUTINE, mountFake, setVisibility } from './helpers.js';

const KEY = 'bodywork-elements:stretch-timer:test-routine';
/** Where each segment of TEST_ROUTINE begins, in ms from Start; it ends at 31 s. */
const BOUNDARIES = [0, 3000, 8000, 13000, 15000, 20000, 25000, 27000];
const END = 31_000;
const SLACK = 250;

/** When (on `clock`) each bw-timer-complete fired, heard on the document so none is missed. */
function completions(clock: () => FakeClock): { at: number[]; stop: () => void } {
  const at: number[] = [];
  const listen = () => at.push(clock().now());
  document.addEventListener('bw-timer-complete', listen);
  return { at, stop: () => document.removeEventListener('bw-timer-complete', listen) };
}

describe('<bw-stretch-timer> always finishes', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    setVisibility('visible');
    sessionStorage.clear();
  });

  for (const b of BOUNDARIES) {
    it(`hidden at ${b / 1000} s: completes on time in the background`, async () => {
      const { el, clock } = await mountFake(TEST_ROUTINE, { persist: true });
      const done = completions(() => clock);
      try {
        el.start();
        const deadline = clock.now() + END;
        clock.advance(b);
        setVisibility('hidden');
        clock.advance(END - b + SLACK);
        expect(done.at).to.have.length(1);
        expect(done.at[0]! - deadline).to.be.within(0, SLACK);
        expect(el.state).to.equal('complete');
        expect(sessionStorage.getItem(KEY), 'saved run forgotten').to.equal(null);
      } finally {
        done.stop();
      }
    });

    it(`frozen at ${b / 1000} s: completes at once when the page comes back after the deadline`, async () => {
      for (const comesBack of ['resume', 'visibilitychange', 'pageshow', 'focus']) {
        const { el, clock } = await mountFake(TEST_ROUTINE, { persist: true });
        const done = completions(() => clock);
        try {
          el.start();
          clock.advance(b);
          // Frozen: time passes, no timer runs, nothing is fired; reading the state changes nothing.
          clock.jump(END - b + 60_000);
          expect(el.state, comesBack).to.equal('running');
          expect(done.at, comesBack).to.have.length(0);
          const target = comesBack === 'resume' || comesBack === 'visibilitychange' ? document : window;
          target.dispatchEvent(new Event(comesBack));
          expect(done.at, comesBack).to.have.length(1);
          expect(el.state, comesBack).to.equal('complete');
          expect(sessionStorage.getItem(KEY), comesBack).to.equal(null);
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('[part="end"]'), comesBack).to.exist;
        } finally {
          done.stop();
          el.remove();
        }
      }
    });

    it(`frozen briefly at ${b / 1000} s: carries on and completes on time`, async () => {
      const { el, clock } = await mountFake(TEST_ROUTINE);
      const done = completions(() => clock);
      try {
        el.start();
        const deadline = clock.now() + END;
        clock.advance(b);
        clock.jump(Math.min(2500, END - b - 1));
        document.dispatchEvent(new Event('resume'));
        clock.advance(deadline - clock.now() + SLACK);
        expect(done.at).to.have.length(1);
        expect(done.at[0]! - deadline).to.be.within(0, SLACK);
      } finally {
        done.stop();
      }
    });

    for (const reload of [1500, 40_000]) {
      it(`reloaded at ${b / 1000} s, taking ${reload / 1000} s: completes on time, or at once if it is past`, async () => {
        const first = await mountFake(TEST_ROUTINE, { persist: true });
        first.el.start();
        first.clock.advance(b);
        dispatchEvent(new Event('pagehide'));
        first.el.remove();
        const saved = JSON.parse(sessionStorage.getItem(KEY)!);
        const savedAt: number = saved.clock.savedAt;
        saved.clock.savedAt -= reload;
        sessionStorage.setItem(KEY, JSON.stringify(saved));

        let clock: FakeClock | undefined;
        const done = completions(() => clock ?? new FakeClock());
        try {
          const again = await mountFake(TEST_ROUTINE, { persist: true });
          // The reload's time is wall-clock time: the real ms the test takes to remount count too.
          const remount = Date.now() - savedAt;
          clock = again.clock;
          const left = END - b - reload;
          if (left <= 0) {
            expect(done.at, 'completed on arrival').to.have.length(1);
          } else {
            const deadline = clock.now() + left;
            clock.advance(left + SLACK);
            expect(done.at).to.have.length(1);
            expect(done.at[0]! - deadline).to.be.within(-remount - 1, SLACK);
          }
          expect(again.el.state).to.equal('complete');
          expect(sessionStorage.getItem(KEY), 'saved run forgotten').to.equal(null);
        } finally {
          done.stop();
        }
      });
    }
  }
});
