// The example clinic page (examples/clinic.html) as a visitor gets it: in an iframe, with the
// script-tag build from dist/ (run `npm run build` first) and the page's own strict
// Content-Security-Policy. The page is requested with `?capture`, so the dev server puts
// test/support/console-capture.js ahead of the page's own scripts (console-capture-plugin.mjs):
// it records console errors and warnings, uncaught errors, failed resources and CSP violations.
import { expect } from '@open-wc/testing';
import type { BwBodyMap } from '../../src/body-map.js';
import type { BwProvider } from '../../src/provider.js';
import type { BwStretchTimer } from '../../src/stretch-timer.js';
import type { BwTechniqueCard, BwTechniqueList } from '../../src/technique-card.js';

interface Captured {
  kind: string;
  text: string;
}
type PageWindow = Window & typeof globalThis & { bwConsoleCapture?: Captured[]; inlineScriptRan?: boolean };

interface Page {
  frame: HTMLIFrameElement;
  win: PageWindow;
  doc: Document;
  provider: BwProvider;
  map: BwBodyMap;
  list: BwTechniqueList;
  timer: BwStretchTimer;
}

const PAGE = '/examples/clinic.html';
const TAGS = ['bw-provider', 'bw-body-map', 'bw-technique-list', 'bw-technique-card', 'bw-stretch-timer'];

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});

const cards = (list: BwTechniqueList) => [...list.shadowRoot!.querySelectorAll<BwTechniqueCard>('bw-technique-card')];
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Waits until every element on the page, the cards inside the list included, has rendered. */
async function settle(page: Page): Promise<void> {
  for (const el of [page.provider, page.map, page.list, page.timer]) await el.updateComplete;
  await Promise.all(cards(page.list).map((card) => card.updateComplete));
}

/** Loads the page in an iframe and waits for its elements to be defined and rendered. */
async function openPage(): Promise<Page> {
  const bundle = await fetch('/dist/bodywork-elements.js', { method: 'HEAD' });
  if (!bundle.ok) throw new Error('dist/bodywork-elements.js is missing: run npm run build first');
  frame = document.createElement('iframe');
  frame.title = 'Example clinic page';
  frame.width = '1024';
  frame.height = '800';
  const loaded = new Promise<void>((resolve) => frame!.addEventListener('load', () => resolve(), { once: true }));
  frame.src = `${PAGE}?capture`;
  document.body.append(frame);
  // `load` comes after the module script has run (module scripts run before DOMContentLoaded).
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
  const page: Page = {
    frame,
    win,
    doc,
    provider: doc.querySelector<BwProvider>('bw-provider')!,
    map: doc.querySelector<BwBodyMap>('bw-body-map')!,
    list: doc.querySelector<BwTechniqueList>('bw-technique-list')!,
    timer: doc.querySelector<BwStretchTimer>('bw-stretch-timer')!,
  };
  await settle(page);
  return page;
}

/** The headings of the page in reading order, light DOM and shadow roots alike (the composed tree). */
function headings(root: Node): { level: number; text: string }[] {
  const found: { level: number; text: string }[] = [];
  const walk = (node: Node) => {
    if (!(node instanceof node.ownerDocument!.defaultView!.Element)) return;
    const el = node as Element;
    if (el.closest('[hidden]')) return;
    const tag = /^h([1-6])$/i.exec(el.localName);
    const level = tag
      ? Number(tag[1])
      : el.getAttribute('role') === 'heading'
        ? Number(el.getAttribute('aria-level'))
        : 0;
    if (level) found.push({ level, text: el.textContent!.trim().replace(/\s+/g, ' ') });
    if (el.localName === 'slot') {
      (el as HTMLSlotElement).assignedNodes({ flatten: true }).forEach(walk);
      return;
    }
    const children = el.shadowRoot ? el.shadowRoot.children : el.children;
    [...children].forEach(walk);
  };
  walk(root);
  return found;
}

describe('example page: examples/clinic.html', () => {
  it('loads with no console error or warning, uncaught error, failed resource or CSP violation', async () => {
    const { win, doc } = await openPage();
    const captured = win.bwConsoleCapture;
    expect(captured, 'the capture script ran before the page').to.be.an('array');
    expect(captured).to.deep.equal([]);

    // Every file the page refers to is there (a missing favicon logs no error event).
    const urls = [...doc.querySelectorAll('link[href], script[src], img[src]')].map(
      (el) => new URL(el.getAttribute('href') ?? el.getAttribute('src')!, doc.baseURI).href,
    );
    expect(urls.some((url) => url.endsWith('/dist/bodywork-elements.js'))).to.be.true;
    expect(urls.some((url) => url.endsWith('/examples/clinic.css'))).to.be.true;
    for (const url of urls) expect((await fetch(url)).status, url).to.equal(200);
    expect(doc.styleSheets.length, 'the stylesheet applies').to.be.greaterThan(0);

    // The capture is live: a warning would have been recorded.
    win.console.warn('probe');
    expect(captured).to.deep.equal([{ kind: 'console.warn', text: 'probe' }]);
  });

  it('works under its strict Content-Security-Policy, which blocks inline scripts and style attributes', async () => {
    const { win, doc, map } = await openPage();
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(policy).to.include("script-src 'self'").and.include("style-src 'self'");
    // The elements rendered under it (their styles are constructed style sheets, not style attributes).
    expect(map.shadowRoot!.querySelector('[role="listbox"]')).to.exist;
    expect(win.getComputedStyle(part(map, 'base')!).display).to.not.equal('inline');

    const violation = () =>
      new Promise<SecurityPolicyViolationEvent>((resolve) =>
        doc.addEventListener('securitypolicyviolation', resolve, { once: true }),
      );
    let blocked = violation();
    const script = doc.createElement('script');
    script.textContent = 'window.inlineScriptRan = true;';
    doc.body.append(script);
    expect((await blocked).effectiveDirective).to.match(/^script-src/);
    expect(win.inlineScriptRan).to.be.undefined;

    blocked = violation();
    const note = doc.querySelector<HTMLElement>('.note')!;
    const before = win.getComputedStyle(note).color;
    note.setAttribute('style', 'color: rgb(255, 0, 0)');
    expect((await blocked).effectiveDirective).to.match(/^style-src/);
    expect(win.getComputedStyle(note).color).to.equal(before);
    expect(win.bwConsoleCapture!.map((c) => c.kind)).to.deep.equal(['csp', 'csp']);
  });

  it('has one h1, headings in order through the elements, landmarks and a working skip link', async () => {
    const { doc } = await openPage();
    const outline = headings(doc.body);
    expect(outline.filter((h) => h.level === 1)).to.have.length(1);
    expect(outline[0]!.level).to.equal(1);
    for (let i = 1; i < outline.length; i++) {
      const { level, text } = outline[i]!;
      expect(level, `"${text}" after "${outline[i - 1]!.text}"`).to.be.at.most(outline[i - 1]!.level + 1);
    }
    // The cards' headings sit under "What can help" (h2) at the level the page asked for.
    const help = outline.findIndex((h) => h.text === 'What can help');
    expect(outline[help + 1]!.level).to.equal(3);

    for (const selector of ['header', 'nav', 'main', 'footer'])
      expect(doc.querySelectorAll(selector)).to.have.length(1);
    // The skip link is the first thing to focus, and leads to the main content.
    const skip = doc.querySelector<HTMLAnchorElement>('a[href], button, input, select, textarea, [tabindex]')!;
    expect(skip.textContent).to.equal('Skip to main content');
    expect(doc.querySelector(new URL(skip.href).hash)!.localName).to.equal('main');
    for (const link of doc.querySelectorAll<HTMLAnchorElement>('nav a[href^="#"]')) {
      expect(doc.querySelector(new URL(link.href).hash), link.href).to.exist;
    }
  });

  it('runs the guided flow: body map → matching treatments with the booking link → routine in the timer', async () => {
    const page = await openPage();
    const { win, doc, provider, map, list, timer } = page;
    const offered = JSON.parse(doc.querySelector('bw-provider > script[type="application/json"]')!.textContent!)
      .offered as string[];

    // Nothing chosen: every treatment the clinic offers, and only those.
    expect(
      cards(list)
        .map((c) => c.technique)
        .sort(),
    ).to.deep.equal([...offered].sort());

    // A visitor clicks the left knee on the figure.
    const knee = map.shadowRoot!.querySelector('[data-region="knee-left"] .shape')!;
    knee.dispatchEvent(new win.MouseEvent('click', { bubbles: true, composed: true }));
    await settle(page);

    expect(map.shadowRoot!.querySelector('#option-knee-left')!.getAttribute('aria-selected')).to.equal('true');
    const forKnees = provider.content.techniques.filter((t) => t.areas.includes('knees')).map((t) => t.id);
    expect(forKnees.length).to.be.within(1, offered.length - 1);
    expect(
      cards(list)
        .map((c) => c.technique)
        .sort(),
    ).to.deep.equal([...forKnees].sort());
    expect(part(list, 'count')!.textContent).to.include('Knees');

    // "Learn more" on the first card shows the booking link, filled in from the provider's template.
    const card = cards(list)[0]!;
    part(card, 'more-button')!.click();
    await card.updateComplete;
    const book = part(card, 'book') as HTMLAnchorElement;
    expect(book.href).to.equal(`https://example.com/book?treatment=${card.technique}&area=knees`);

    // "Try at home" loads a routine for the knees (not the technique's first routine, whatever its
    // area) into the page's stretch timer.
    part(card, 'try-routine')!.click();
    await timer.updateComplete;
    const routine = provider.content.routines.find((r) => r.id === timer.routine)!;
    expect(routine, `routine ${String(timer.routine)}`).to.exist;
    expect(routine.areas).to.include('knees');
    expect(part(timer, 'title')!.textContent!.trim()).to.equal(routine.title);

    expect(win.bwConsoleCapture).to.deep.equal([]);
  });
});
