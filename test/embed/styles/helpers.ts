// Shared by the style tests: host pages in iframes (test/embed/pages/styles-page.html), walks of
// the composed tree, and screenshots of an element compared in Node (test/support/screenshot-plugin.mjs).
import { executeServerCommand } from '@web/test-runner-commands';

export type ElementName = 'body-map' | 'technique-card' | 'technique-list' | 'stretch-timer' | 'provider';

export const ELEMENTS: readonly ElementName[] = [
  'body-map',
  'technique-card',
  'technique-list',
  'stretch-timer',
  'provider',
];

export interface PageOptions {
  element: ElementName;
  /** Host stylesheets from test/embed/pages/hostile/, by name. */
  sheets?: string[];
  dir?: 'rtl';
  /** The page's column: 360 or 720 px, or the whole viewport. */
  width?: '360' | '720' | 'fill';
}

export interface Frame {
  iframe: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  /** The column holding the element (or the provider and its children). */
  stage: HTMLElement;
  /** The element itself (for the provider: `<bw-provider>`). */
  host: HTMLElement;
}

let holder: HTMLElement | undefined;

/** A row at the top left of the test page, where the iframes go side by side. */
function row(): HTMLElement {
  if (!holder?.isConnected) {
    holder = document.createElement('div');
    holder.style.cssText =
      'position: fixed; top: 0; left: 0; display: flex; align-items: flex-start; gap: 8px; margin: 0; padding: 0; z-index: 1';
    document.body.append(holder);
  }
  return holder;
}

/** Removes every page a test opened. */
export function closePages(): void {
  holder?.remove();
  holder = undefined;
}

export function pageUrl(options: PageOptions): string {
  const query = new URLSearchParams({ element: options.element });
  if (options.sheets?.length) query.set('sheets', options.sheets.join(','));
  if (options.dir) query.set('dir', options.dir);
  if (options.width) query.set('width', options.width);
  return `/test/embed/pages/styles-page.html?${query}`;
}

/** Opens the page in an iframe of `width` × `height` CSS px and waits until it is drawn and still. */
export async function openPage(options: PageOptions, size: { width: number; height: number }): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `border: 0; margin: 0; padding: 0; flex: none; width: ${size.width}px; height: ${size.height}px`;
  iframe.title = `${options.element} ${options.sheets?.join(' ') ?? ''}`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = pageUrl(options);
  row().append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis & { stylesReady?: Promise<void> };
  // The module script may still be on its way when load fires in some engines.
  for (let i = 0; i < 100 && !win.stylesReady; i++) await new Promise((r) => setTimeout(r, 50));
  if (!win.stylesReady) throw new Error(`${iframe.src} did not start`);
  await win.stylesReady;
  const doc = iframe.contentDocument!;
  const stage = doc.getElementById('stage')!;
  return { iframe, win, doc, stage, host: stage.firstElementChild as HTMLElement };
}

/** Every element of the composed tree under `root` (light DOM and open shadow roots), in tree order. */
export function composedElements(root: Element): Element[] {
  const out: Element[] = [];
  const children = (node: Element) => [...(node.shadowRoot?.children ?? []), ...node.children];
  const visit = (node: Element) => {
    out.push(node);
    children(node).forEach(visit);
  };
  children(root).forEach(visit);
  return out;
}

/** A readable path to an element for messages, e.g. `bw-technique-card › article.card › h3.title`. */
export function pathOf(element: Element): string {
  const parts: string[] = [];
  let node: Node | null = element;
  while (node && node.nodeType === Node.ELEMENT_NODE) {
    const el = node as Element;
    if (el.id === 'stage') break;
    const classes = el.getAttribute('class')?.trim();
    parts.unshift(`${el.localName}${classes ? `.${classes.split(/\s+/).join('.')}` : ''}`);
    const parent: Node | null = el.parentNode;
    node = parent && parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (parent as ShadowRoot).host : parent;
  }
  return parts.join(' › ');
}

/** The shadow root's first element matching `selector`, looking through nested shadow roots too. */
export function deepQuery<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const found = [root, ...composedElements(root)].find((e) => e.matches(selector));
  if (!found) throw new Error(`Nothing matches ${selector} under ${pathOf(root)}`);
  return found as T;
}

export const px = (value: string): number => parseFloat(value);

/** Computed style, read through the element's own window (it may be in an iframe). */
export const styleOf = (element: Element): CSSStyleDeclaration =>
  element.ownerDocument.defaultView!.getComputedStyle(element);

/** Waits for the iframe's next two frames. */
export function frames(win: Window, count = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left ? win.requestAnimationFrame(() => step(left - 1)) : resolve());
    step(count);
  });
}

interface ShotResult {
  width: number;
  height: number;
  mismatched: number;
  ratio: number;
  files: { a: string; b: string; diff: string };
}

/**
 * Screenshots `target` (default: the column) in two pages of the same size and compares them. An element taller than
 * its iframe is taken in tiles: each page is scrolled by the iframe's height at a time and the
 * visible part of the element is added below the previous tiles. False when the driver cannot.
 */
export async function compareScreenshots(
  name: string,
  [a, b]: [Frame, Frame],
  threshold: number,
  target: (frame: Frame) => Element = (frame) => frame.stage,
): Promise<ShotResult | false> {
  const tileHeight = a.iframe.clientHeight;
  const docTop = (frame: Frame) => target(frame).getBoundingClientRect().top + frame.win.scrollY;
  const tops = [docTop(a), docTop(b)];
  const tallest = Math.max(...[a, b].map((frame) => target(frame).getBoundingClientRect().height));
  const tiles = Math.max(1, Math.ceil(tallest / tileHeight));
  const names = [`${name}--a`, `${name}--b`];
  for (let tile = 0; tile < tiles; tile++) {
    const shots = [];
    for (const [i, frame] of [a, b].entries()) {
      frame.win.scrollTo({ left: 0, top: tops[i]! + tile * tileHeight, behavior: 'instant' });
    }
    await Promise.all([frames(a.win), frames(b.win)]);
    for (const [i, frame] of [a, b].entries()) {
      const box = target(frame).getBoundingClientRect();
      const origin = frame.iframe.getBoundingClientRect();
      const top = Math.max(0, box.top);
      const bottom = Math.min(frame.iframe.clientHeight, box.bottom);
      if (bottom <= top) continue;
      shots.push({
        name: names[i],
        append: tile > 0,
        clip: { x: origin.left + box.left, y: origin.top + top, width: box.width, height: bottom - top },
      });
    }
    const taken = await executeServerCommand<false | object, object>('bw-screenshot', {
      viewport: { width: innerWidth, height: innerHeight },
      shots,
    });
    if (taken === false) return false;
  }
  for (const frame of [a, b]) frame.win.scrollTo({ left: 0, top: 0, behavior: 'instant' });
  return executeServerCommand<ShotResult, object>('bw-compare-screenshots', {
    a: names[0],
    b: names[1],
    threshold,
  });
}
