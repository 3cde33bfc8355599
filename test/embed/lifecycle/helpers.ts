// Helpers for the lifecycle tests: building each element as a clinic page would, waiting until
// everything inside has rendered, and counting what an element could leave behind — DOM nodes and
// event listeners (Chromium's counters, through test/support/cdp-counters-plugin.mjs), timers and
// listeners on window, document and media queries (every engine, by wrapping the page's APIs).
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReactiveElement } from 'lit';
import '../../../src/index.js';
import type { BwBodyMap } from '../../../src/body-map.js';
import type { BwProvider } from '../../../src/provider.js';
import type { BwStretchTimer } from '../../../src/stretch-timer.js';
import type { BwTechniqueCard, BwTechniqueList } from '../../../src/technique-card.js';

export type { BwBodyMap, BwProvider, BwStretchTimer, BwTechniqueCard, BwTechniqueList };

/** Chromium's live object counters (`Memory.getDOMCounters`), after garbage collection. */
export interface DomCounters {
  documents: number;
  nodes: number;
  jsEventListeners: number;
}

/** Collects garbage and reads the counters in Chromium; null in engines without the DevTools protocol. */
export async function domCounters(): Promise<DomCounters | null> {
  const counters = await executeServerCommand<DomCounters | false, undefined>('bw-dom-counters');
  return counters || null;
}

type Updating = Element & Partial<Pick<ReactiveElement, 'updateComplete' | 'isUpdatePending'>>;

/** Every element under `root`, `root` included, through open shadow roots. */
export function deepElements(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    out.push(el);
    for (const child of el.children) walk(child);
    if (el.shadowRoot) for (const child of el.shadowRoot.children) walk(child);
  };
  walk(root);
  return out;
}

/** Waits until no element under `root` (shadow roots included) has an update pending: cards made by a list, values a provider passes down. */
export async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const pending = deepElements(root).filter((el) => (el as Updating).isUpdatePending);
    if (!pending.length) return;
    await Promise.all(pending.map((el) => (el as Updating).updateComplete));
  }
  throw new Error(`<${root.localName}> kept updating`);
}

/** Text with whitespace collapsed, as a reader sees it. */
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** An element with attributes (`true` for a boolean attribute) and children. */
export function make<T extends HTMLElement = HTMLElement>(
  tag: string,
  attributes: Record<string, string | true> = {},
  ...children: (Node | string)[]
): T {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value === true ? '' : value);
  el.append(...children);
  return el;
}

/** The clinic data a provider gets in the tests: three techniques offered. */
export const CLINIC_DATA = JSON.stringify({ offered: ['remedial-massage', 'deep-tissue', 'myofascial-release'] });

/** `<bw-provider>` with its clinic data, a body map and a list that follows the map, as in the README. */
export function providerFlow(): BwProvider {
  return make<BwProvider>(
    'bw-provider',
    { 'booking-url': 'https://clinic.example/book?treatment={technique}&area={area}' },
    make('script', { type: 'application/json' }, CLINIC_DATA),
    make('bw-body-map', { multiple: true }),
    make('bw-technique-list'),
  );
}

/** A region's drawing in a body map (front view). */
export const region = (map: Element, id: string) =>
  map.shadowRoot!.querySelector<SVGGElement>(`[data-view="front"] [data-region="${id}"]`)!;

/** Clicks a region of the drawing, as a visitor does. */
export function clickRegion(map: Element, id: string): void {
  region(map, id).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}

/** A visible button of an element's shadow root by its label (the visually hidden part included). */
export function button(el: Element, label: string | RegExp): HTMLElement | null {
  const buttons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, a.button')];
  return buttons.find((b) => (typeof label === 'string' ? text(b) === label : label.test(text(b)))) ?? null;
}

/** An element of a shadow root by part name. */
export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Whether an element is rendered (takes up space). */
export const visible = (el: Element | null) => !!el && el.getClientRects().length > 0;

// ---- What the library leaves running -------------------------------------------------------

/** Frames of the library's own code (and Lit's) in a stack trace, served from src/ and node_modules. */
const LIBRARY = /\/(src|node_modules\/(lit|lit-html|lit-element|@lit))\//;

interface Live {
  kind: 'timeout' | 'interval' | 'frame' | 'listener';
  what: string;
}

/**
 * Counts what the library's code starts and has not stopped: timeouts, intervals and animation
 * frames not yet run or cancelled, and listeners on window, document and media query lists not yet
 * removed. Only calls made from the library's code count (by their stack: `code` matches one of its
 * frames' URLs), so the test runner's own timers do not. Restore with `stop()`.
 */
export function trackLive(code: RegExp = LIBRARY) {
  const fromLibrary = () => code.test(new Error().stack ?? '');
  const live = new Map<unknown, Live>();
  const w = window as unknown as Record<string, unknown>;
  const saved = Object.fromEntries(
    ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'].map(
      (name) => [name, w[name]],
    ),
  ) as Record<string, (...args: unknown[]) => unknown>;
  const key = (kind: string, id: unknown) => `${kind}:${String(id)}`;

  const wrapStart = (name: string, kind: Live['kind'], once: boolean) => {
    w[name] = function (this: unknown, handler: unknown, ...rest: unknown[]) {
      const mine = fromLibrary();
      // `id` is read when the callback runs, after the browser has returned it.
      const run =
        typeof handler === 'function'
          ? (...args: unknown[]) => {
              if (once) live.delete(key(kind, id));
              return (handler as (...a: unknown[]) => unknown)(...args);
            }
          : handler;
      const id = saved[name]!.call(window, run, ...rest);
      if (mine) live.set(key(kind, id), { kind, what: `${name}(${String(rest[0] ?? '')})` });
      return id;
    };
  };
  const wrapStop = (name: string, kind: Live['kind']) => {
    w[name] = function (id: unknown) {
      live.delete(key(kind, id));
      return saved[name]!.call(window, id);
    };
  };
  wrapStart('setTimeout', 'timeout', true);
  wrapStop('clearTimeout', 'timeout');
  wrapStart('setInterval', 'interval', false);
  wrapStop('clearInterval', 'interval');
  wrapStart('requestAnimationFrame', 'frame', true);
  wrapStop('cancelAnimationFrame', 'frame');

  // Listeners on the page's long-lived targets: each one kept is a leak of whatever it holds.
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  const targets = new Map<EventTarget, string>([
    [window, 'window'],
    [document, 'document'],
  ]);
  const targetName = (target: EventTarget) =>
    targets.get(target) ?? (target instanceof MediaQueryList ? `matchMedia(${target.media})` : undefined);
  const ids = new WeakMap<object, number>();
  let next = 0;
  const listenerKey = (target: string, type: string, listener: unknown, options: unknown) => {
    const capture = typeof options === 'boolean' ? options : Boolean((options as EventListenerOptions)?.capture);
    const fn = listener as object;
    if (!ids.has(fn)) ids.set(fn, ++next);
    return `listener:${target}:${type}:${capture}:${ids.get(fn)}`;
  };
  proto.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    const name = targetName(this);
    if (name && listener && fromLibrary()) {
      const once = typeof options === 'object' && options !== null && (options as AddEventListenerOptions).once;
      const k = listenerKey(name, type, listener, options);
      if (!once) live.set(k, { kind: 'listener', what: `${name} ${type}` });
    }
    return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  } as typeof proto.addEventListener;
  proto.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    const name = targetName(this);
    if (name && listener) live.delete(listenerKey(name, type, listener, options));
    return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
  } as typeof proto.removeEventListener;

  return {
    /** What is still live, e.g. `["setTimeout(1000)", "document visibilitychange"]`. */
    get live(): string[] {
      return [...live.values()].map((l) => l.what);
    },
    stop() {
      Object.assign(w, saved);
      proto.addEventListener = add;
      proto.removeEventListener = remove;
    },
  };
}

/** The ways a page moves an element to another parent: remove + append, and `moveBefore` where the browser has it. */
export type Move = (el: Element, to: Element) => void;

const moveBefore = (Element.prototype as { moveBefore?: (node: Node, child: Node | null) => void }).moveBefore;

export const MOVES: [name: string, move: Move][] = [
  [
    'remove + append',
    (el, to) => {
      el.remove();
      to.append(el);
    },
  ],
  ...(moveBefore
    ? ([['moveBefore', (el, to) => moveBefore.call(to, el, null)]] as [string, Move][])
    : ([] as [string, Move][])),
];

/** Whether this browser has `moveBefore` (Chromium 133+; not yet every engine). */
export const hasMoveBefore = Boolean(moveBefore);

/** Two places on the page an element can be moved between. */
export function twoParents(): [Element, Element, () => void] {
  const a = make('section', { 'aria-label': 'first place' });
  const b = make('section', { 'aria-label': 'second place' });
  document.body.append(a, b);
  return [a, b, () => (a.remove(), b.remove())];
}
