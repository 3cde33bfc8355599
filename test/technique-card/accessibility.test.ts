import { expect, waitUntil } from '@open-wc/testing';
import { dataset } from '../../src/data/dataset.js';
import { axTree } from '../support/ax-tree.js';
import { emulate, resetMedia } from '../support/media.js';
import type { BwTechniqueCard, BwTechniqueList } from '../../src/technique-card.js';
import { captureWarnings, cards, html, mount, part, settleList, text, visible } from './helpers.js';

let cleanups: (() => void)[] = [];
const onTestEnd = (cleanup: () => void) => cleanups.push(cleanup);

describe('<bw-technique-card> and <bw-technique-list> accessibility', () => {
  afterEach(async () => {
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
    await resetMedia();
  });

  const states = {
    'full card': html`<bw-technique-card
      technique="self-massage"
      booking-url="https://clinic.example/book?t={technique}"
      technique-href="/treatments/{technique}"
    ></bw-technique-card>`,
    'compact card, closed': html`<bw-technique-card technique="deep-tissue" variant="compact"></bw-technique-card>`,
    'compact card, open': html`<bw-technique-card
      technique="deep-tissue"
      variant="compact"
      expanded
      routine-href="/self-care?routine={routine}"
      booking-url="https://clinic.example/book"
    ></bw-technique-card>`,
    'card at heading level 6': html`<bw-technique-card technique="swedish" heading-level="6"></bw-technique-card>`,
    'unknown technique': html`<bw-technique-card technique="nope"></bw-technique-card>`,
    'list by condition': html`<bw-technique-list condition="neck-pain"></bw-technique-list>`,
    'list of everything': html`<bw-technique-list heading-level="2"></bw-technique-list>`,
    'empty list': html`<bw-technique-list area="chest" .content=${{ ...dataset, techniques: [] }}></bw-technique-list>`,
  };

  // Dark: emulated where the driver can (Chromium), and forced with --bw-color-scheme everywhere,
  // so every engine checks the dark colours.
  const frames = {
    light: '',
    dark: '--bw-color-scheme: dark; background: #0e1619; color: #e6eef0; padding: 1em',
  };
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, template] of Object.entries(states)) {
      it(`has no axe violations: ${name}, ${scheme}`, async () => {
        await emulate({ colorScheme: scheme });
        const warnings = captureWarnings(); // the unknown technique warns, as it should
        onTestEnd(warnings.restore);
        const el = await mount<BwTechniqueCard | BwTechniqueList>(html`<div style=${frames[scheme]}>${template}</div>`);
        if (scheme === 'dark') {
          const [r, g, b] = getComputedStyle(part(el, 'base') ?? part(el, 'error')!)
            .backgroundColor.match(/\d+/g)!
            .map(Number);
          expect(r! + g! + b!, 'dark colours in use').to.be.lessThan(200);
        }
        await expect(el.parentElement!).to.be.accessible();
      });
    }
  }

  it('follows the dark colour scheme where the browser can emulate it', async () => {
    const light = await mount(html`<bw-technique-card technique="swedish"></bw-technique-card>`);
    const lightBackground = getComputedStyle(part(light, 'base')!).backgroundColor;
    const emulated = await emulate({ colorScheme: 'dark' });
    const dark = await mount(html`<bw-technique-card technique="swedish"></bw-technique-card>`);
    const darkBackground = getComputedStyle(part(dark, 'base')!).backgroundColor;
    if (emulated && matchMedia('(prefers-color-scheme: dark)').matches) {
      expect(darkBackground).not.to.equal(lightBackground);
      const [r, g, b] = darkBackground.match(/\d+/g)!.map(Number);
      expect(r! + g! + b!, 'a dark background').to.be.lessThan(200);
    } else {
      expect(darkBackground).to.equal(lightBackground);
    }
  });

  it('can be forced dark by the page with --bw-color-scheme', async () => {
    const card = await mount(
      html`<div style="--bw-color-scheme: dark"><bw-technique-card technique="swedish"></bw-technique-card></div>`,
    );
    const [r, g, b] = getComputedStyle(part(card, 'base')!).backgroundColor.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).to.be.lessThan(200);
  });

  it('exposes headings, a named disclosure and links that say they open a new tab (Chromium tree)', async () => {
    await mount(html`<bw-technique-card technique="trigger-point" variant="compact" expanded></bw-technique-card>`);
    const tree = await axTree();
    if (!tree) return; // Only Chromium's driver exposes the accessibility tree; the DOM checks elsewhere cover the rest.
    expect(tree.some((n) => n.role === 'heading' && n.name === 'Trigger point therapy' && n.level === 3)).to.equal(
      true,
    );
    expect(tree.some((n) => n.role === 'heading' && n.name === 'What the evidence says' && n.level === 4)).to.equal(
      true,
    );
    const button = tree.find((n) => n.role === 'button' && n.name === 'Learn more (Trigger point therapy)');
    expect(button?.expanded).to.equal(true);
    const links = tree.filter((n) => n.role === 'link' && String(n.name).includes('(opens in a new tab)'));
    expect(links.length).to.be.greaterThan(3);
  });

  it('keeps touch targets at least 44 px tall, even on a page that shrinks its root font', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 62.5% !important; }';
    document.head.append(style);
    try {
      const card = await mount(
        html`<bw-technique-card
          technique="swedish"
          variant="compact"
          booking-url="https://clinic.example/b"
        ></bw-technique-card>`,
      );
      expect(part(card, 'more-button')!.getBoundingClientRect().height).to.be.at.least(44);
      card.expanded = true;
      await card.updateComplete;
      expect(part(card, 'book')!.getBoundingClientRect().height).to.be.at.least(44);
      expect(part(card, 'try-routine')!.getBoundingClientRect().height).to.be.at.least(44);
    } finally {
      style.remove();
    }
  });

  it('fits a 320 px phone screen without sideways scrolling', async () => {
    const wrapper = await mount(
      html`<div style="width: 320px"><bw-technique-list condition="chronic-low-back-pain"></bw-technique-list></div>`,
    );
    const list = wrapper as unknown as BwTechniqueList;
    const first = cards(list)[0]!;
    first.expanded = true;
    await settleList(list);
    for (const el of [list, first, part(first, 'base')!, part(first, 'evidence')!]) {
      expect(el.scrollWidth, el.localName).to.be.at.most(el.clientWidth + 1);
      expect(el.getBoundingClientRect().right).to.be.at.most(list.parentElement!.getBoundingClientRect().right + 1);
    }
  });
});

describe('printing (Chromium emulation)', () => {
  afterEach(resetMedia);

  it('shows every section of a compact card, hides buttons and prints link addresses', async () => {
    const card = await mount(
      html`<bw-technique-card
        technique="deep-tissue"
        variant="compact"
        booking-url="https://clinic.example/book?t={technique}"
      ></bw-technique-card>`,
    );
    expect(visible(part(card, 'evidence'))).to.equal(false);
    const emulated = await emulate({ media: 'print' });
    if (!emulated || !matchMedia('print').matches) {
      // Engines whose driver cannot emulate print: the card stays as it is on screen.
      expect(visible(part(card, 'more-button'))).to.equal(true);
      return;
    }
    await waitUntil(() => part(card, 'evidence'), 'details rendered for print');
    await card.updateComplete;
    for (const name of ['how', 'feels', 'session', 'evidence', 'safety', 'helps-with', 'related', 'book']) {
      expect(visible(part(card, name)), name).to.equal(true);
    }
    expect(visible(part(card, 'more-button')), 'no “Learn more” on paper').to.equal(false);
    expect(visible(part(card, 'try-routine')), 'no button on paper').to.equal(false);
    const book = part(card, 'book')!;
    expect(getComputedStyle(book, '::after').content).to.equal('" (https://clinic.example/book?t=deep-tissue)"');
    const source = part(card, 'evidence')!.querySelector('a')!;
    expect(getComputedStyle(source, '::after').content).to.equal(`" (${source.href})"`);
    expect(getComputedStyle(part(card, 'base')!).color).to.equal('rgb(0, 0, 0)');
    expect(text(book)).to.match(/^Book /);
  });

  it('prints the details of every card in a list', async () => {
    const emulated = await emulate({ media: 'print' });
    const list = await mount<BwTechniqueList>(html`<bw-technique-list area="jaw"></bw-technique-list>`);
    await Promise.all(cards(list).map((card) => card.updateComplete));
    const shown = cards(list).map((card) => visible(part(card, 'evidence')));
    expect(shown.every((s) => s === Boolean(emulated && matchMedia('print').matches))).to.equal(true);
  });

  it('renders the details when the browser is about to print', async () => {
    const card = await mount(html`<bw-technique-card technique="swedish" variant="compact"></bw-technique-card>`);
    expect(part(card, 'evidence')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    await card.updateComplete;
    expect(part(card, 'evidence'), 'rendered, so print styles can show it').to.exist;
    expect(visible(part(card, 'evidence')), 'still closed on screen').to.equal(false);
  });
});
