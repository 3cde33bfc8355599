import { css } from 'lit';

/**
 * Design tokens and the shared host rules every element starts from.
 *
 * Public tokens (set them on the page, on an element, or on `bw-provider`):
 *
 * | token | default |
 * | --- | --- |
 * | `--bw-color-scheme` | `light dark` (follows the reader); `light` or `dark` forces one |
 * | `--bw-color-accent` | calm teal; links, selection, focus |
 * | `--bw-color-on-accent` | text on the accent colour |
 * | `--bw-color-surface` | element background |
 * | `--bw-color-text` | body text |
 * | `--bw-color-muted` | secondary text |
 * | `--bw-color-border` | borders and outlines of shapes |
 * | `--bw-color-danger` | warnings and red flags |
 * | `--bw-radius` | corner radius, default 0.5em |
 * | `--bw-font-family` | default `inherit` (the host page's font) |
 * | `--bw-font-size` | default `medium` (the reader's own default size, whatever the page's root size) |
 * | `--bw-space-1` … `--bw-space-6` | spacing scale, 0.25em to 2em |
 *
 * Colour defaults follow the reader's light or dark preference; set `--bw-color-scheme: dark` (or
 * `light`) on any ancestor to force one. In forced-colors mode the system colours are used.
 *
 * Rules for element styles: em and % units only (never rem or px for sizes: a host page with
 * `html{font-size:62.5%}` must not shrink anything); no margin, padding or border on `:host`
 * (resets such as `*{margin:0;padding:0}` win over `:host` rules) — put them on an inner wrapper.
 */
export const tokens = css`
  :host {
    --_accent: var(--bw-color-accent, #23706b);
    --_on-accent: var(--bw-color-on-accent, #ffffff);
    --_surface: var(--bw-color-surface, #ffffff);
    --_surface-2: var(--bw-color-surface-2, #f1f5f5);
    --_text: var(--bw-color-text, #1c2a30);
    --_muted: var(--bw-color-muted, #4b5c63);
    --_border: var(--bw-color-border, #9fb0b5);
    --_danger: var(--bw-color-danger, #a8231b);
    --_radius: var(--bw-radius, 0.5em);
    --_space-1: var(--bw-space-1, 0.25em);
    --_space-2: var(--bw-space-2, 0.5em);
    --_space-3: var(--bw-space-3, 0.75em);
    --_space-4: var(--bw-space-4, 1em);
    --_space-5: var(--bw-space-5, 1.5em);
    --_space-6: var(--bw-space-6, 2em);
    --_focus-width: 0.1875em;
  }

  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--bw-color-accent, light-dark(#23706b, #7fd0c8));
      --_on-accent: var(--bw-color-on-accent, light-dark(#ffffff, #0d1d1c));
      --_surface: var(--bw-color-surface, light-dark(#ffffff, #152024));
      --_surface-2: var(--bw-color-surface-2, light-dark(#f1f5f5, #1f2c31));
      --_text: var(--bw-color-text, light-dark(#1c2a30, #e6eef0));
      --_muted: var(--bw-color-muted, light-dark(#4b5c63, #a9bbc1));
      --_border: var(--bw-color-border, light-dark(#9fb0b5, #5a6d74));
      --_danger: var(--bw-color-danger, light-dark(#a8231b, #ffb4ab));
    }
  }

  @media (forced-colors: active) {
    :host {
      --_accent: Highlight;
      --_on-accent: HighlightText;
      --_surface: Canvas;
      --_surface-2: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_border: CanvasText;
      --_danger: CanvasText;
    }
  }
`;

/** Host rules that survive common resets, plus reduced motion and focus defaults. */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color-scheme: var(--bw-color-scheme, light dark);
    color: var(--_text);
    font-family: var(--bw-font-family, inherit);
    font-size: var(--bw-font-size, medium);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    /* Inherited by everything inside: a host page's shadowed or break-anywhere body text stops here. */
    text-shadow: none;
    word-break: normal;
    overflow-wrap: break-word;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }

  :host([hidden]) {
    display: none !important;
  }

  /* The host matches :focus while a control inside has focus: a page's ":focus" outline would ring
     the whole element as well as the control, which draws its own ring. */
  :host(:focus) {
    outline: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: var(--_focus-width) solid var(--_accent);
    outline-offset: 0.125em;
  }

  .error {
    margin: 0;
    padding: var(--_space-3) var(--_space-4);
    border: 0.0625em solid var(--_danger);
    border-inline-start-width: 0.3em;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .error strong {
    display: block;
    color: var(--_danger);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
