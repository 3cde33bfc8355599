// Mounting and unmounting an element many times must leave nothing behind: a page that swaps
// content (a single-page clinic site, a tabbed treatment page, a framework re-rendering) would
// otherwise grow with every visit and keep timers and listeners running for elements long gone.
//
// Each element is used as a visitor would use it (a region chosen, "Learn more" opened, a routine
// started, a selection shared by a provider), 200 times, after a warm-up round (first-use caches
// such as Lit's templates, the shared stylesheets and Intl formatters may stay). Then:
// - every engine: no timer, interval or animation frame of the library's code is left pending, and
//   no listener it added to window, document or a media query is left behind;
// - Chromium: after forced garbage collection the page has exactly as many DOM nodes and JS event
//   listeners as before (DevTools protocol: HeapProfiler.collectGarbage, Memory.getDOMCounters).
//   Firefox's and WebKit's drivers here offer neither, so there only the first part runs.
// No tolerance: after a collection the counts come back exactly; a leak of one element per cycle
// is thousands of nodes, one stray listener per cycle is 200.
import { expect } from '@open-wc/testing';
import {
  button,
  clickRegion,
  domCounters,
  make,
  part,
  providerFlow,
  settle,
  text,
  trackLive,
  type BwBodyMap,
  type BwProvider,
  type BwStretchTimer,
  type BwTechniqueCard,
  type DomCounters,
} from './helpers.js';

const CYCLES = 200;
const WARM_UP = 5;
/** Listeners the library adds once per page, on purpose (src/context/context-root.ts). */
const ONCE_PER_PAGE = ['document context-request', 'document context-provider'];

interface Case {
  name: string;
  make(): HTMLElement;
  /** What a visitor does once it is on the page; throws if the element did not respond. */
  use(el: HTMLElement): Promise<void>;
}

const CASES: Case[] = [
  {
    name: '<bw-body-map> with a region chosen',
    make: () => make('bw-body-map', { multiple: true }),
    async use(el) {
      const map = el as BwBodyMap;
      clickRegion(map, 'neck');
      await settle(map);
      expect(map.value).to.equal('neck');
    },
  },
  {
    name: '<bw-technique-card> opened with "Learn more"',
    make: () => make('bw-technique-card', { technique: 'deep-tissue', variant: 'compact' }),
    async use(el) {
      const card = el as BwTechniqueCard;
      button(card, /^Learn more/)!.click();
      await settle(card);
      expect(part(card, 'more')!.hidden).to.equal(false);
    },
  },
  {
    name: '<bw-technique-list> for an area',
    make: () => make('bw-technique-list', { area: 'neck' }),
    async use(el) {
      const cards = el.shadowRoot!.querySelectorAll<BwTechniqueCard>('bw-technique-card');
      expect(cards.length).to.be.above(1);
      expect(text(part(cards[0]!, 'title'))).to.not.equal('');
    },
  },
  {
    name: '<bw-stretch-timer> with a routine, started',
    make: () => make('bw-stretch-timer', { routine: 'neck-release' }),
    async use(el) {
      const timer = el as BwStretchTimer;
      expect(timer.start()).to.equal(true);
      await settle(timer);
      expect(timer.state).to.equal('running');
      expect(part(timer, 'time')).to.exist;
    },
  },
  {
    name: '<bw-provider> with a body map and a list, a region chosen',
    make: providerFlow,
    async use(el) {
      const provider = el as BwProvider;
      clickRegion(provider.querySelector('bw-body-map')!, 'neck');
      await settle(provider);
      expect(provider.selection.regions).to.deep.equal(['neck']);
      expect(text(part(provider.querySelector('bw-technique-list')!, 'count'))).to.match(/ for Neck(, of \d+)?$/);
    },
  },
];

/** Mounts, uses and unmounts `n` fresh elements; keeps no reference to any of them. */
async function cycles(test: Pick<Case, 'make' | 'use'>, n: number, container: Element): Promise<void> {
  for (let i = 0; i < n; i++) {
    const el = test.make();
    container.append(el);
    await settle(el);
    await test.use(el);
    el.remove();
  }
}

/** What changed between two readings of the counters. */
const growth = (before: DomCounters, after: DomCounters) => ({
  nodes: after.nodes - before.nodes,
  jsEventListeners: after.jsEventListeners - before.jsEventListeners,
  documents: after.documents - before.documents,
});

describe('mount/unmount cycles', () => {
  let container: HTMLElement;

  beforeEach(() => {
    container = make('div');
    document.body.append(container);
  });

  afterEach(() => container.remove());

  for (const test of CASES) {
    it(`${test.name}: ${CYCLES} cycles leave no timers or page listeners running and, after garbage collection, no DOM nodes or event listeners (counters: Chromium only)`, async function () {
      this.timeout(180_000);
      const tracker = trackLive();
      try {
        await cycles(test, WARM_UP, container);
        // Set up once per page and kept on purpose: the shared context root's two document listeners.
        const once = tracker.live;
        expect(
          once.filter((what) => !ONCE_PER_PAGE.includes(what)),
          'left running by the warm-up round',
        ).to.deep.equal([]);
        const before = await domCounters();
        await cycles(test, CYCLES, container);
        const after = await domCounters();
        expect(tracker.live, 'timers and listeners left running').to.deep.equal(once);
        if (before && after) {
          expect(growth(before, after), 'DOM counters after garbage collection').to.deep.equal({
            nodes: 0,
            jsEventListeners: 0,
            documents: 0,
          });
        }
      } finally {
        tracker.stop();
      }
    });
  }

  it('the checks see a leak: an element that leaves a document listener behind fails them', async function () {
    this.timeout(60_000);
    // A stand-in for a bug: an element that listens to the document and never stops.
    const kept: EventListener[] = [];
    class LeakyElement extends HTMLElement {
      connectedCallback() {
        if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).append(make('p', {}, make('strong', {}, 'Leaky')));
        const listener = () => void this.isConnected;
        kept.push(listener);
        document.addEventListener('visibilitychange', listener);
      }
    }
    const tag = `lifecycle-leaky-${Math.random().toString(36).slice(2)}`;
    customElements.define(tag, LeakyElement);
    // The tracker attributes calls by stack: here, those made from a connectedCallback.
    const tracker = trackLive(/connectedCallback/);
    try {
      const leaky = { make: () => make(tag), use: async () => {} };
      await cycles(leaky, WARM_UP, container);
      const warm = tracker.live.length;
      const before = await domCounters();
      await cycles(leaky, CYCLES, container);
      const after = await domCounters();
      expect(tracker.live.length - warm).to.equal(CYCLES);
      expect(tracker.live[0]).to.equal('document visibilitychange');
      if (before && after) {
        const grown = growth(before, after);
        // Each leaked element keeps itself, its shadow root, <p>, <strong> and the text: 5 nodes.
        expect(grown.nodes).to.be.at.least(CYCLES * 5);
        expect(grown.jsEventListeners).to.be.at.least(CYCLES);
      }
    } finally {
      tracker.stop();
      for (const listener of kept) document.removeEventListener('visibilitychange', listener);
    }
  });
});
