import { css } from 'lit';

/** Styles of `<bw-technique-card>` and `<bw-technique-list>` (one sheet: they share the precaution and source rules). */
export const styles = css`
  p,
  ul,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }

  ul {
    padding-inline-start: 1.25em;
  }

  [role='list'] {
    list-style: none;
    padding: 0;
  }

  a {
    color: var(--_accent);
  }

  a[target]::after {
    content: ' ↗' / '';
  }

  .card,
  .list {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
    overflow-wrap: anywhere;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  /* Side padding gives way on a narrow card with large text (7 % of the card's width at most), so
     the text keeps room: it is the full 1.5em at 360 px and wider. */
  .card {
    padding: var(--_space-4) min(var(--_space-5), 7%);
    border: 0.0625em solid var(--_border);
  }

  .list {
    padding: var(--_space-2);
  }

  ::slotted([slot='image']) {
    display: block;
    inline-size: 100%;
    max-block-size: 16em;
    object-fit: cover;
    border-radius: var(--_radius);
  }

  .header,
  .section,
  .precaution,
  .claim,
  .finding {
    display: grid;
    gap: var(--_space-1);
  }

  .section,
  .claim {
    gap: var(--_space-2);
  }

  .title {
    font-size: 1.375em;
    line-height: 1.25;
  }

  .section-title {
    font-size: 1.0625em;
    line-height: 1.3;
  }

  .summary {
    font-size: 1.0625em;
  }

  .small,
  .source {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .meter {
    color: var(--_accent);
    letter-spacing: 0.15em;
    margin-inline-end: var(--_space-2);
  }

  .off {
    color: var(--_muted);
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }

  .tags li {
    padding: 0 0.625em;
    border: 0.0625em solid var(--_border);
    border-radius: 1em;
  }

  .precautions,
  .claims {
    display: grid;
    gap: var(--_space-3);
  }

  /* Avoid and red-flag precautions: one calm alert box. */
  .warnings ul,
  .red-flags {
    padding: var(--_space-3) min(var(--_space-4), 6%);
    border-inline-start: 0.25em solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }

  /* A list of signs inside an alert box is a plain list, as in the technique list's red flags. */
  .precaution ul {
    border: 0;
    background: none;
  }

  .certainty {
    justify-self: start;
    padding: 0 0.375em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.8125em;
    font-weight: 700;
  }

  .not-supported {
    border-color: var(--_danger);
    color: var(--_danger);
  }

  .not-supported {
    border-style: dashed;
  }

  .claim {
    padding-block-start: var(--_space-3);
    border-block-start: 0.0625em solid var(--_border);
  }

  .claim-text {
    font-weight: 700;
  }

  .finding {
    padding-inline-start: var(--_space-3);
    border-inline-start: 0.1875em solid var(--_border);
  }

  .more {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
  }

  .more[hidden],
  .notes[hidden] {
    display: none;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }

  .button {
    flex: 1 1 auto;
    font-weight: 600;
  }

  .primary,
  .primary:hover {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  /* HighlightText on Highlight as set: no backplate in Canvas behind the label. */
  @media (forced-colors: active) {
    .primary {
      forced-color-adjust: none;
    }
  }

  .more-button {
    flex: none;
    align-self: flex-start;
  }

  .more-button::after,
  .safety-button::after {
    content: '▾' / '';
  }

  .more-button[aria-expanded='true']::after,
  .safety-button[aria-expanded='true']::after {
    content: '▴' / '';
  }

  /* The compact face: tighter, so a card fits in about 20em on a phone. */
  :host([variant='compact']) .card {
    gap: var(--_space-2);
    padding: var(--_space-3) min(var(--_space-4), 4%);
    line-height: 1.45;
  }

  :host([variant='compact']) .title {
    font-size: 1.25em;
  }

  :host([variant='compact']) .summary {
    font-size: 1em;
  }

  .strongest {
    font-size: 0.9375em;
  }

  .strongest .certainty {
    display: inline-block;
    margin-inline-end: var(--_space-1);
  }

  /* One safety line: a quiet button marked by the danger edge and its words, not colour alone. */
  .safety-button {
    border-color: var(--_border);
    border-inline-start: 0.25em solid var(--_danger);
    color: var(--_text);
    font-weight: 600;
  }

  .safety[hidden] {
    display: none;
  }

  .face-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-1);
  }

  /* Two disclosures on one row on a phone: a little smaller text, the same 44 px touch target. */
  .face-actions .button {
    flex: 0 1 auto;
    min-block-size: calc(2.75em / 0.9375);
    gap: var(--_space-1);
    padding-inline: var(--_space-2);
    font-size: 0.9375em;
  }

  :host([variant='compact']) [part='book'] {
    padding-inline: var(--_space-3);
  }

  .items {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22em), 1fr));
    align-items: start;
    gap: var(--_space-4);
  }

  .count {
    font-weight: 700;
  }

  .empty {
    padding: var(--_space-4);
    border: 0.0625em dashed var(--_border);
    border-radius: var(--_radius);
  }

  @media print {
    :host {
      --_text: #000;
      --_muted: #333;
      --_accent: #000;
      --_surface: #fff;
      --_surface-2: #fff;
      --_border: #777;
      --_danger: #000;
    }
    .more[hidden] {
      display: flex;
    }
    .safety[hidden] {
      display: block;
    }
    button {
      display: none !important;
    }
    .button {
      display: inline;
      min-block-size: 0;
      padding: 0;
      border: 0;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
    }
    .precaution,
    .finding,
    .items > li {
      break-inside: avoid;
    }
    .items {
      display: block;
    }
    .items > li + li {
      margin-block-start: var(--_space-4);
    }
  }
`;
