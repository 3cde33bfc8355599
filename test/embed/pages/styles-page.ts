// The script of styles-page.html: puts one element (or a provider with a map and a list) on the
// page as the query string asks, loads the host stylesheets, and resolves `window.stylesReady`
// once everything is drawn and still: sheets and fonts loaded, every element (also those inside
// shadow roots) updated, no animation running, two frames painted.
import '../../../src/index.js';
import type { BwProvider, BwStretchTimer, TimerClock } from '../../../src/index.js';

declare global {
  interface Window {
    stylesReady: Promise<void>;
  }
}

const query = new URLSearchParams(location.search);
const stage = document.getElementById('stage')!;

type Build = () => HTMLElement;

function make(tag: string, attributes: Record<string, string> = {}, children: HTMLElement[] = []): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A clock that stands still unless moved: the timer shows the same second in every frame. */
function stillClock(): TimerClock & { t: number } {
  return {
    t: 1000,
    now() {
      return this.t;
    },
    setTimeout: () => 0,
    clearTimeout: () => undefined,
  };
}

const builders: Record<string, Build> = {
  'body-map': () => make('bw-body-map', { view: 'both', multiple: '', severity: '', value: 'neck:6 shoulder-left:3' }),
  'technique-card': () =>
    make('bw-technique-card', {
      technique: 'trigger-point',
      'booking-url': 'https://clinic.example/book?technique={technique}',
    }),
  'technique-list': () => make('bw-technique-list', { condition: 'tension-headache' }),
  'stretch-timer': () => make('bw-stretch-timer', { routine: 'neck-release' }),
  provider: () =>
    make('bw-provider', {}, [
      make('bw-body-map', { view: 'both', multiple: '' }),
      make('bw-technique-list', { 'heading-level': '3' }),
    ]),
};

/** Every bodywork element in the page, including those in shadow roots. */
function allElements(root: ParentNode = document): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (element.localName.startsWith('bw-')) found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

async function settle(): Promise<void> {
  // Updates can start more updates (a list renders cards, a provider feeds its children).
  for (let round = 0; round < 5; round++) {
    const elements = allElements();
    const pending = await Promise.all(
      elements.map((e) => (e as HTMLElement & { updateComplete?: Promise<boolean> }).updateComplete),
    );
    if (pending.every((done) => done !== false) && allElements().length === elements.length) break;
  }
}

function loadSheet(name: string): Promise<void> {
  if (!/^[\w-]+$/.test(name)) throw new Error(`Bad sheet name ${name}`);
  const link = make('link', { rel: 'stylesheet', href: `./hostile/${name}.css` });
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`Could not load hostile/${name}.css`)));
  });
  document.head.append(link);
  return loaded;
}

async function finishAnimations(): Promise<void> {
  const roots: (Document | ShadowRoot)[] = [
    document,
    ...allElements()
      .map((e) => e.shadowRoot!)
      .filter(Boolean),
  ];
  for (const root of roots) for (const animation of root.getAnimations()) animation.finish();
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function start(): Promise<void> {
  if (query.get('dir') === 'rtl') document.documentElement.dir = 'rtl';
  const width = query.get('width');
  if (width === '360' || width === '720') {
    stage.classList.add(`w-${width}`);
    document.body.classList.add('column');
  }
  const sheets = (query.get('sheets') ?? '').split(',').filter(Boolean);
  await Promise.all(sheets.map(loadSheet));

  const name = query.get('element') ?? '';
  const build = builders[name];
  if (!build) throw new Error(`Unknown element ${name}`);
  const element = build();
  if (element.localName === 'bw-stretch-timer') {
    // Started, 20 s in, paused: the player shows its ring, time, progress and controls, still.
    const timer = element as BwStretchTimer;
    const clock = stillClock();
    timer.clock = clock;
    stage.append(timer);
    await timer.updateComplete;
    timer.start();
    clock.t += 20_000;
    timer.pause();
  } else {
    stage.append(element);
  }
  await customElements.whenDefined(element.localName);
  if (element.localName === 'bw-provider') {
    await (element as BwProvider).updateComplete;
    (element as BwProvider).select('jaw-left');
    const map = element.querySelector('bw-body-map')!;
    map.setAttribute('value', 'jaw-left');
  }
  await settle();
  await document.fonts.ready;
  await frame();
  await finishAnimations();
  await frame();
  await frame();
}

window.stylesReady = start();
