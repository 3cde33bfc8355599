// Forced colours (Windows High Contrast and the like): every element's text and controls take the
// user's system colours, and no text is hidden (drawn in its own background colour). Chromium can
// emulate forced colours; Firefox's and WebKit's drivers here cannot, and there each test checks
// that the page really is not in forced colours and stops (their normal colours are covered by the
// axe suites).
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { BwProvider } from '../../../src/provider.js';
import type { BwStretchTimer } from '../../../src/stretch-timer.js';
import type { BwTechniqueCard, BwTechniqueList } from '../../../src/technique-card.js';
import { emulate, resetMedia } from '../../support/media.js';
import { ELEMENTS, closePages, compareScreenshots, openPage, type Frame } from './helpers.js';

const SYSTEM = [
  'Canvas',
  'CanvasText',
  'LinkText',
  'VisitedText',
  'ActiveText',
  'ButtonFace',
  'ButtonText',
  'ButtonBorder',
  'Field',
  'FieldText',
  'Highlight',
  'HighlightText',
  'SelectedItem',
  'SelectedItemText',
  'Mark',
  'MarkText',
  'GrayText',
  'AccentColor',
  'AccentColorText',
];

/** The computed value of each system colour, as the forced palette has it now. */
function systemColours(): Set<string> {
  const probe = document.createElement('div');
  document.body.append(probe);
  const values = new Set(
    SYSTEM.map((name) => {
      probe.style.color = name;
      return getComputedStyle(probe).color;
    }),
  );
  probe.remove();
  values.add('rgba(0, 0, 0, 0)');
  return values;
}

/** Every element in a shadow tree, nested shadow trees included. */
function* deep(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

const hasText = (el: Element) =>
  [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');

/** Problems: text or a control whose colours are not system colours, or text drawn invisibly. */
function problems(host: Element): string[] {
  const system = systemColours();
  const out: string[] = [];
  for (const el of deep(host.shadowRoot!)) {
    if (el.getClientRects().length === 0 || el.closest('.visually-hidden')) continue;
    const style = getComputedStyle(el);
    const control = el.matches('button, a, input, select, summary, [role="option"]');
    if (!hasText(el) && !control) continue;
    const name = `${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
    if (!system.has(style.color)) out.push(`${name}: color ${style.color}`);
    if (style.opacity === '0') out.push(`${name}: hidden (opacity 0)`);
    if (style.color === style.backgroundColor) out.push(`${name}: text in its own background colour`);
    if (control) {
      const transparent = /^rgba\(.*, 0\)$/.test(style.backgroundColor);
      if (!transparent && !system.has(style.backgroundColor)) out.push(`${name}: background ${style.backgroundColor}`);
      if (parseFloat(style.borderTopWidth) > 0 && !system.has(style.borderTopColor))
        out.push(`${name}: border ${style.borderTopColor}`);
    }
  }
  return [...new Set(out)];
}

describe('forced colours: system colours and no hidden text, in every element', () => {
  let forced = false;
  before(async () => {
    forced = (await emulate({ forcedColors: 'active' })) && matchMedia('(forced-colors: active)').matches;
  });
  after(resetMedia);

  /** Checks an element, or says why it could not be checked here. */
  function check(host: Element): void {
    if (!forced) {
      expect(matchMedia('(forced-colors: active)').matches, 'not emulated in this engine').to.equal(false);
      return;
    }
    expect(problems(host)).to.deep.equal([]);
  }

  it('<bw-body-map>, with a region chosen, in the figure and the list view', async () => {
    const map = await fixture<HTMLElement & { updateComplete: Promise<unknown>; listView: boolean }>(
      html`<bw-body-map value="neck shoulder-left" multiple></bw-body-map>`,
    );
    await map.updateComplete;
    check(map);
    map.listView = true;
    await map.updateComplete;
    check(map);
  });

  it('<bw-technique-card>, full and compact with its safety checks open, with a booking link', async () => {
    const full = await fixture<BwTechniqueCard>(
      html`<bw-technique-card technique="cupping" booking-url="/book?t={technique}"></bw-technique-card>`,
    );
    await full.updateComplete;
    check(full);
    const compact = await fixture<BwTechniqueCard>(
      html`<bw-technique-card technique="deep-tissue" variant="compact" booking-url="/b"></bw-technique-card>`,
    );
    await compact.updateComplete;
    compact.shadowRoot!.querySelector<HTMLElement>('[part~="safety-button"]')!.click();
    await compact.updateComplete;
    check(compact);
  });

  it('<bw-technique-list>, with its shared precautions open and every card shown', async () => {
    const list = await fixture<BwTechniqueList>(html`<bw-technique-list area="neck"></bw-technique-list>`);
    await list.updateComplete;
    list.shadowRoot!.querySelector<HTMLElement>('[part~="shared-button"]')!.click();
    list.shadowRoot!.querySelector<HTMLElement>('[part~="show-all"]')!.click();
    await list.updateComplete;
    await Promise.all(
      [...list.shadowRoot!.querySelectorAll<BwTechniqueCard>('bw-technique-card')].map((c) => c.updateComplete),
    );
    check(list);
  });

  it('<bw-stretch-timer>, before the start, running, and its chooser', async () => {
    const timer = await fixture<BwStretchTimer>(html`<bw-stretch-timer routine="neck-release"></bw-stretch-timer>`);
    await timer.updateComplete;
    check(timer);
    timer.start();
    await timer.updateComplete;
    check(timer);
    timer.reset();
    const chooser = await fixture<BwStretchTimer>(html`<bw-stretch-timer></bw-stretch-timer>`);
    await chooser.updateComplete;
    check(chooser);
  });

  it('<bw-provider>: its results summary and its debug box', async () => {
    const provider = await fixture<BwProvider>(
      html`<bw-provider debug booking-url="javascript:alert(1)">
        <bw-technique-list></bw-technique-list>
      </bw-provider>`,
    );
    await provider.updateComplete;
    check(provider);
  });
});

describe('forced colours: a clinic’s brand colours never show (screenshots compared)', () => {
  let forced = false;
  before(async () => {
    forced = (await emulate({ forcedColors: 'active' })) && matchMedia('(forced-colors: active)').matches;
  });
  after(resetMedia);
  afterEach(closePages);

  for (const element of ELEMENTS) {
    it(`<bw-${element}> looks the same with loud --bw-color-* tokens as without`, async () => {
      if (!forced) {
        expect(matchMedia('(forced-colors: active)').matches, 'not emulated in this engine').to.equal(false);
        return;
      }
      const size = { width: 400, height: 700 };
      const plain = await openPage({ element, width: '360' }, size);
      const brand = await openPage({ element, width: '360', sheets: ['brand-colours'] }, size);
      expect(getComputedStyle(brand.doc.documentElement).getPropertyValue('--bw-color-accent').trim()).to.equal(
        '#ff00aa',
      );
      const shot = await compareScreenshots(`forced-${element}`, [plain, brand], 48);
      expect(shot, 'a screenshot in Chromium').to.not.equal(false);
      if (shot) {
        const message = `${shot.mismatched} of ${shot.width}×${shot.height} pixels differ; see ${shot.files.diff}`;
        expect(shot.ratio, message).to.be.at.most(0.001);
      }
    });
  }

  it('<bw-stretch-timer> running, its ring part way round, looks the same with loud tokens as without', async () => {
    if (!forced) {
      expect(matchMedia('(forced-colors: active)').matches, 'not emulated in this engine').to.equal(false);
      return;
    }
    const size = { width: 400, height: 700 };
    const pages = [
      await openPage({ element: 'stretch-timer', width: '360' }, size),
      await openPage({ element: 'stretch-timer', width: '360', sheets: ['brand-colours'] }, size),
    ] as [Frame, Frame];
    for (const page of pages) {
      // Both on a clock stopped 1.5 s into the get-ready: the same ring, time and controls.
      let now = 0;
      const timer = page.host as BwStretchTimer;
      timer.clock = { now: () => now, setTimeout: () => 0, clearTimeout: () => {} };
      await timer.updateComplete;
      timer.start();
      now = 1500;
      timer.pause();
      timer.resume();
      await timer.updateComplete;
      expect(timer.state).to.equal('running');
      expect(timer.shadowRoot!.querySelector('[part~="ring"]'), 'the ring is drawn').to.exist;
    }
    const shot = await compareScreenshots('forced-stretch-timer-running', pages, 48);
    expect(shot, 'a screenshot in Chromium').to.not.equal(false);
    if (shot) {
      const message = `${shot.mismatched} of ${shot.width}×${shot.height} pixels differ; see ${shot.files.diff}`;
      expect(shot.ratio, message).to.be.at.most(0.001);
    }
  });
});
