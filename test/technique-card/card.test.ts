import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { dataset } from '../../src/data/dataset.js';
import { precautions } from '../../src/data/precautions.js';
import { techniques } from '../../src/data/techniques.js';
import type { BwTechniqueCard } from '../../src/technique-card.js';
import { evidence } from '../../src/data/evidence.js';
import { CERTAINTY_LABELS, captureWarnings, errorsOf, html, mount, part, text, visible } from './helpers.js';

const byId = <T extends { id: string }>(list: readonly T[], id: string) => list.find((x) => x.id === id)!;
const CERTAINTY_RANK: Record<string, number> = { high: 5, moderate: 4, low: 3, 'very-low': 2, insufficient: 1 };

const moreButton = (card: BwTechniqueCard) => part(card, 'more-button') as HTMLButtonElement;

describe('<bw-technique-card> compact variant and “Learn more”', () => {
  it('shows name, summary, pressure, the strongest evidence and one safety line, and hides the rest until “Learn more”', async () => {
    const card = await mount(html`<bw-technique-card technique="swedish" variant="compact"></bw-technique-card>`);
    for (const name of ['title', 'summary', 'pressure', 'strongest', 'safety-button', 'more-button']) {
      expect(visible(part(card, name)), name).to.equal(true);
    }
    for (const name of ['helps-with', 'how', 'feels', 'session', 'evidence', 'related', 'actions', 'safety']) {
      expect(visible(part(card, name)), name).to.equal(false);
    }
    const swedish = techniques.find((t) => t.id === 'swedish')!;
    expect(text(part(card, 'pressure'))).to.contain(
      `Pressure: ${swedish.pressure.level}, ${swedish.pressure.scale} out of 5`,
    );
    moreButton(card).click();
    await card.updateComplete;
    for (const name of ['helps-with', 'how', 'feels', 'session', 'evidence', 'related', 'actions']) {
      expect(visible(part(card, name)), name).to.equal(true);
    }
  });

  it('shows the claim with the strongest evidence, its certainty in words, never one the evidence goes against', async () => {
    for (const t of techniques) {
      const card = await mount(html`<bw-technique-card technique=${t.id} variant="compact"></bw-technique-card>`);
      const strongest = part(card, 'strongest');
      const rated = t.claims
        .map((claim) => ({ claim, certainty: byId(evidence, claim.evidence[0]!).certainty }))
        .filter((x) => x.certainty !== 'not-supported');
      if (!rated.length) {
        expect(strongest, t.id).to.equal(null);
        continue;
      }
      const best = Math.max(...rated.map((x) => CERTAINTY_RANK[x.certainty]));
      const shown = rated.find((x) => text(strongest).endsWith(x.claim.text))!;
      expect(shown, t.id).to.exist;
      expect(CERTAINTY_RANK[shown.certainty], t.id).to.equal(best);
      expect(text(strongest!.querySelector('.certainty'))).to.equal(CERTAINTY_LABELS[shown.certainty]);
    }
  });

  it('prefers a claim about the chosen area when there is one', async () => {
    const card = await mount(
      html`<bw-technique-card
        technique="remedial-massage"
        variant="compact"
        .areas=${['shoulders']}
      ></bw-technique-card>`,
    );
    expect(text(part(card, 'strongest'))).to.contain('shoulder');
    card.areas = ['lower-back'];
    await card.updateComplete;
    expect(text(part(card, 'strongest'))).to.contain('low back');
  });

  it('is a real button that says whether it is expanded and what it controls', async () => {
    const card = await mount(html`<bw-technique-card technique="swedish" variant="compact"></bw-technique-card>`);
    const button = moreButton(card);
    expect(button.localName).to.equal('button');
    expect(button.type).to.equal('button');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const controlled = card.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(controlled.getAttribute('part')).to.equal('more');
    // Its accessible name makes sense out of context, in a list of cards.
    expect(text(button)).to.equal('Learn more (Swedish massage)');
  });

  it('opens and closes with Enter and Space, and Tab then moves into what it revealed', async () => {
    const card = await mount(html`<bw-technique-card technique="trigger-point" variant="compact"></bw-technique-card>`);
    const button = moreButton(card);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(card.expanded).to.equal(true);
    expect(visible(part(card, 'evidence'))).to.equal(true);

    await sendKeys({ press: ' ' });
    await card.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(visible(part(card, 'evidence'))).to.equal(false);
    expect(card.shadowRoot!.activeElement, 'focus stays on the button').to.equal(button);

    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    await sendKeys({ press: 'Tab' });
    const focused = card.shadowRoot!.activeElement!;
    expect(part(card, 'more')!.contains(focused), 'Tab goes into the revealed details').to.equal(true);
  });

  it('reflects `expanded`, so a page can open a card from the start', async () => {
    const card = await mount(
      html`<bw-technique-card technique="swedish" variant="compact" expanded></bw-technique-card>`,
    );
    expect(moreButton(card).getAttribute('aria-expanded')).to.equal('true');
    expect(visible(part(card, 'evidence'))).to.equal(true);
    card.technique = 'effleurage';
    await card.updateComplete;
    expect(card.expanded, 'closes when it shows another technique').to.equal(false);
    expect(card.hasAttribute('expanded')).to.equal(false);
  });

  it('has no “Learn more” button in the full variant, where everything shows', async () => {
    const card = await mount(html`<bw-technique-card technique="swedish"></bw-technique-card>`);
    expect(moreButton(card)).to.equal(null);
    expect(visible(part(card, 'evidence'))).to.equal(true);
  });

  for (const t of techniques) {
    it(`counts every warning of “${t.id}” on one safety line that opens them all`, async () => {
      const card = await mount(html`<bw-technique-card technique=${t.id} variant="compact"></bw-technique-card>`);
      const button = part(card, 'safety-button') as HTMLButtonElement;
      const all = precautions.filter(
        (p) => t.precautions.includes(p.id) || p.general === true || p.general === 'techniques',
      );
      const redFlags = all.filter((p) => p.kind === 'red-flag');
      const count = all.length - redFlags.length + (redFlags.length ? 1 : 0);
      expect(text(button)).to.equal(`${count} safety checks (${t.name})`);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(visible(part(card, 'safety'))).to.equal(false);
      button.click();
      await card.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const safety = part(card, 'safety')!;
      expect(card.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)).to.equal(safety);
      expect(visible(safety)).to.equal(true);
      expect(part(card, 'more')!.contains(safety), 'not behind “Learn more”').to.equal(false);
      for (const p of all) {
        expect(text(safety), p.id).to.contain(p.title);
        expect(text(safety), p.id).to.contain(p.action);
      }
    });
  }
});

describe('<bw-technique-card> heading levels', () => {
  const headings = (card: BwTechniqueCard) =>
    [...card.shadowRoot!.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]')].map((h) => ({
      tag: h.localName,
      level: h.getAttribute('aria-level'),
      part: h.getAttribute('part'),
    }));

  it('uses h3 for the name and h4 for the sections by default', async () => {
    const card = await mount(html`<bw-technique-card technique="deep-tissue"></bw-technique-card>`);
    const list = headings(card);
    expect(list[0]).to.deep.include({ tag: 'h3', part: 'title' });
    expect(list.slice(1).every((h) => h.tag === 'h4' && h.part === 'section-title')).to.equal(true);
    expect(list.length).to.be.greaterThan(5);
  });

  for (const level of [1, 2, 4, 5]) {
    it(`fits a page outline at heading-level ${level}`, async () => {
      const card = await mount(
        html`<bw-technique-card technique="deep-tissue" heading-level=${level}></bw-technique-card>`,
      );
      const list = headings(card);
      expect(list[0]!.tag).to.equal(`h${level}`);
      expect(list.slice(1).every((h) => h.tag === `h${level + 1}`)).to.equal(true);
    });
  }

  it('at level 6 keeps the sections one level below, as ARIA headings of level 7', async () => {
    const card = await mount(html`<bw-technique-card technique="deep-tissue" heading-level="6"></bw-technique-card>`);
    const list = headings(card);
    expect(list[0]!.tag).to.equal('h6');
    expect(list.slice(1).every((h) => h.tag === 'p' && h.level === '7')).to.equal(true);
  });

  for (const bad of ['0', '7', 'two', '2.5', '-1']) {
    it(`falls back to level 3 with one warning for heading-level="${bad}"`, async () => {
      const warnings = captureWarnings();
      try {
        const card = await mount(
          html`<bw-technique-card technique="swedish" heading-level=${bad}></bw-technique-card>`,
        );
        expect(part(card, 'title')!.localName).to.equal('h3');
        expect(warnings.calls).to.have.length(1);
        const shown = Number.isNaN(Number(bad)) ? `“${bad}”` : bad;
        expect(String(warnings.calls[0]![0])).to.contain(`heading-level cannot be ${shown}: use a whole number`);
      } finally {
        warnings.restore();
      }
    });
  }

  it('goes back to the default quietly when the attribute is removed', async () => {
    const warnings = captureWarnings();
    try {
      const card = await mount(html`<bw-technique-card technique="swedish" heading-level="2"></bw-technique-card>`);
      card.removeAttribute('heading-level');
      await card.updateComplete;
      expect(part(card, 'title')!.localName).to.equal('h3');
      expect(warnings.calls).to.have.length(0);
    } finally {
      warnings.restore();
    }
  });
});

describe('<bw-technique-card> booking and “Try at home”', () => {
  it('shows a visible “Book …” link on a compact card’s face, not behind “Learn more”', async () => {
    const card = await mount(
      html`<bw-technique-card
        technique="deep-tissue"
        variant="compact"
        booking-url="/book?t={technique}"
      ></bw-technique-card>`,
    );
    const book = part(card, 'book') as HTMLAnchorElement;
    expect(visible(book)).to.equal(true);
    expect(part(card, 'more')!.contains(book)).to.equal(false);
    expect(text(book)).to.equal('Book Deep tissue massage');
    moreButton(card).click();
    await card.updateComplete;
    expect(card.shadowRoot!.querySelectorAll('[part~="book"]'), 'once').to.have.length(1);
  });

  it('shows “Book …” only with a booking URL, with the technique id URL-encoded', async () => {
    const card = await mount(
      html`<bw-technique-card
        technique="deep-tissue"
        booking-url=${'https://clinic.example/book?t={technique}&x=1'}
      ></bw-technique-card>`,
    );
    const book = part(card, 'book') as HTMLAnchorElement;
    expect(book.localName).to.equal('a');
    expect(book.href).to.equal('https://clinic.example/book?t=deep-tissue&x=1');
    expect(text(book)).to.equal('Book Deep tissue massage');
    expect(book.target, 'stays in the tab').to.equal('');
  });

  it('URL-encodes ids that hold reserved characters', async () => {
    const t = { ...techniques[0]!, id: 'a b/c?d&e' };
    const card = await mount(
      html`<bw-technique-card
        technique=${t.id}
        booking-url="https://clinic.example/book/{technique}?again={technique}"
        .content=${{ ...dataset, techniques: [t] }}
      ></bw-technique-card>`,
    );
    expect((part(card, 'book') as HTMLAnchorElement).href).to.equal(
      'https://clinic.example/book/a%20b%2Fc%3Fd%26e?again=a%20b%2Fc%3Fd%26e',
    );
  });

  it('accepts an address relative to the page', async () => {
    const card = await mount(
      html`<bw-technique-card technique="swedish" booking-url="/book?t={technique}"></bw-technique-card>`,
    );
    expect((part(card, 'book') as HTMLAnchorElement).href).to.equal(new URL('/book?t=swedish', location.href).href);
  });

  for (const bad of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,hi',
    'mailto:book@clinic.example',
    'ftp://x.example/{technique}',
  ]) {
    it(`ignores booking-url “${bad}” with one warning and a bw-error`, async () => {
      const warnings = captureWarnings();
      try {
        const card = await mount(html`<bw-technique-card technique="swedish"></bw-technique-card>`);
        const errors = errorsOf(card);
        card.bookingUrl = bad;
        await card.updateComplete;
        expect(part(card, 'book')).to.equal(null);
        expect(card.shadowRoot!.querySelector(`a[href^="${bad.slice(0, 4)}"]`)).to.equal(null);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.include({ code: 'invalid-url', value: bad });
        expect(warnings.calls).to.have.length(1);
        expect(text(part(card, 'title'))).to.equal('Swedish massage');
      } finally {
        warnings.restore();
      }
    });
  }

  it('“Try at home” is a button that fires a cancelable bw-try-routine with the routine and technique', async () => {
    const card = await mount(html`<bw-technique-card technique="trigger-point"></bw-technique-card>`);
    const button = part(card, 'try-routine')!;
    expect(button.localName).to.equal('button');
    expect(text(button)).to.equal('Try at home (Trigger point therapy)');
    const heard = oneEvent(card, 'bw-try-routine');
    button.click();
    const event = await heard;
    expect(event.detail).to.deep.equal({
      routineId: techniques.find((t) => t.id === 'trigger-point')!.routines[0],
      techniqueId: 'trigger-point',
    });
    expect(event.cancelable).to.equal(true);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('with routine-href “Try at home” is a real link, and a listener can take it over', async () => {
    const card = await mount(
      html`<bw-technique-card technique="swedish" routine-href="/self-care?routine={routine}"></bw-technique-card>`,
    );
    const link = part(card, 'try-routine') as HTMLAnchorElement;
    const routineId = techniques.find((t) => t.id === 'swedish')!.routines[0]!;
    expect(link.localName).to.equal('a');
    expect(link.href).to.equal(new URL(`/self-care?routine=${routineId}`, location.href).href);

    // A provider cancels the event to open the routine in a timer: the link must not navigate.
    const onTry = (event: Event) => event.preventDefault();
    card.addEventListener('bw-try-routine', onTry);
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented, 'navigation stopped').to.equal(true);
    card.removeEventListener('bw-try-routine', onTry);

    // Nobody takes it over: the link navigates as normal.
    const plain = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    card.addEventListener('click', (event) => event.preventDefault(), { once: true }); // keep the test page
    const heard = oneEvent(card, 'bw-try-routine');
    link.dispatchEvent(plain);
    expect((await heard).defaultPrevented).to.equal(false);
  });

  it('links related techniques with technique-href, and leaves them as text without it', async () => {
    const plain = await mount(html`<bw-technique-card technique="deep-tissue"></bw-technique-card>`);
    expect(part(plain, 'related')!.querySelector('a')).to.equal(null);
    const linked = await mount(
      html`<bw-technique-card
        technique="deep-tissue"
        technique-href="https://clinic.example/treatments/{technique}"
      ></bw-technique-card>`,
    );
    const hrefs = [...part(linked, 'related')!.querySelectorAll('a')].map((a) => a.href);
    expect(hrefs).to.deep.equal(
      techniques.find((t) => t.id === 'deep-tissue')!.related.map((id) => `https://clinic.example/treatments/${id}`),
    );
  });
});

describe('<bw-technique-card> slots', () => {
  it('shows the clinic’s image at the top and its notes before the actions', async () => {
    const card = await mount(
      html`<bw-technique-card technique="swedish">
        <img slot="image" alt="A therapist's hands on a shoulder" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
        <p slot="notes">Offered on Tuesdays by Sam.</p>
      </bw-technique-card>`,
    );
    const img = card.querySelector('img')!;
    const notes = card.querySelector('p')!;
    expect(img.assignedSlot!.name).to.equal('image');
    expect(notes.assignedSlot!.name).to.equal('notes');
    expect(visible(part(card, 'notes'))).to.equal(true);
    expect(img.getBoundingClientRect().top).to.be.at.most(part(card, 'title')!.getBoundingClientRect().top);
    expect(notes.getBoundingClientRect().top).to.be.at.least(part(card, 'related')!.getBoundingClientRect().bottom);
    expect(notes.getBoundingClientRect().bottom).to.be.at.most(part(card, 'actions')!.getBoundingClientRect().top);
  });

  it('takes no space for notes when there are none', async () => {
    const card = await mount(html`<bw-technique-card technique="swedish"></bw-technique-card>`);
    expect(visible(part(card, 'notes'))).to.equal(false);
  });
});

describe('<bw-technique-card> bad input', () => {
  it('shows a polite message, fires bw-error naming the id and warns once for an unknown technique', async () => {
    const warnings = captureWarnings();
    try {
      const card = await mount(html`<bw-technique-card technique="swedish"></bw-technique-card>`);
      const errors = errorsOf(card);
      card.technique = 'hot-stones';
      await card.updateComplete;
      const message = part(card, 'error')!;
      expect(text(message)).to.contain('There is no technique called “hot-stones”.');
      expect(visible(message)).to.equal(true);
      expect(errors).to.deep.equal([
        { code: 'unknown-technique', message: 'There is no technique called “hot-stones”.', value: 'hot-stones' },
      ]);
      card.technique = 'swedish';
      await card.updateComplete;
      card.technique = 'hot-stones';
      await card.updateComplete;
      expect(warnings.calls).to.have.length(1);
      expect(String(warnings.calls[0]![0])).to.contain('<bw-technique-card>');
    } finally {
      warnings.restore();
    }
  });

  it('says so when no technique is set', async () => {
    const warnings = captureWarnings();
    try {
      const card = await mount(html`<bw-technique-card></bw-technique-card>`);
      expect(text(part(card, 'error'))).to.contain('No technique was chosen.');
      expect(warnings.calls).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('survives hostile ids and an unknown variant without throwing', async () => {
    const warnings = captureWarnings();
    try {
      for (const id of ['__proto__', 'constructor', '<script>alert(1)</script>', ' ']) {
        const card = await mount(html`<bw-technique-card technique=${id}></bw-technique-card>`);
        expect(part(card, 'error'), id).to.exist;
        expect(card.shadowRoot!.querySelector('script')).to.equal(null);
      }
      const card = await mount(html`<bw-technique-card technique="swedish" variant="tiny"></bw-technique-card>`);
      expect(text(part(card, 'title'))).to.equal('Swedish massage');
      expect(visible(part(card, 'evidence')), 'shown in full').to.equal(true);
      expect(
        warnings.calls.some((call) =>
          String(call[0]).includes('variant cannot be “tiny”: use one of full and compact'),
        ),
      ).to.equal(true);
    } finally {
      warnings.restore();
    }
  });
});

describe('<bw-technique-card> and <bw-technique-list> with broken content', () => {
  it('goes back to the bundled content, quietly, when its own is set to null', async () => {
    const mine = { ...dataset, techniques: dataset.techniques.map((t) => ({ ...t, name: `${t.name}!` })) };
    const card = await mount(html`<bw-technique-card technique="swedish" .content=${mine}></bw-technique-card>`);
    const errors = errorsOf(card);
    expect(text(part(card, 'title'))).to.equal('Swedish massage!');
    (card as unknown as { content: unknown }).content = null;
    await card.updateComplete;
    expect(text(part(card, 'title'))).to.equal('Swedish massage');
    expect(errors).to.deep.equal([]);
  });

  for (const [name, content] of [
    ['a number', 42],
    ['a string', 'dataset'],
    ['a dataset without sources', { ...dataset, sources: undefined }],
  ] as const) {
    it(`fall back to the bundled content when given ${name}, with one bw-error`, async () => {
      const warnings = captureWarnings();
      try {
        const card = await mount(html`<bw-technique-card technique="swedish"></bw-technique-card>`);
        const errors = errorsOf(card);
        (card as unknown as { content: unknown }).content = content;
        await card.updateComplete;
        expect(text(part(card, 'title'))).to.equal('Swedish massage');
        expect(card.content).to.deep.include({ techniques });
        expect(errors.map((e) => e.code)).to.deep.equal(['invalid-content']);
        const list = await mount(html`<bw-technique-list area="jaw"></bw-technique-list>`);
        (list as unknown as { content: unknown }).content = content;
        await list.updateComplete;
        expect(part(list, 'count')).to.exist;
        expect(warnings.calls).to.have.length(2);
      } finally {
        warnings.restore();
      }
    });
  }
});
