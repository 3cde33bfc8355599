import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axTree } from '../support/ax-tree.js';
import { emulate, resetMedia } from '../support/media.js';
import {
  FakeClock,
  TEST_ROUTINE,
  advance,
  button,
  captureWarnings,
  drawn,
  html,
  mount,
  mountFake,
  routineOf,
  setVisibility,
  shown,
  step,
} from './helpers.js';
import type { BwStretchTimer } from '../../src/stretch-timer.js';

/** Every text the polite live region is given, in order. */
function recordLive(el: BwStretchTimer): string[] {
  const region = el.shadowRoot!.querySelector('.live[role="status"]')!;
  const said: string[] = [];
  new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text) said.push(text);
  }).observe(region, { characterData: true, childList: true, subtree: true });
  return said;
}

const focused = (el: BwStretchTimer) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<bw-stretch-timer> accessibility', () => {
  afterEach(async () => {
    setVisibility('visible');
    await resetMedia();
  });

  describe('axe', () => {
    const states: Record<string, (el: BwStretchTimer, clock: FakeClock) => Promise<void> | void> = {
      'idle, precautions shown': () => {},
      running: async (el, clock) => {
        el.start();
        await advance(el, clock, 4000);
      },
      'paused, with the settings open': async (el, clock) => {
        el.start();
        await advance(el, clock, 4000);
        el.pause();
        el.shadowRoot!.querySelector('details')!.open = true;
      },
      'in the last 3 seconds': async (el, clock) => {
        el.start();
        await advance(el, clock, 5500);
      },
      complete: async (el, clock) => {
        el.start();
        await advance(el, clock, 40_000);
      },
      stopped: (el) => {
        el.start();
        el.stop();
      },
    };
    for (const [name, act] of Object.entries(states)) {
      it(`has no violations: ${name}`, async () => {
        const { el, clock } = await mountFake();
        await act(el, clock);
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }

    it('has no violations showing bad input', async () => {
      const warnings = captureWarnings();
      try {
        const el = await mount(html`<bw-stretch-timer routine="no-such-routine"></bw-stretch-timer>`);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('has no violations in dark mode, running and idle', async () => {
      await emulate({ colorScheme: 'dark' });
      const clock = new FakeClock();
      // (No wrapper element: a plain element's fixture waits for an animation frame, which never
      // comes in a background tab.)
      const el = await mount(
        html`<bw-stretch-timer
          style="--bw-color-scheme: dark"
          routine="neck-release"
          .clock=${clock}
        ></bw-stretch-timer>`,
      );
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();
      el.start();
      await advance(el, clock, 6000);
      await expect(el).to.be.accessible();
    });
  });

  it('names and states the timer: role timer, visible labels on real buttons, the keyboard hint', async () => {
    const { el } = await mountFake();
    el.start();
    await el.updateComplete;
    const timer = el.shadowRoot!.querySelector('[role="timer"]')!;
    expect(timer.getAttribute('aria-label')).to.equal('Time left');
    const hint = el.shadowRoot!.getElementById(timer.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.contain('Space starts or pauses');
    // The time is spoken in words; the m:ss digits are for the eye.
    expect(timer.textContent).to.contain('3 seconds');
    const labels = [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(labels).to.deep.equal(['Pause', 'Previous', 'Next', 'Restart', 'Stop — this hurts']);
    const tree = await axTree();
    if (tree) {
      expect(tree.some((n) => n.role === 'timer' && n.name === 'Time left')).to.equal(true);
      for (const name of labels)
        expect(
          tree.some((n) => n.role === 'button' && n.name === name),
          name,
        ).to.equal(true);
      expect(tree.some((n) => n.role === 'status')).to.equal(true);
    }
  });

  it('shows time as m:ss with tabular digits', async () => {
    const { el } = await mountFake('neck-release');
    el.start();
    el.next();
    el.next(); // side neck stretch, 30 s
    await el.updateComplete;
    const time = el.shadowRoot!.querySelector('[part="time"]')!;
    expect(time.textContent!.trim()).to.equal('0:30');
    expect(getComputedStyle(time).fontVariantNumeric).to.contain('tabular-nums');
  });

  describe('live region', () => {
    it('speaks at phase changes, side switches and completion — never on the seconds in between', async () => {
      const { el, clock } = await mountFake();
      const said = recordLive(el);
      el.start();
      for (let i = 0; i < 320; i++) await advance(el, clock, 100); // 32 s, 31 displayed seconds
      expect(el.state).to.equal('complete');
      expect(said).to.deep.equal([
        'Get ready for Step a. Starting in 3 seconds.',
        'Step a, left side. Repetition 1 of 2. Hold for 5 seconds.',
        'Switch to your right side. Hold for 5 seconds.',
        'Rest for 2 seconds.',
        'Step a, left side. Repetition 2 of 2. Hold for 5 seconds.',
        'Switch to your right side. Hold for 5 seconds.',
        'Rest for 2 seconds.',
        'Step b. Hold for 4 seconds.',
        'Routine complete. Well done.',
      ]);
    });

    it('with a pause between sides and a change of position, says to switch, then to hold, and where to move', async () => {
      const routine = routineOf(
        [
          { ...step('a', 5, 'left-then-right', 1, 0), position: 'chair' },
          { ...step('b', 4, 'none', 1, 0), position: 'floor' },
        ],
        3,
      );
      const { el, clock } = await mountFake(routine, { sidePause: 5 });
      const said = recordLive(el);
      el.start();
      for (let i = 0; i < 430; i++) await advance(el, clock, 100); // 42 s in all
      expect(el.state).to.equal('complete');
      expect(said).to.deep.equal([
        'Get ready for Step a. Starting in 3 seconds.',
        'Step a, left side. Hold for 5 seconds.',
        'Switch to your right side.',
        'Hold for 5 seconds.',
        'Take your time to get into position, lying on the floor, for Step b. 20 seconds.',
        'Step b. Hold for 4 seconds.',
        'Routine complete. Well done.',
      ]);
    });

    it('says nothing on pause and resume, and says what to do on "Stop — this hurts"', async () => {
      const { el, clock } = await mountFake();
      el.start();
      await advance(el, clock, 4000);
      const said = recordLive(el);
      el.pause();
      await el.updateComplete;
      el.resume();
      await advance(el, clock, 500);
      expect(said).to.deep.equal([]);
      el.stop();
      await el.updateComplete;
      expect(said).to.have.length(1);
      expect(said[0]).to.match(/^Stopped\. Stop the movement now and rest\. Do not push into pain\./);
      expect(said[0]).to.contain('see a physiotherapist or a doctor');
    });

    it('stays quiet about transitions that happened while the page was hidden', async () => {
      const { el, clock } = await mountFake();
      el.start();
      await el.updateComplete;
      const said = recordLive(el);
      setVisibility('hidden');
      clock.jump(12_000);
      setVisibility('visible');
      await el.updateComplete;
      expect(said).to.deep.equal([]);
      expect(shown.side(el)).to.equal('right side');
      // The next transition, seen on time, is announced again.
      await advance(el, clock, 1000);
      expect(said).to.deep.equal(['Rest for 2 seconds.']);
    });

    it('announces the same words twice in a row (Previous in the prep starts it again)', async () => {
      const { el } = await mountFake();
      const said = recordLive(el);
      el.start();
      await el.updateComplete;
      el.previous();
      await el.updateComplete;
      expect(said).to.deep.equal([
        'Get ready for Step a. Starting in 3 seconds.',
        'Get ready for Step a. Starting in 3 seconds.',
      ]);
    });
  });

  describe('keyboard', () => {
    it('Tab reaches Start; Space on it starts and keeps focus on the same button, now Pause', async () => {
      const { el } = await mountFake();
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.textContent!.trim()).to.equal('Start');
      // A background test tab has no focus, and then no focus ring to check.
      if (document.hasFocus()) expect(getComputedStyle(focused(el)!).outlineStyle).to.equal('solid');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.state).to.equal('running');
      expect(focused(el)?.textContent!.trim()).to.equal('Pause');
      before.remove();
    });

    it('on the time display: Space pauses and resumes, the arrows go to the next and previous step', async () => {
      const { el } = await mountFake();
      el.start();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLElement>('[role="timer"]')!.focus();
      await sendKeys({ press: ' ' });
      expect(el.state).to.equal('paused');
      await sendKeys({ press: ' ' });
      expect(el.state).to.equal('running');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(shown.phase(el)).to.equal('Hold');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(shown.step(el)).to.equal('Step b');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(shown.step(el)).to.equal('Step a');
    });

    it('Space on "Stop — this hurts" stops (it does not pause), and focus lands on Start again', async () => {
      const { el } = await mountFake();
      el.start();
      await el.updateComplete;
      button(el, 'Stop — this hurts')!.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.state).to.equal('stopped');
      expect(focused(el)?.textContent!.trim()).to.equal('Start again');
      expect(shown.end(el)).to.contain('Do not push into pain');
    });

    it('arrow keys in the hold-length menu change the menu, not the step', async () => {
      const { el } = await mountFake();
      el.start();
      await el.updateComplete;
      el.shadowRoot!.querySelector('details')!.open = true;
      el.shadowRoot!.querySelector('select')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(shown.phase(el)).to.equal('Get ready');
    });

    it('in a right-to-left page the arrows mirror: Left goes to the next step', async () => {
      const clock = new FakeClock();
      const el = await mount(
        html`<bw-stretch-timer dir="rtl" .clock=${clock} .routine=${TEST_ROUTINE}></bw-stretch-timer>`,
      );
      el.start();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLElement>('[role="timer"]')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(shown.phase(el)).to.equal('Hold');
    });
  });

  it('shows the routine precautions, with warning signs, before the start and not while running', async () => {
    const { el } = await mountFake('neck-release');
    const precautions = el.shadowRoot!.querySelector('[part="precautions"]')!;
    expect(precautions.textContent).to.contain('Before you start');
    for (const title of ['Neck pain warning signs', 'Shoulder and arm warning signs', 'Headache warning signs'])
      expect(precautions.textContent).to.contain(title);
    expect(precautions.textContent).to.contain('Stop if pain gets sharp');
    expect(precautions.textContent).to.contain('Check first if your pain is new');
    expect(precautions.textContent, 'for techniques only').not.to.contain('Choose a trained therapist');
    expect(precautions.querySelectorAll('.signs li').length).to.be.greaterThan(2);
    // Red flags come first, their signs grouped by urgency and named in words.
    expect(precautions.querySelector('.precaution')!.classList.contains('red-flag')).to.equal(true);
    expect([...precautions.querySelectorAll('.tier-name')].map((n) => n.textContent!.trim())).to.include.members([
      'Emergency',
      'Soon',
    ]);
    expect(precautions.getBoundingClientRect().height).to.be.greaterThan(0);
    el.start();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="precautions"]') === null).to.equal(true);
    // The step's own safety cue is shown while it plays.
    expect(el.shadowRoot!.querySelector('.safety')!.textContent).to.contain('Stop if you feel dizzy');
  });

  describe('motion', () => {
    it('the last-3-seconds cue pulses, except with reduced motion, where only the colour changes', async () => {
      const reduced = await emulate({ reducedMotion: 'reduce' });
      const { el, clock } = await mountFake();
      el.start();
      await advance(el, clock, 4000); // "a" left, 4 s left
      await advance(el, clock, 1000); // a second later in the same hold: 3 s left
      const display = el.shadowRoot!.querySelector('[role="timer"]')!;
      expect(display.classList.contains('ending')).to.equal(true);
      const time = el.shadowRoot!.querySelector('[part="time"]')!;
      const accent = getComputedStyle(el.shadowRoot!.querySelector('.primary')!).backgroundColor;
      expect(getComputedStyle(time).color).to.equal(accent);
      const arcs = [...el.shadowRoot!.querySelectorAll('.arc')];
      const easing = () =>
        Math.max(0, ...arcs.flatMap((arc) => arc.getAnimations().map((a) => Number(a.effect!.getTiming().duration))));
      if (reduced && matchMedia('(prefers-reduced-motion: reduce)').matches) {
        expect(getComputedStyle(time).animationName).to.equal('none');
        // The ring jumps to each second: no easing at all.
        expect(easing()).to.equal(0);
      } else {
        expect(getComputedStyle(time).animationName).to.equal('pulse');
        // Each one-second step eases in briefly; the ring never sweeps continuously (a frame per repaint).
        expect(easing()).to.be.greaterThan(0);
        expect(easing()).to.be.at.most(250);
      }
      // The ring matches the time shown, 3 s of the 5 s hold.
      expect(drawn(el).ringLeft).to.be.closeTo(0.6, 0.01);
    });

    it('not in the last 3 seconds: no cue', async () => {
      const { el, clock } = await mountFake();
      el.start();
      await advance(el, clock, 4000);
      expect(el.shadowRoot!.querySelector('[role="timer"]')!.classList.contains('ending')).to.equal(false);
    });
  });

  it('keeps the ring and the bar visible in forced-colors mode (Chromium emulation)', async () => {
    const emulated = await emulate({ forcedColors: 'active' });
    const { el, clock } = await mountFake();
    el.start();
    await advance(el, clock, 4000);
    const arc = el.shadowRoot!.querySelector('.arc path')!;
    const track = el.shadowRoot!.querySelector('.track circle')!;
    expect(getComputedStyle(arc).stroke).not.to.equal(getComputedStyle(track).stroke);
    const bar = el.shadowRoot!.querySelector('.bar-value')!;
    expect(getComputedStyle(bar).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    if (emulated && matchMedia('(forced-colors: active)').matches) {
      const probe = document.createElement('div');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).color;
      probe.style.color = 'GrayText';
      const grey = getComputedStyle(probe).color;
      probe.remove();
      expect(getComputedStyle(arc).stroke).to.equal(highlight);
      expect(getComputedStyle(track).stroke).to.equal(grey);
      expect(getComputedStyle(bar).backgroundColor).to.equal(highlight);
      // The Pause button's label stays HighlightText on Highlight, with no Canvas backplate behind it.
      const primary = el.shadowRoot!.querySelector('.primary')!;
      probe.style.color = 'HighlightText';
      document.body.append(probe);
      const highlightText = getComputedStyle(probe).color;
      probe.remove();
      expect(getComputedStyle(primary).forcedColorAdjust).to.equal('none');
      expect(getComputedStyle(primary).color).to.equal(highlightText);
      expect(getComputedStyle(primary).backgroundColor).to.equal(highlight);
    }
  });

  it('uses em sizes: a page with html{font-size:62.5%} does not shrink the ring or the buttons', async () => {
    const { el: reference } = await mountFake();
    const size = (el: BwStretchTimer) => el.shadowRoot!.querySelector('.primary')!.getBoundingClientRect().height;
    const normal = size(reference);
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 62.5% !important; }';
    document.head.append(style);
    try {
      const { el } = await mountFake();
      expect(size(el)).to.be.closeTo(normal, 0.5);
      expect(normal).to.be.at.least(44);
    } finally {
      style.remove();
    }
  });
});
