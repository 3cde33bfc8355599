// Host pages for the embedding tests: each test loads a page of test/embed/pages/ in an iframe
// (served by test/support/embed-pages-plugin.mjs with its real response headers) and drives the
// elements the page's own copy of the library defined (script-tag builds from dist/: run
// `npm run build` first). Element classes are imported here as types only; the elements under
// test are always the page's own.
//
// Never hand a node of the page to chai (`expect(node).to.exist`): nodes of another window are
// not DOM nodes to chai, and formatting one for a failure message walks its whole object graph
// and freezes the test page. Assert on booleans, counts and text instead.
import { executeServerCommand } from '@web/test-runner-commands';
import type { BwBodyMap } from '../../../src/body-map.js';
import type { BwProvider } from '../../../src/provider.js';
import type { BwStretchTimer } from '../../../src/stretch-timer.js';
import type { BwTechniqueCard, BwTechniqueList } from '../../../src/technique-card.js';

export type { BwBodyMap, BwProvider, BwStretchTimer, BwTechniqueCard, BwTechniqueList };
export { FakeClock } from '../../stretch-timer/helpers.js';

/** One `securitypolicyviolation` event, as the page's probe recorded it. */
export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  line: number;
  disposition: 'enforce' | 'report';
}

/** What test/embed/pages/csp-probe.js records from the page's first script on. */
export interface EmbedRecord {
  violations: Violation[];
  errors: string[];
  warnings: string[];
  consoleErrors: string[];
  bwErrors: { tag: string; code: string; value?: string }[];
  loadFailures: string[];
}

export type HostWindow = Window &
  typeof globalThis & {
    __bwEmbed: EmbedRecord;
    __bwXss: unknown[];
    BodyworkElements?: Record<string, unknown>;
  };

export const TAGS = [
  'bw-body-map',
  'bw-technique-card',
  'bw-technique-list',
  'bw-stretch-timer',
  'bw-provider',
] as const;

export interface HostPage {
  frame: HTMLIFrameElement;
  win: HostWindow;
  doc: Document;
  /** The id in the page's `?session=`, under which the server logs its requests. */
  session: string;
  record: EmbedRecord;
  /** Every path (with query) the server received for this page: the page, and each request it made. */
  requests(): Promise<string[]>;
}

const open: HTMLIFrameElement[] = [];

/**
 * Loads `test/embed/pages/<name>` in an iframe and resolves once it has loaded (every script of
 * the page has run by then: module scripts run before the load event). `policy` picks another
 * set of response headers (see POLICIES in the plugin). `defined` (default true): fail at once,
 * with the page's errors, unless every element is registered.
 */
export async function openPage(
  name: string,
  { policy, defined = true }: { policy?: string; defined?: boolean } = {},
): Promise<HostPage> {
  const session = `${name.replace(/\W/g, '')}-${Math.random().toString(36).slice(2)}`;
  const frame = document.createElement('iframe');
  frame.title = name;
  // Wide and tall enough for the elements' real layout.
  frame.width = '900';
  frame.height = '1200';
  const query = new URLSearchParams({ session, ...(policy ? { policy } : {}) });
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = `/test/embed/pages/${name}?${query}`;
  document.body.append(frame);
  open.push(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  const doc = frame.contentDocument!;
  const record = win.__bwEmbed;
  if (!record) throw new Error(`${name} did not run test/embed/pages/csp-probe.js first`);
  if (defined) {
    const missing = TAGS.filter((tag) => !win.customElements.get(tag));
    if (missing.length) {
      const hint = record.loadFailures.some((url) => url.includes('/dist/')) ? ' (run npm run build first)' : '';
      throw new Error(
        `${name}: ${missing.join(', ')} not defined${hint}. The page recorded: ${JSON.stringify(record)}`,
      );
    }
    await settle(doc);
  }
  return {
    frame,
    win,
    doc,
    session,
    record,
    requests: () => executeServerCommand<string[], { session: string }>('bw-embed-requests', { session }),
  };
}

let sentinels = 0;

/** The address of the sentinel images made by {@link violations}. */
export const SENTINEL = 'https://bw-sentinel.invalid';

/**
 * The violations the page has reported so far (only for pages with a policy that blocks or
 * reports outside images). Browsers report violations in a task queued
 * after the fact, so this first makes one more, a sentinel (an image from an address no page
 * allows), and waits for its report: every earlier report has been delivered by then.
 */
export async function violations(page: HostPage): Promise<Violation[]> {
  const url = `${SENTINEL}/${++sentinels}.gif`;
  const reported = new Promise<void>((resolve) => {
    const listener = (event: SecurityPolicyViolationEvent) => {
      // Some engines report only the origin of a blocked address.
      if (!event.blockedURI.startsWith(SENTINEL)) return;
      page.doc.removeEventListener('securitypolicyviolation', listener);
      resolve();
    };
    page.doc.addEventListener('securitypolicyviolation', listener);
  });
  const img = page.doc.createElement('img');
  img.alt = '';
  img.src = url;
  page.doc.body.append(img);
  await reported;
  img.remove();
  return page.record.violations.filter((v) => !v.blocked.startsWith(SENTINEL));
}

/** Removes every page opened by the test (call it in afterEach). */
export function closePages(): void {
  for (const frame of open.splice(0)) frame.remove();
}

/** Every element in `root` and in the shadow roots below it, depth first. */
function deepElements(root: Document | Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Document | Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

type Updating = Element & { updateComplete?: Promise<unknown> };

/**
 * Waits until every custom element in the page (including those inside shadow roots, such as
 * the cards of a list and a provider's dialog timer) has finished updating, a few rounds over, as
 * values flow down from providers.
 */
export async function settle(doc: Document): Promise<void> {
  const custom = () => deepElements(doc).filter((el) => el.localName.includes('-')) as Updating[];
  for (let round = 0; round < 6; round++) {
    const els = custom();
    // updateComplete resolves to false when another update was requested meanwhile.
    const done = await Promise.all(els.map((el) => el.updateComplete ?? true));
    if (done.every(Boolean) && custom().length === els.length) return;
  }
}

/** The element inside a host's shadow root with this part name. */
export const part = <T extends Element = HTMLElement>(host: Element, name: string) =>
  host.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;

/** Text with whitespace collapsed, as a reader sees it. */
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A computed style of an element of the page. */
export const style = (el: Element) => el.ownerDocument.defaultView!.getComputedStyle(el);

/** A pointer click, for elements without `click()` (SVG shapes). */
export function clickOn(el: Element): void {
  const win = el.ownerDocument.defaultView!;
  el.dispatchEvent(new win.MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
}

/** Clicks a region's shape in the body map's figure. */
export function clickRegion(map: Element, regionId: string): void {
  const shape = map.shadowRoot!.querySelector(`g.region[data-region="${regionId}"]`);
  if (!shape) throw new Error(`no shape for ${regionId}`);
  clickOn(shape);
}

/** Techniques a list shows, in order. */
export const listed = (list: Element) =>
  [...list.shadowRoot!.querySelectorAll<BwTechniqueCard>('bw-technique-card')].map((card) => card.technique);

/** Whether the browser of this page enforces Trusted Types. */
export const hasTrustedTypes = (win: Window) => 'trustedTypes' in win;
