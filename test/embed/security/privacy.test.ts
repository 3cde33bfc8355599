// Privacy: a page that uses every element fully makes no request beyond its own page and
// scripts, sets no cookie and stores nothing, except what the timer's opt-in `persist` keeps
// (one documented sessionStorage key, gone once the routine ends).
//
// Three witnesses for requests: the page's Resource Timing entries; a report-only policy
// (`default-src 'none'; script-src 'self'`) under which the browser reports every other load it
// makes, to any address (images, fonts, fetch, beacons, web sockets, media, frames, workers);
// and the dev server's log of every request the page caused (its Referer is the page).
import { expect } from '@open-wc/testing';
import {
  FakeClock,
  type BwBodyMap,
  type BwProvider,
  type BwStretchTimer,
  type BwTechniqueCard,
  type BwTechniqueList,
  type HostPage,
  clickOn,
  clickRegion,
  closePages,
  openPage,
  part,
  settle,
  text,
  violations,
} from './helpers.js';

const PAGE = '/test/embed/pages/privacy-everything.html';
/** Everything the page may load: its own scripts and the library. */
const ALLOWED = ['/test/embed/pages/csp-probe.js', '/dist/bodywork-elements.js', '/test/embed/pages/privacy-page.js'];
const KEY = 'bodywork-elements:stretch-timer:neck-release';

type Bodywork = { registerTranslation: (...t: object[]) => void };
type PrivacyPage = HostPage & { win: HostPage['win'] & { bodywork: Bodywork } };

/** What the origin keeps: cookies, both storages, IndexedDB databases and Cache Storage caches. */
async function storage(win: Window) {
  const keys = (store: Storage) => Array.from({ length: store.length }, (_, i) => store.key(i)!).sort();
  const idb = win.indexedDB as IDBFactory & { databases?: () => Promise<IDBDatabaseInfo[]> };
  return {
    cookie: win.document.cookie,
    localStorage: keys(win.localStorage),
    sessionStorage: keys(win.sessionStorage),
    indexedDB: idb.databases ? (await idb.databases()).map((db) => db.name).sort() : 'not supported',
    caches: 'caches' in win ? (await win.caches.keys()).sort() : 'not supported',
  };
}

/** A same-origin address as its path and query; any other address in full. */
const pathOf = (url: string) => {
  const u = new URL(url, location.href);
  return u.origin === location.origin ? u.pathname + u.search : u.href;
};

const button = (host: Element, label: RegExp) =>
  [...host.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => label.test(text(b)))!;

/** Presses a key in an element of the page, as a keyboard would. */
function press(el: Element, key: string) {
  const win = el.ownerDocument.defaultView!;
  el.dispatchEvent(new win.KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}

/** Uses every element fully: the map in both views with ratings, the lists, the cards, the dialog, the timer to its end, a language change. */
async function useEverything(page: PrivacyPage) {
  const { doc, win } = page;
  const map = doc.querySelector<BwBodyMap>('#map')!;
  const list = doc.querySelector<BwTechniqueList>('#list')!;
  const timer = doc.querySelector<BwStretchTimer>('#timer')!;
  const card = doc.querySelector<BwTechniqueCard>('#card')!;
  const clinic = doc.querySelector<BwProvider>('#clinic')!;

  // Body map: hover and choose on the figure, rate it by keyboard, then the list view.
  const neck = map.shadowRoot!.querySelector('g.region[data-region="neck"]')!;
  neck.dispatchEvent(new win.PointerEvent('pointerenter'));
  clickRegion(map, 'neck');
  await settle(doc);
  const listbox = part(map, 'listbox')!;
  listbox.focus();
  press(listbox, '7');
  await settle(doc);
  part(map, 'toggle')!.click();
  await settle(doc);
  map.shadowRoot!.querySelector<HTMLElement>('#option-sacrum')!.click();
  await settle(doc);
  press(listbox, 'ArrowDown');
  press(listbox, 'End');
  await settle(doc);
  expect(map.value).to.equal('neck:7 sacrum');
  expect([...new FormData(doc.querySelector('form')!).getAll('where')]).to.deep.equal(['neck:7', 'sacrum']);

  // The list follows; every card opened, the first one's "Try at home" loads the timer.
  expect(text(part(list, 'count'))).to.match(/Neck/);
  const cards = [...list.shadowRoot!.querySelectorAll<BwTechniqueCard>('bw-technique-card')];
  for (const c of cards) part(c, 'more-button')!.click();
  await settle(doc);
  expect(cards.every((c) => part(c, 'how') !== null)).to.equal(true);
  part(cards[0]!, 'try-routine')!.click();
  await settle(doc);

  // The card in the other provider: details, then "Try at home" in the dialog, closed again.
  part(card, 'more-button')!.click();
  await settle(doc);
  part(card, 'try-routine')!.click();
  await settle(doc);
  const dialog = part<HTMLDialogElement>(clinic, 'dialog')!;
  expect(dialog.open).to.equal(true);
  const closed = new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
  part(clinic, 'close-button')!.click();
  await closed;
  await settle(doc);

  // A language change: every element re-renders in French.
  win.bodywork.registerTranslation({
    $code: 'fr',
    $name: 'Français',
    $dir: 'ltr',
    showAsFigure: 'Afficher la figure',
    timerStart: 'Commencer',
  });
  doc.documentElement.lang = 'fr';
  await settle(doc);
  expect(text(part(map, 'toggle'))).to.equal('Afficher la figure');

  // The timer, with its own controls, its cues and its settings, through to the end.
  const clock = new FakeClock();
  timer.clock = clock;
  timer.routine = 'neck-release';
  await settle(doc);
  const settings = part<HTMLDetailsElement>(timer, 'settings')!;
  settings.open = true;
  for (const box of settings.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
  const select = settings.querySelector('select')!;
  select.value = '0.5';
  select.dispatchEvent(new win.Event('change', { bubbles: true }));
  await settle(doc);
  const phases: string[] = [];
  timer.addEventListener('bw-step-change', (e) => phases.push((e as CustomEvent<{ phase: string }>).detail.phase));
  expect(text(part(timer, 'primary'))).to.equal('Commencer');
  part(timer, 'primary')!.click();
  await settle(doc);
  clock.advance(12_000);
  await settle(doc);
  button(timer, /Next/).click();
  await settle(doc);
  clock.advance(1000);
  button(timer, /Previous/).click();
  press(part(timer, 'display')!, 'ArrowRight');
  await settle(doc);
  part(timer, 'primary')!.click(); // pause
  await settle(doc);
  expect(timer.state).to.equal('paused');
  part(timer, 'primary')!.click(); // resume
  await settle(doc);
  part(timer, 'stop')!.click();
  await settle(doc);
  expect(timer.state).to.equal('stopped');
  clickOn(part(timer, 'primary')!); // start again
  await settle(doc);
  clock.advance(60 * 60 * 1000);
  await settle(doc);
  expect(timer.state).to.equal('complete');
  expect(phases).to.include.members(['prep', 'hold', 'rest']);
}

let before: Awaited<ReturnType<typeof storage>>;

beforeEach(async () => {
  // The test page shares the origin (and its storage) with the host page: compare before and after.
  before = await storage(window);
});

afterEach(() => {
  sessionStorage.removeItem(KEY);
  closePages();
});

describe('privacy: a page using every element', () => {
  it('the witnesses work: a request the page makes is seen by resource timing, the report-only policy and the server', async () => {
    const page = await openPage('privacy-everything.html');
    // What a tracking script would do: a beacon-like fetch home, and a pixel from elsewhere.
    const beacon = '/test/embed/pages/privacy-no-such-beacon?visit=1';
    const timed = new Promise<void>((resolve) => {
      // Resource timing adds the entry once the response has been read to its end.
      const observer = new page.win.PerformanceObserver((list) => {
        if (list.getEntries().some((entry) => entry.name.endsWith(beacon))) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe({ type: 'resource' });
    });
    await (await page.win.fetch(beacon)).text();
    await timed;
    const pixel = page.doc.createElement('img');
    const failed = new Promise((resolve) => pixel.addEventListener('error', resolve, { once: true }));
    pixel.src = 'https://tracker.invalid/pixel.gif';
    page.doc.body.append(pixel);
    await failed;
    const loaded = page.win.performance.getEntriesByType('resource').map((entry) => pathOf(entry.name));
    expect(loaded).to.include(beacon);
    const reported = (await violations(page)).map((v) => `${v.directive} ${v.disposition} ${v.blocked}`);
    expect(reported).to.include.members([
      `connect-src report ${location.origin}${beacon}`,
      'img-src report https://tracker.invalid/pixel.gif',
    ]);
    expect(await page.requests()).to.include(beacon);
  });

  it('makes no request beyond the page and its scripts (resource timing, a report-only CSP and the server log agree)', async () => {
    const page = (await openPage('privacy-everything.html')) as PrivacyPage;
    await useEverything(page);

    // The browser: every resource the page loaded, and every load a report-only policy saw.
    const loaded = page.win.performance.getEntriesByType('resource').map((entry) => pathOf(entry.name));
    const reported = await violations(page);
    expect(reported, 'loads beyond the page scripts').to.deep.equal([]);
    expect(
      loaded.filter((path) => !ALLOWED.includes(path) && !path.startsWith('https://bw-sentinel.invalid')),
    ).to.deep.equal([]);
    expect(loaded, 'resource timing sees the page script').to.include('/test/embed/pages/privacy-page.js');

    // The server: every request whose Referer is this page (and the page itself).
    const served = (await page.requests()).map((url) => (url.startsWith(PAGE) ? PAGE : url));
    // (Scripts may come from the browser's cache; the page's own address is new each time.)
    expect(served, 'the server saw the page').to.include(PAGE);
    expect(served.filter((path) => path !== PAGE && !ALLOWED.includes(path))).to.deep.equal([]);
    expect(page.record.errors).to.deep.equal([]);
  });

  it('sets no cookie and stores nothing: cookies, localStorage, sessionStorage, IndexedDB, Cache Storage unchanged', async () => {
    const page = (await openPage('privacy-everything.html')) as PrivacyPage;
    await useEverything(page);
    expect(page.doc.cookie).to.equal('');
    expect(await storage(page.win)).to.deep.equal(before);
  });

  it('with persist, only the documented sessionStorage key is written, and removed when the routine ends or is stopped', async () => {
    const page = (await openPage('privacy-everything.html')) as PrivacyPage;
    const { doc } = page;
    const timer = doc.querySelector<BwStretchTimer>('#timer')!;
    const clock = new FakeClock();
    timer.clock = clock;
    timer.persist = true;
    await settle(doc);
    part(timer, 'primary')!.click();
    await settle(doc);
    clock.advance(7000);
    await settle(doc);
    part(timer, 'primary')!.click(); // pause
    await settle(doc);

    const during = await storage(page.win);
    expect(during).to.deep.equal({ ...before, sessionStorage: [...before.sessionStorage, KEY].sort() });
    const saved = JSON.parse(page.win.sessionStorage.getItem(KEY)!) as Record<string, unknown>;
    // What is kept: the hold scale, the pause between sides, the clock and the cue switches. Nothing about the person.
    expect(Object.keys(saved).sort()).to.deep.equal(['clock', 'cues', 'pause', 'scale']);

    part(timer, 'primary')!.click(); // resume
    clock.advance(60 * 60 * 1000);
    await settle(doc);
    expect(timer.state).to.equal('complete');
    expect(await storage(page.win), 'after the end').to.deep.equal(before);

    // "Stop — this hurts" removes it too.
    part(timer, 'primary')!.click(); // start again
    await settle(doc);
    expect(page.win.sessionStorage.getItem(KEY), 'saved while running').to.be.a('string');
    part(timer, 'stop')!.click();
    await settle(doc);
    expect(timer.state).to.equal('stopped');
    expect(await storage(page.win), 'after a stop').to.deep.equal(before);
  });
});
