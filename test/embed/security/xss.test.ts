// XSS: markup and script in attribute values and in clinic data render as visible text, never
// become elements, never run; `javascript:` (and any other non-http) link templates are
// rejected with bw-error and never become links. The pages have no CSP, so a payload that became
// markup would run: `<img src=x onerror=…>` would also request /test/embed/pages/x from the server.
import { expect } from '@open-wc/testing';
import { dataset } from '../../../src/data/dataset.js';
import {
  FakeClock,
  type BwBodyMap,
  type BwProvider,
  type BwStretchTimer,
  type BwTechniqueCard,
  type BwTechniqueList,
  type HostPage,
  clickRegion,
  closePages,
  openPage,
  part,
  settle,
  text,
} from './helpers.js';

const IMG = (id: string) => `<img src=x onerror=__bwXss.push('${id}')>`;
const SVG = (id: string) => `"><svg onload=__bwXss.push('${id}')>`;
const SCRIPT = (id: string) => `<script>__bwXss.push('${id}')</script>`;

/**
 * Everything in the page that a payload could have made: images, frames, objects, scripts
 * inside shadow roots (the page's own are in the light DOM), event handler attributes, and links
 * that are not http(s).
 */
function injected(doc: Document): string[] {
  const found: string[] = [];
  const walk = (root: Document | ShadowRoot, inShadow: boolean) => {
    for (const el of root.querySelectorAll('*')) {
      const name = el.localName;
      const where = `<${name}> in ${inShadow ? (root as ShadowRoot).host.localName : 'the page'}`;
      if (['img', 'image', 'iframe', 'frame', 'object', 'embed', 'foreignobject'].includes(name.toLowerCase()))
        found.push(where);
      if (
        name === 'script' &&
        (inShadow || !(el.hasAttribute('src') || el.getAttribute('type') === 'application/json'))
      )
        found.push(where);
      for (const attr of el.attributes) if (/^on/i.test(attr.name)) found.push(`${where} ${attr.name}`);
      const href = el.getAttribute('href') ?? el.getAttribute('xlink:href');
      if (href !== null && (name === 'a' || name === 'area')) {
        const protocol = new URL(href, doc.baseURI).protocol;
        if (protocol !== 'http:' && protocol !== 'https:') found.push(`${where} href ${href}`);
      }
      if (el.shadowRoot) walk(el.shadowRoot, true);
    }
  };
  walk(doc, false);
  return found;
}

/**
 * Nothing ran and nothing was requested by a payload; then the control: the same payload, put
 * in the page as markup, does run and does request x. Its request comes after any a payload
 * would have made, so the server's count of requests for x is exact.
 */
async function expectNothingRan(page: HostPage) {
  expect(injected(page.doc), 'elements made from payloads').to.deep.equal([]);
  expect([...page.win.__bwXss], 'payloads that ran').to.deep.equal([]);
  const control = page.doc.createElement('div');
  page.doc.body.append(control);
  control.innerHTML = IMG('control');
  await new Promise((resolve) => control.firstElementChild!.addEventListener('error', resolve, { once: true }));
  expect([...page.win.__bwXss], 'the control payload ran').to.deep.equal(['control']);
  expect(injected(page.doc), 'the control is detected').to.include.members([
    '<img> in the page',
    '<img> in the page onerror',
  ]);
  const requestsForX = (await page.requests()).filter((path) => path === '/test/embed/pages/x');
  expect(requestsForX, 'requests for the payload image').to.have.length(1);
}

afterEach(closePages);

describe('XSS: attribute values', () => {
  it('markup in attributes is shown as text or rejected, never parsed; nothing runs', async () => {
    const page = await openPage('xss-attributes.html');
    const { doc, record } = page;
    const el = <T extends Element>(id: string) => doc.querySelector<T & HTMLElement>(`#${id}`)!;

    // Shown as text: the messages name the bad value literally.
    const unknown = el<BwTechniqueCard>('unknown');
    expect(text(part(unknown, 'error'))).to.include(unknown.getAttribute('technique')!);
    const badList = el<BwTechniqueList>('bad-list');
    expect(text(part(badList, 'error'))).to.include(badList.getAttribute('condition')!);
    const timer = el<BwStretchTimer>('timer');
    expect(text(part(timer, 'error'))).to.include(timer.getAttribute('routine')!);
    // An accessible name is an attribute, never markup.
    const map = el<BwBodyMap>('map');
    expect(part(map, 'listbox')!.getAttribute('aria-label')).to.equal(map.getAttribute('label'));
    // Bad values are reported with bw-error, the value as given.
    const errors = record.bwErrors.map((e) => `${e.tag} ${e.code}`);
    expect(errors).to.include.members([
      'bw-body-map unknown-region',
      'bw-technique-card unknown-technique',
      'bw-technique-list unknown-condition',
      'bw-stretch-timer unknown-routine',
      'bw-stretch-timer invalid-hold-scale',
    ]);
    const scaled = el<BwStretchTimer>('scaled');
    expect(record.bwErrors.find((e) => e.code === 'invalid-hold-scale')?.value).to.equal(
      scaled.getAttribute('hold-scale'),
    );
    // The timer with the bad hold length still works, at the normal length.
    expect(Boolean(part(scaled, 'primary')), 'timer with a bad hold scale still shown').to.equal(true);

    await expectNothingRan(page);
  });

  it('javascript:, data: and vbscript: link templates are rejected with bw-error and never become links', async () => {
    const page = await openPage('xss-attributes.html');
    const { doc, record } = page;
    const card = doc.querySelector<BwTechniqueCard>('#links')!;
    const list = doc.querySelector<BwTechniqueList>('#list')!;
    const provided = doc.querySelector<BwTechniqueCard>('#provided')!;

    const invalid = record.bwErrors.filter((e) => e.code === 'invalid-url');
    const values = (tag: string) => invalid.filter((e) => e.tag === tag).map((e) => e.value);
    // Every bad template reported once, by the element it was set on (cards in the list do not repeat it).
    expect(values('bw-technique-card')).to.have.members(
      ['booking-url', 'routine-href', 'technique-href'].map((name) => card.getAttribute(name)),
    );
    expect(values('bw-technique-list')).to.have.members(
      ['booking-url', 'routine-href', 'technique-href'].map((name) => list.getAttribute(name)),
    );
    expect(values('bw-provider')).to.deep.equal([doc.querySelector('#provider')!.getAttribute('booking-url')]);

    // No link was made from them: no booking link, "Try at home" stays a button, related techniques are text.
    const cards = [card, provided, ...list.shadowRoot!.querySelectorAll<BwTechniqueCard>('bw-technique-card')];
    expect(cards.length).to.be.greaterThan(2);
    for (const c of [...cards]) {
      if (c.variant === 'compact') part(c, 'more-button')!.click();
    }
    await settle(doc);
    for (const c of cards) {
      expect(Boolean(part(c, 'book')), `${c.technique}: booking link`).to.equal(false);
      // A technique with no home routine (lymph drainage) has no "Try at home" at all.
      const home = dataset.techniques.find((t) => t.id === c.technique)?.routines.length !== 0;
      expect(part(c, 'try-routine')?.localName, `${c.technique}: Try at home`).to.equal(home ? 'button' : undefined);
      expect(part(c, 'related')?.querySelectorAll('a').length ?? 0, `${c.technique}: related links`).to.equal(0);
    }
    // "Try at home" fires its event; nothing navigates, nothing runs.
    part(card, 'try-routine')!.click();
    await settle(doc);
    await expectNothingRan(page);
  });
});

describe('XSS: clinic data', () => {
  const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  const trigger = clone(dataset.techniques.find((t) => t.id === 'trigger-point')!);
  const neck = clone(dataset.routines.find((r) => r.id === 'neck-release')!);
  const condition = trigger.conditions[0]!;

  /** Clinic data holding payloads in texts, and in an added technique and routine. */
  const payloads = {
    texts: {
      techniques: {
        'trigger-point': { name: IMG('text-name'), summary: SVG('text-summary'), howItIsDone: SCRIPT('text-how') },
      },
      areas: { neck: { name: SVG('area-name') } },
      conditions: { [condition]: { name: IMG('condition-name') } },
    },
    techniques: [
      {
        ...trigger,
        id: 'xss-technique',
        name: SVG('added-name'),
        aka: [IMG('added-aka')],
        summary: IMG('added-summary'),
        feelsLike: SCRIPT('added-feels'),
        routines: ['xss-routine'],
      },
    ],
    routines: [
      {
        ...neck,
        id: 'xss-routine',
        title: IMG('routine-title'),
        summary: SVG('routine-summary'),
        steps: neck.steps.map((step, i) => ({
          ...step,
          title: SVG(`step-title-${i}`),
          instruction: SCRIPT(`step-instruction-${i}`),
          safety: IMG(`step-safety-${i}`),
        })),
      },
    ],
  };

  /** Adds a provider holding `data` as a CMS would write it (a JSON data block) and `inner` elements. */
  async function addProvider(page: HostPage, data: unknown, inner: string[], debug = false) {
    const { doc } = page;
    const provider = doc.createElement('bw-provider') as BwProvider;
    provider.debug = debug;
    const script = doc.createElement('script');
    script.type = 'application/json';
    // As it would be written into HTML: "</" escaped so the data block cannot be closed early.
    script.textContent = JSON.stringify(data).replace(/<\//g, '<\\/');
    provider.append(script);
    for (const html of inner) {
      const [tag, ...attributes] = html.split(' ');
      const child = doc.createElement(tag!);
      for (const attribute of attributes) {
        const [name, value] = attribute.split('=');
        child.setAttribute(name!, value ?? '');
      }
      provider.append(child);
    }
    doc.querySelector('#host')!.append(provider);
    await settle(doc);
    return provider;
  }

  it('payloads in texts, an added technique and an added routine are shown as text; nothing runs', async () => {
    const page = await openPage('xss-clinic.html');
    const { doc } = page;
    const provider = await addProvider(page, payloads, [
      'bw-body-map id=map',
      'bw-technique-list id=list',
      'bw-technique-card id=renamed technique=trigger-point',
      'bw-technique-card id=added technique=xss-technique',
    ]);
    expect(provider.errors, 'the data is valid').to.deep.equal([]);
    const renamed = doc.querySelector<BwTechniqueCard>('#renamed')!;
    const added = doc.querySelector<BwTechniqueCard>('#added')!;
    const list = doc.querySelector<BwTechniqueList>('#list')!;

    // Texts of a bundled technique, an area and a condition.
    expect(text(part(renamed, 'title'))).to.equal(IMG('text-name'));
    expect(text(part(renamed, 'summary'))).to.equal(SVG('text-summary'));
    expect(text(part(renamed, 'how'))).to.include(SCRIPT('text-how'));
    expect(text(part(renamed, 'helps-with')))
      .to.include(IMG('condition-name'))
      .and.include(SVG('area-name'));
    clickRegion(doc.querySelector('#map')!, 'neck');
    await settle(doc);
    expect(text(part(list, 'count'))).to.include(SVG('area-name'));

    // The added technique.
    expect(text(part(added, 'title'))).to.equal(SVG('added-name'));
    expect(text(part(added, 'header'))).to.include(IMG('added-aka'));
    expect(text(part(added, 'summary'))).to.equal(IMG('added-summary'));
    expect(text(part(added, 'feels'))).to.include(SCRIPT('added-feels'));

    // The added routine, through "Try at home": the dialog and its timer, played to its first step.
    expect(text(part(added, 'try-routine'))).to.include(IMG('routine-title'));
    part(added, 'try-routine')!.click();
    await settle(doc);
    const dialog = part<HTMLDialogElement>(provider, 'dialog')!;
    expect(dialog.getAttribute('aria-label')).to.equal(IMG('routine-title'));
    const timer = dialog.querySelector<BwStretchTimer>('bw-stretch-timer')!;
    expect(text(part(timer, 'title'))).to.equal(IMG('routine-title'));
    expect(text(part(timer, 'steps'))).to.include(SVG('step-title-0'));
    const clock = new FakeClock();
    timer.clock = clock;
    await settle(doc);
    part(timer, 'primary')!.click();
    clock.advance(neck.prepSeconds * 1000);
    await settle(doc);
    const step = text(part(timer, 'step'));
    expect(step)
      .to.include(SVG('step-title-0'))
      .and.include(SCRIPT('step-instruction-0'))
      .and.include(IMG('step-safety-0'));

    await expectNothingRan(page);
  });

  it('bad clinic data with payloads and javascript: URLs is rejected; the debug summary shows it as text', async () => {
    const page = await openPage('xss-clinic.html');
    const { doc } = page;
    const source = trigger.claims[0]!.evidence[0]!;
    const sourceId = dataset.evidence.find((e) => e.id === source)!.source;
    const errors: { code: string }[] = [];
    doc.addEventListener('bw-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail));
    // Problems found before the merge (a key that is no override, a booking URL that is not http)…
    const provider = await addProvider(
      page,
      { bookingUrl: "javascript:__bwXss.push('clinic-booking')", [IMG('clinic-key')]: 1 },
      ['bw-technique-card id=card technique=trigger-point'],
      true,
    );
    expect(provider.errors.map((e) => e.path)).to.have.members([
      `overrides.${IMG('clinic-key')}`,
      'overrides.bookingUrl',
    ]);
    // …and after it (a source replaced with a javascript: address; texts cannot change addresses at all).
    const bundledSource = dataset.sources.find((s) => s.id === sourceId)!;
    const merged = await addProvider(
      page,
      { sources: [{ ...bundledSource, url: "javascript:__bwXss.push('source-url')" }] },
      ['bw-technique-card id=merged technique=trigger-point'],
      true,
    );
    expect(merged.errors.map((e) => [e.path.endsWith('.url'), e.message.includes('javascript:')])).to.deep.equal([
      [true, true],
    ]);
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-data', 'invalid-data']);

    // The site author sees every problem, payloads included, as text.
    expect(text(part(provider, 'debug')))
      .to.include(IMG('clinic-key'))
      .and.include('javascript:');
    expect(text(part(merged, 'debug'))).to.include('javascript:');
    // The bundled content is used: the cards show the usual text and only http(s) source links (checked below).
    for (const id of ['card', 'merged']) {
      const card = doc.querySelector<BwTechniqueCard>(`#${id}`)!;
      expect(text(part(card, 'title'))).to.equal(trigger.name);
      expect(Boolean(part(card, 'book')), 'booking link').to.equal(false);
      expect(part(card, 'evidence')!.querySelectorAll('a[href^="http"]').length, 'source links').to.be.greaterThan(0);
    }
    await expectNothingRan(page);
  });
});
