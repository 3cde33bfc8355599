// The guided flow with no script: body map → technique lists → "Try at home" → stretch timer,
// all inside one <bw-provider>, used with the keyboard only.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/body-map.js';
import '../../src/stretch-timer.js';
import '../../src/technique-card.js';
import type { BwBodyMap } from '../../src/body-map.js';
import type { BwStretchTimer } from '../../src/stretch-timer.js';
import type { BwTechniqueCard, BwTechniqueList } from '../../src/technique-card.js';
import { dataset } from '../../src/data/dataset.js';
import { rankTechniques } from '../../src/data/query.js';
import type { AreaId } from '../../src/data/types.js';
import { html, mount, settle, text } from './helpers.js';

/** Chooses a region with the keyboard, the way a visitor would: focus, type its name, Enter. */
async function choose(map: BwBodyMap, name: string) {
  // Let the map's type-ahead forget what was typed before.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  map.focus();
  await map.updateComplete;
  // One letter jumps to the next region whose name starts with it: no timing involved, unlike
  // typing a whole word, whose letters a loaded machine may space out past the type-ahead window.
  await sendKeys({ press: name[0]! });
  await map.updateComplete;
  await sendKeys({ press: 'Enter' });
  await map.updateComplete;
}

/** The techniques a list shows, in order. */
const shown = (list: BwTechniqueList) =>
  [...list.shadowRoot!.querySelectorAll<BwTechniqueCard>('bw-technique-card')].map((card) => card.technique);

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Waits for every element in `root`, including the cards inside lists. */
async function settleAll(root: Element) {
  await settle(root);
  for (const list of root.querySelectorAll('bw-technique-list')) {
    await list.updateComplete;
    await Promise.all([...list.shadowRoot!.querySelectorAll('bw-technique-card')].map((card) => card.updateComplete));
  }
}

const ids = (areas: AreaId[]) => rankTechniques(dataset, areas).typical.map((t) => t.id);
const routineOf = (technique: string) => dataset.techniques.find((t) => t.id === technique)!.routines[0]!;
const titleOf = (routine: string) => dataset.routines.find((r) => r.id === routine)!.title;

/** Presses "Try at home" on a card with the keyboard. */
async function tryAtHome(card: BwTechniqueCard) {
  part(card, 'try-routine')!.focus();
  await sendKeys({ press: 'Enter' });
}

/** The element that has focus, looking inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<bw-provider> guided flow', () => {
  it('body map regions chosen by keyboard drive every list without a filter; filtered lists keep theirs', async () => {
    const provider = await mount(
      html`<bw-provider>
        <bw-body-map multiple></bw-body-map>
        <bw-technique-list id="free"></bw-technique-list>
        <bw-technique-list id="feet" area="feet-ankles"></bw-technique-list>
        <bw-technique-list id="condition" condition="neck-pain"></bw-technique-list>
      </bw-provider>`,
    );
    await settleAll(provider);
    const map = provider.querySelector('bw-body-map')!;
    const free = provider.querySelector<BwTechniqueList>('#free')!;
    const feet = provider.querySelector<BwTechniqueList>('#feet')!;
    const condition = provider.querySelector<BwTechniqueList>('#condition')!;
    const feetBefore = shown(feet);
    const conditionBefore = shown(condition);
    // Nothing chosen yet: every technique, as outside a provider.
    expect(shown(free)).to.have.length(dataset.techniques.length);

    await choose(map, 'neck');
    await settleAll(provider);
    expect(shown(free)).to.deep.equal(ids(['neck']));
    expect(text(part(free, 'count'))).to.contain('Neck');

    await choose(map, 'knee');
    await settleAll(provider);
    expect(map.selected).to.deep.equal(['neck', 'knee-left']);
    expect(shown(free)).to.deep.equal(ids(['neck', 'knees']));
    expect(shown(free)).to.not.deep.equal(ids(['neck']));
    expect(shown(feet)).to.deep.equal(feetBefore);
    expect(shown(feet)).to.deep.equal(ids(['feet-ankles']));
    expect(shown(condition)).to.deep.equal(conditionBefore);

    // Un-choosing both: every technique again.
    await sendKeys({ press: 'Enter' });
    await choose(map, 'neck');
    await settleAll(provider);
    expect(map.selected).to.deep.equal([]);
    expect(shown(free)).to.have.length(dataset.techniques.length);
  });

  it('a list given areas from code keeps them', async () => {
    const provider = await mount(
      html`<bw-provider>
        <bw-technique-list .areas=${['feet-ankles']}></bw-technique-list>
      </bw-provider>`,
    );
    provider.select(['neck']);
    await settleAll(provider);
    expect(shown(provider.querySelector('bw-technique-list')!)).to.deep.equal(ids(['feet-ankles']));
  });

  it('cards book through the provider’s template filled in; a card’s own booking-url wins', async () => {
    const provider = await mount(
      html`<bw-provider booking-url=${'https://clinic.example/book?t={technique}&where={area}'}>
        <bw-technique-card id="plain" technique="swedish"></bw-technique-card>
        <bw-technique-card
          id="own"
          technique="swedish"
          booking-url="https://own.example/{technique}"
        ></bw-technique-card>
        <bw-technique-list area="neck"></bw-technique-list>
      </bw-provider>`,
    );
    provider.select(['neck', 'shoulder-left']);
    await settleAll(provider);
    const plain = provider.querySelector<BwTechniqueCard>('#plain')!;
    const own = provider.querySelector<BwTechniqueCard>('#own')!;
    expect(part(plain, 'book')!.getAttribute('href')).to.equal(
      'https://clinic.example/book?t=swedish&where=neck,shoulders',
    );
    expect(text(part(plain, 'book'))).to.match(/^Book /);
    expect(part(own, 'book')!.getAttribute('href')).to.equal('https://own.example/swedish');
    // Cards inside a list use it too (open one to see its actions).
    const list = provider.querySelector('bw-technique-list')!;
    const card = list.shadowRoot!.querySelector<BwTechniqueCard>('bw-technique-card')!;
    card.expanded = true;
    await card.updateComplete;
    expect(part(card, 'book')!.getAttribute('href')).to.equal(
      `https://clinic.example/book?t=${encodeURIComponent(card.technique)}&where=neck,shoulders`,
    );
  });

  it('"Try at home" loads the routine into the timer inside the provider, with its title at the top of the view and focused', async () => {
    const provider = await mount(
      html`<bw-provider>
        <style>
          .tall {
            block-size: 150vh;
          }
        </style>
        <bw-technique-card technique="swedish"></bw-technique-card>
        <div class="tall"></div>
        <bw-stretch-timer routine="calf-shin-care"></bw-stretch-timer>
        <div class="tall"></div>
      </bw-provider>`,
    );
    const card = provider.querySelector('bw-technique-card')!;
    const timer = provider.querySelector<BwStretchTimer>('bw-stretch-timer')!;
    const heard: Event[] = [];
    document.addEventListener('bw-try-routine', (e) => heard.push(e), { once: true });
    const routine = routineOf('swedish');
    await tryAtHome(card);
    await waitUntil(() => timer.shadowRoot!.activeElement, 'focus moves to the timer');
    expect(timer.routine).to.equal(routine);
    expect(text(part(timer, 'title'))).to.equal(titleOf(routine));
    expect(document.activeElement).to.equal(timer);
    const title = part(timer, 'title')!;
    expect(timer.shadowRoot!.activeElement, 'focus on the routine’s name').to.equal(title);
    expect(Math.abs(title.getBoundingClientRect().top), 'the title at the top of the view').to.be.lessThan(2);
    expect(heard[0]!.defaultPrevented).to.equal(true);
    expect(provider.shadowRoot!.querySelector('dialog')).to.equal(null);
    // The keyboard user goes on from there: Tab reaches Start, Enter starts the routine.
    await sendKeys({ press: 'Tab' });
    expect(text(timer.shadowRoot!.activeElement)).to.equal('Start');
    await sendKeys({ press: 'Enter' });
    expect(timer.state).to.equal('running');
    timer.reset();
  });

  it('the timer finds a routine that only the clinic data has', async () => {
    const desk = { ...structuredClone(dataset.routines.find((r) => r.id === 'neck-release')!), id: 'desk-break' };
    desk.title = 'Desk break';
    const provider = await mount(
      html`<bw-provider .overrides=${{ routines: [desk] }}>
        <bw-stretch-timer routine="desk-break"></bw-stretch-timer>
      </bw-provider>`,
    );
    const timer = provider.querySelector('bw-stretch-timer')!;
    await timer.updateComplete;
    expect(provider.errors).to.deep.equal([]);
    expect(text(part(timer, 'title'))).to.equal('Desk break');
  });

  it('the dialog keeps its own text styles on a page whose body text is styled loudly', async () => {
    const loud =
      'letter-spacing: 2px; word-spacing: 4px; text-transform: uppercase; text-indent: 3em; ' +
      'font-style: italic; font-weight: 700; white-space: nowrap; text-shadow: 1px 1px red; word-break: break-all';
    const provider = await mount(
      html`<div style=${loud}>
        <bw-provider><bw-technique-card technique="swedish"></bw-technique-card></bw-provider>
      </div>`,
    );
    await tryAtHome(provider.querySelector('bw-technique-card')!);
    await waitUntil(() => provider.shadowRoot!.querySelector('dialog')?.open, 'the dialog opens');
    const dialog = provider.shadowRoot!.querySelector('dialog')!;
    for (const el of [dialog, dialog.querySelector('.close')!]) {
      const style = getComputedStyle(el);
      expect([style.letterSpacing, style.textTransform, style.textIndent, style.fontStyle], el.localName).to.deep.equal(
        ['normal', 'none', '0px', 'normal'],
      );
      expect([style.fontWeight, style.whiteSpace, style.textShadow, style.wordBreak], el.localName).to.deep.equal([
        '400',
        'normal',
        'none',
        'normal',
      ]);
    }
  });

  it('with no timer inside, opens the routine in a modal dialog; Escape closes it and focus returns', async () => {
    const provider = await mount(
      html`<bw-provider>
        <bw-technique-card technique="swedish"></bw-technique-card>
      </bw-provider>`,
    );
    const card = provider.querySelector('bw-technique-card')!;
    const routine = routineOf('swedish');
    await tryAtHome(card);
    await waitUntil(() => provider.shadowRoot!.querySelector('dialog')?.open, 'the dialog opens');
    const dialog = provider.shadowRoot!.querySelector('dialog')!;
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.getAttribute('aria-label')).to.equal(titleOf(routine));
    const timer = dialog.querySelector('bw-stretch-timer')!;
    expect(timer.routine).to.equal(routine);
    await waitUntil(() => timer.shadowRoot!.activeElement, 'focus moves into the dialog’s timer');
    expect(deepActive(), 'on the routine’s name').to.equal(part(timer, 'title'));
    const close = part(provider, 'close-button')!;
    expect(text(close)).to.equal('Close');
    expect(close.getClientRects().length).to.be.greaterThan(0);

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !provider.shadowRoot!.querySelector('dialog'), 'the dialog closes');
    expect(deepActive()).to.equal(part(card, 'try-routine'));

    // Again, closed with its Close button this time.
    await tryAtHome(card);
    await waitUntil(() => provider.shadowRoot!.querySelector('dialog')?.open, 'the dialog opens again');
    part(provider, 'close-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !provider.shadowRoot!.querySelector('dialog'), 'the dialog closes again');
    expect(deepActive()).to.equal(part(card, 'try-routine'));
  });

  it('leaves "Try at home" alone when the page already handled it', async () => {
    const provider = await mount(
      html`<bw-provider>
        <div @bw-try-routine=${(e: Event) => e.preventDefault()}>
          <bw-technique-card technique="swedish"></bw-technique-card>
        </div>
        <bw-stretch-timer></bw-stretch-timer>
      </bw-provider>`,
    );
    await tryAtHome(provider.querySelector('bw-technique-card')!);
    await settle(provider);
    expect(provider.querySelector('bw-stretch-timer')!.routine).to.equal('');
    expect(provider.shadowRoot!.querySelector('dialog')).to.equal(null);
  });

  it('outside a provider nothing changes: all techniques, no booking link, "Try at home" not handled', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <bw-technique-list></bw-technique-list>
        <bw-technique-card technique="swedish"></bw-technique-card>
        <bw-stretch-timer></bw-stretch-timer>
      </div>`,
    );
    await settleAll(wrapper);
    expect(shown(wrapper.querySelector('bw-technique-list')!)).to.have.length(dataset.techniques.length);
    const card = wrapper.querySelector('bw-technique-card')!;
    expect(part(card, 'book')).to.equal(null);
    const heard: Event[] = [];
    document.addEventListener('bw-try-routine', (e) => heard.push(e), { once: true });
    await tryAtHome(card);
    expect(heard).to.have.length(1);
    expect(heard[0]!.defaultPrevented).to.equal(false);
    expect(wrapper.querySelector('bw-stretch-timer')!.routine).to.equal('');
  });
});
