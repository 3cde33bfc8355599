import { css } from 'lit';

export const styles = css`
  :host {
    --_region-fill: var(--bw-body-map-region-fill, color-mix(in srgb, var(--_accent) 6%, var(--_surface)));
    --_selected-fill: var(--bw-body-map-selected-fill, var(--_accent));
    --_heat-0: #fff4c2;
    --_heat-1: #ffe9a3;
    --_heat-2: #ffd983;
    --_heat-3: #ffc46b;
    --_heat-4: #fbab5a;
    --_heat-5: #f48e4b;
    --_heat-6: #e9713f;
    --_heat-7: #d75434;
    --_heat-8: #bd3a2b;
    --_heat-9: #9c2422;
    --_heat-10: #76141a;
    max-inline-size: var(--bw-body-map-max-width, 44em);
  }

  .base {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    padding-block: var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  /* The drawings use the full width (small regions keep 24 px targets at 320 px); the rest is inset. */
  .toolbar,
  .severity,
  .as-list {
    margin-inline: var(--_space-3);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
  }

  .count {
    color: var(--_muted);
  }

  .listbox {
    position: relative;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .listbox:focus {
    outline: none;
  }

  .listbox:focus-visible {
    outline: var(--_focus-width) solid var(--_accent);
    outline-offset: 0.25em;
  }

  .listbox[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .listbox[aria-disabled='true'] .region {
    pointer-events: none;
  }

  /* Drawings */
  /* The drawings are a picture, not text: in a right-to-left page they keep their places (front on
     the left, as the arrow keys expect) and their labels stay where they are drawn. */
  .views {
    direction: ltr;
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_space-4);
    justify-items: center;
  }

  .views.both {
    grid-template-columns: 1fr 1fr;
  }

  @container (max-width: 30em) {
    .views.both {
      grid-template-columns: 1fr;
    }
  }

  .view {
    margin: 0;
    inline-size: 100%;
    max-inline-size: 22em;
  }

  :host(:dir(rtl)) .view-label {
    direction: rtl;
  }

  .view-label {
    text-align: center;
    font-weight: 700;
    margin-block-end: var(--_space-1);
  }

  .figure {
    display: block;
    inline-size: 100%;
    block-size: auto;
    max-inline-size: none;
    overflow: visible;
    user-select: none;
    -webkit-user-select: none;
    touch-action: manipulation;
  }

  .region {
    cursor: pointer;
  }

  .shape {
    fill: var(--_region-fill);
    stroke: var(--_border);
    stroke-width: 0.8;
    stroke-linejoin: round;
    transition: fill 120ms ease;
  }

  .region:hover .shape {
    fill: color-mix(in srgb, var(--_accent) 22%, var(--_surface));
  }

  .selected .shape,
  .selected:hover .shape {
    fill: var(--_selected-fill);
    stroke: var(--_text);
    stroke-width: 2.4;
  }

  .hatch {
    pointer-events: none;
  }

  .hatch-line {
    stroke: var(--_on-accent);
    stroke-width: 1.4;
    stroke-opacity: 0.75;
  }

  .hit {
    fill: transparent;
    stroke: none;
    pointer-events: all;
  }

  .rating {
    font-size: 10px;
    font-weight: 700;
    text-anchor: middle;
    dominant-baseline: central;
    fill: #1c1c1c;
    stroke: #ffffff;
    stroke-width: 2.5;
    paint-order: stroke;
    pointer-events: none;
  }

  .focus-ring {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 3.5;
    stroke-linejoin: round;
    pointer-events: none;
    filter: drop-shadow(0 0 1.5px var(--_surface)) drop-shadow(0 0 1px var(--_surface));
  }

  .marker {
    font-size: 14px;
    font-weight: 700;
    text-anchor: middle;
    dominant-baseline: central;
    fill: var(--_muted);
    pointer-events: none;
  }

  .region-label {
    font-size: 11px;
    font-weight: 600;
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 3;
    paint-order: stroke;
    dominant-baseline: central;
    pointer-events: none;
  }

  /* Options: visually hidden behind the figure, shown as a list in list view */
  .as-figure .option {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .as-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    gap: var(--_space-1) var(--_space-3);
    padding: var(--_space-2);
    border: 0.0625em solid var(--_border);
  }

  .as-list .option {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-block-size: 2.75em;
    padding: var(--_space-1) var(--_space-2);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .as-list .option:hover {
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
  }

  .listbox:focus-visible .option.active {
    outline: var(--_focus-width) solid var(--_accent);
    outline-offset: -0.125em;
  }

  .check {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 0.125em solid var(--_border);
    border-radius: 0.25em;
  }

  .option[aria-selected='true'] .check {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }

  .option[aria-selected='true'] .check::before {
    content: '✓';
    font-weight: 700;
    line-height: 1;
  }

  .option[aria-selected='true'] .option-name {
    font-weight: 700;
  }

  .option-rating {
    margin-inline-start: auto;
    min-inline-size: 1.75em;
    padding: 0 var(--_space-1);
    border-radius: var(--_radius);
    text-align: center;
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }

  /* Severity */
  .severity {
    min-inline-size: 0;
    margin: 0;
    padding: var(--_space-3);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }

  .severity[hidden] {
    display: none;
  }

  /* A plain block at the top of the box, not set into its border: WebKit sometimes sized the box
     for a two-line legend twice over (an empty band below the sliders at narrow widths). */
  .severity legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    margin-block-end: var(--_space-2);
  }

  .severity legend + * {
    clear: both;
  }

  .severity-row {
    display: grid;
    grid-template-columns: minmax(8em, 1fr) minmax(8em, 2fr) 2.5em;
    align-items: center;
    gap: var(--_space-3);
    min-block-size: 2.75em;
  }

  /* Narrow (a phone, zoom, large text): the region's name above its slider. */
  @container (max-width: 24em) {
    .severity-row {
      grid-template-columns: minmax(0, 1fr) 2.5em;
      row-gap: 0;
      padding-block: var(--_space-1);
    }

    .severity-name {
      grid-column: 1 / -1;
    }
  }

  .severity-row input {
    inline-size: 100%;
    accent-color: var(--_accent);
    min-block-size: 1.75em;
  }

  .severity-value {
    text-align: center;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    border-radius: var(--_radius);
  }

  @media (forced-colors: active) {
    .figure {
      forced-color-adjust: none;
    }
    .shape,
    .region:hover .shape {
      fill: Canvas;
      stroke: CanvasText;
    }
    .selected .shape,
    .selected:hover .shape {
      fill: Highlight;
      stroke: CanvasText;
      stroke-width: 3;
    }
    .hatch-line {
      stroke: HighlightText;
      stroke-opacity: 1;
    }
    .focus-ring {
      stroke: CanvasText;
      stroke-width: 4;
      filter: none;
    }
    .marker,
    .rating,
    .region-label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .option[aria-selected='true'] .check {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`;
