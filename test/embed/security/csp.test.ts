// Strict Content Security Policy, sent as a real response header by the host page:
//   default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';
//   require-trusted-types-for 'script'; trusted-types lit-html
// The page loads a script-tag build and uses every element; nothing may be blocked or reported,
// and every element must be rendered and styled (its shadow styles applied).
import { expect } from '@open-wc/testing';
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
  hasTrustedTypes,
  listed,
  openPage,
  part,
  settle,
  style,
  text,
  violations,
  SENTINEL,
} from './helpers.js';

const radius = (el: Element | null) => (el ? parseFloat(style(el).borderTopLeftRadius) : NaN);

/** Every element of the page is rendered, and styled by its own shadow stylesheet. */
function expectRenderedAndStyled(page: HostPage) {
  const { doc } = page;
  const map = doc.querySelector<BwBodyMap>('#map')!;
  const list = doc.querySelector<BwTechniqueList>('#list')!;
  const card = doc.querySelector<BwTechniqueCard>('#card')!;
  const timer = doc.querySelector<BwStretchTimer>('#timer')!;
  const provider = doc.querySelector<BwProvider>('#journey')!;

  // Rendered: each has its content.
  expect(Boolean(map.shadowRoot!.querySelector('[role="listbox"]')), 'body map listbox').to.equal(true);
  expect(map.shadowRoot!.querySelectorAll('g.region').length, 'body map shapes').to.be.greaterThan(10);
  expect(listed(list).length, 'cards in the list').to.be.greaterThan(0);
  expect(text(part(card, 'title')), 'card title').to.not.equal('');
  expect(Boolean(part(timer, 'primary')), 'timer Start button').to.equal(true);

  // Styled: values that only the elements' own stylesheets give (user-agent defaults differ).
  // Custom elements are inline by default; the hosts' rules make them blocks (the provider: contents).
  for (const el of [map, list, card, timer]) expect(style(el).display, `${el.localName} display`).to.equal('block');
  expect(style(provider).display, 'provider display').to.equal('contents');
  // Rounded corners (--bw-radius, 0.5em) on each element's wrapper; a div or article has none by default.
  expect(radius(part(map, 'base')), 'body map corner').to.be.greaterThan(0);
  expect(radius(part(card, 'base')), 'card corner').to.be.greaterThan(0);
  expect(
    radius(part(list.shadowRoot!.querySelector('bw-technique-card')!, 'base')),
    'list card corner',
  ).to.be.greaterThan(0);
  expect(radius(part(timer, 'base')), 'timer corner').to.be.greaterThan(0);
  // The drawing: the SVG is a block (inline by default) in a <figure> without the default 40px margin.
  expect(style(map.shadowRoot!.querySelector('svg.figure')!).display, 'svg display').to.equal('block');
  expect(style(part(map, 'view')!).marginLeft, 'figure margin').to.equal('0px');
  // Styles come from adopted (constructed) stylesheets, which CSP does not govern, not from <style> elements.
  for (const el of [map, list, card, timer, provider]) {
    expect(el.shadowRoot!.adoptedStyleSheets.length, `${el.localName} adopted sheets`).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelectorAll('style').length, `${el.localName} <style>`).to.equal(0);
  }
}

/** Uses every element the way a visitor would, checking each step worked. */
async function exercise(page: HostPage) {
  const { doc } = page;
  const map = doc.querySelector<BwBodyMap>('#map')!;
  const list = doc.querySelector<BwTechniqueList>('#list')!;
  const card = doc.querySelector<BwTechniqueCard>('#card')!;
  const timer = doc.querySelector<BwStretchTimer>('#timer')!;
  const clinic = doc.querySelector<BwProvider>('#clinic')!;

  // Body map: a region on the figure, then the list view and a region there.
  clickRegion(map, 'neck');
  await settle(doc);
  part(map, 'toggle')!.click();
  await settle(doc);
  map.shadowRoot!.querySelector<HTMLElement>('#option-shoulder-left')!.click();
  await settle(doc);
  expect(map.value).to.equal('neck shoulder-left');

  // The list follows the shared selection; open the details of its first card.
  expect(text(part(list, 'count'))).to.match(/Neck/);
  const first = list.shadowRoot!.querySelector<BwTechniqueCard>('bw-technique-card')!;
  part(first, 'more-button')!.click();
  await settle(doc);
  expect(part(first, 'more')!.hidden).to.equal(false);
  expect(Boolean(part(first, 'how')), 'details shown').to.equal(true);
  // Its booking link is filled from the provider's template and the selection.
  expect(part<HTMLAnchorElement>(first, 'book')!.href).to.match(
    /^https:\/\/clinic\.example\/book\?treatment=.+&area=neck,shoulders$/,
  );

  // Its "Try at home" loads that routine into the timer in the same provider.
  part(first, 'try-routine')!.click();
  await settle(doc);
  expect(text(part(first, 'try-routine'))).to.include(text(part(timer, 'title')));

  // The card outside reads the clinic's JSON (a data block, which CSP does not treat as script).
  expect(text(part(card, 'summary'))).to.equal('Clinic wording, read from JSON under a strict CSP.');
  expect(clinic.errors).to.deep.equal([]);
  part(card, 'more-button')!.click();
  await settle(doc);
  expect(part<HTMLAnchorElement>(card, 'book')!.href).to.equal('https://clinic.example/book?treatment=trigger-point');

  // "Try at home" with no timer in its provider: the dialog with a timer in it.
  part(card, 'try-routine')!.click();
  await settle(doc);
  const dialog = part<HTMLDialogElement>(clinic, 'dialog')!;
  expect(dialog.open, 'dialog open').to.equal(true);
  expect(radius(dialog), 'dialog corner').to.be.greaterThan(0);
  const dialogTimer = dialog.querySelector<BwStretchTimer>('bw-stretch-timer')!;
  expect(text(part(dialogTimer, 'title'))).to.not.equal('');
  expect(radius(part(dialogTimer, 'base')), 'dialog timer corner').to.be.greaterThan(0);
  // The dialog's close event comes in a task of its own.
  const closed = new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
  part(clinic, 'close-button')!.click();
  await closed;
  await settle(doc);
  expect(Boolean(part(clinic, 'dialog')), 'dialog gone').to.equal(false);

  // The timer: start, a few seconds, next step, pause; then its settings.
  const clock = new FakeClock();
  timer.clock = clock;
  await settle(doc);
  part(timer, 'primary')!.click();
  await settle(doc);
  expect(timer.state).to.equal('running');
  clock.advance(4000);
  await settle(doc);
  const next = [...timer.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="button"]')].find((b) =>
    /Next/.test(text(b)),
  )!;
  next.click();
  await settle(doc);
  clock.advance(1500);
  part(timer, 'primary')!.click();
  await settle(doc);
  expect(timer.state).to.equal('paused');
  expect(text(part(timer, 'time'))).to.match(/^\d+:\d\d$/);
  const settings = part<HTMLDetailsElement>(timer, 'settings')!;
  settings.open = true;
  const select = settings.querySelector('select')!;
  select.value = select.options[select.options.length - 1]!.value;
  select.dispatchEvent(new page.win.Event('change', { bubbles: true }));
  await settle(doc);
  expect(timer.holdScale).to.equal(Number(select.value));
  // The ring moves by Web Animations (`element.animate`), which a strict style-src allows; a style
  // attribute written as markup would be reported below.
  const arcs = [...timer.shadowRoot!.querySelectorAll('.arc')];
  expect(arcs.length, 'progress ring').to.equal(2);
  for (const arc of arcs) {
    expect(arc.getAnimations().length, 'the ring held by an animation').to.equal(1);
    expect(arc.hasAttribute('style'), 'no style attribute').to.equal(false);
  }
}

/** No violation, no uncaught error, no console error, no bw-error, nothing failed to load; a failure lists them all. */
async function expectNoViolations(page: HostPage) {
  const reported = await violations(page);
  const { errors, consoleErrors, bwErrors } = page.record;
  // (violations() made the sentinel image, which fails to load by design.)
  const loadFailures = page.record.loadFailures.filter((url) => !url.startsWith(SENTINEL));
  expect({ violations: reported, errors, consoleErrors, bwErrors, loadFailures }).to.deep.equal({
    violations: [],
    errors: [],
    consoleErrors: [],
    bwErrors: [],
    loadFailures: [],
  });
}

afterEach(closePages);

describe('strict CSP on the host page', () => {
  it('the probe sees the policy: an inline script, a style attribute and an outside image are blocked and reported', async () => {
    // The control: the same headers and probe as the real pages, plus three things the policy forbids.
    const page = await openPage('csp-control.html', { defined: false });
    const doc = page.doc;
    const blocked = doc.createElement('div');
    blocked.setAttribute('style', 'color: red');
    doc.body.append(blocked);
    const img = doc.createElement('img');
    const failed = new Promise((resolve) => img.addEventListener('error', resolve, { once: true }));
    img.src = 'https://clinic.example/tracker.gif';
    doc.body.append(img);
    await failed;
    const directives = (await violations(page)).map((v) => v.directive);
    expect(directives).to.include.members(['img-src', 'script-src-elem', 'style-src-attr']);
    // The inline script never ran, and the style attribute was not applied.
    expect((page.win as unknown as { inlineRan?: boolean }).inlineRan).to.equal(undefined);
    expect(style(blocked).color).to.not.equal('rgb(255, 0, 0)');
  });

  for (const [build, name] of [
    ['module build', 'csp-elements.html'],
    ['classic build', 'csp-elements-classic.html'],
  ] as const) {
    it(`${build}: every element renders, is styled and works, with no violation and no error`, async () => {
      const page = await openPage(name);
      expectRenderedAndStyled(page);
      await exercise(page);
      await settle(page.doc);
      await expectNoViolations(page);
    });
  }

  it("the recommended policy (trusted-types lit-html 'allow-duplicates'): a second copy of the library loads, everything works, no violation", async () => {
    const page = await openPage('csp-double.html', { policy: 'recommended' });
    // Both copies ran to the end: the classic one set its global.
    expect(page.win.BodyworkElements?.['VERSION']).to.be.a('string');
    expectRenderedAndStyled(page);
    await exercise(page);
    await settle(page.doc);
    await expectNoViolations(page);
  });

  it("without 'allow-duplicates' a second copy of Lit is blocked: an uncaught error (engines with Trusted Types; elsewhere it loads)", async () => {
    // Why the README asks for 'allow-duplicates': any second copy of Lit on the page (a second
    // script tag, another Lit-based widget) creates a policy named lit-html as well.
    const page = await openPage('csp-double.html', { policy: 'strict' });
    const reported = await violations(page);
    if (hasTrustedTypes(page.win)) {
      expect(reported.map((v) => `${v.directive} ${v.sample}`)).to.deep.equal(['trusted-types lit-html']);
      expect(page.record.errors).to.have.length(1);
      expect(page.record.errors[0]).to.match(/TypeError.*lit-html/);
      expect(page.win.BodyworkElements, 'the classic copy stopped').to.equal(undefined);
    } else {
      expect(reported).to.deep.equal([]);
      expect(page.win.BodyworkElements?.['VERSION']).to.be.a('string');
    }
    // The first copy is unaffected.
    expectRenderedAndStyled(page);
  });

  it('Trusted Types: Lit needs the policy name lit-html (engines with Trusted Types); elsewhere the directives are ignored', async () => {
    const page = await openPage('csp-elements.html', { policy: 'no-lit-html', defined: false });
    const reported = await violations(page);
    if (hasTrustedTypes(page.win)) {
      // Without `trusted-types lit-html`, Lit cannot create its policy: the bundle stops and nothing is defined.
      expect(reported.map((v) => v.directive)).to.include('trusted-types');
      expect(page.win.customElements.get('bw-body-map')).to.equal(undefined);
    } else {
      expect(reported).to.deep.equal([]);
      expect(page.win.customElements.get('bw-body-map')).to.be.a('function');
    }
  });
});
