import { css } from 'lit';

export const styles = css`
  :host {
    --_region-fill: var(--bw-body-map-region-fill, color-mix(in srgb, var(--_accent) 6%, var(--_surface)));
    --_selected-fill: var(--bw-body-map-selected-fill, var(--_accent));
    /* Region outlines at 3:1 or more against the page and the regions' fill, light and dark (WCAG 1.4.11). */
    --_outline: var(--bw-body-map-region-outline, color-mix(in srgb, var(--_text) 60%, var(--_surface)));
    max-inline-size: var(--bw-body-map-max-width, 44em);
  }

  .base {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    padding-block: var(--_space-1);
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

  /* The count takes what the button leaves and wraps inside it: the toolbar stays one row. */
  .count {
    flex: 1 1 6em;
    color: var(--_muted);
  }

  .readout {
    color: var(--_text);
    font-weight: 700;
  }

  /* The Front/Back switch: only when the map is too narrow for both drawings side by side. */
  .faces {
    display: none;
  }

  /* Large text on a narrow screen: the two buttons wrap rather than stick out. */
  .faces {
    flex-wrap: wrap;
    gap: var(--_space-1);
    max-inline-size: 100%;
  }

  .face {
    min-inline-size: 4.5em;
  }

  .face[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
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

  .listbox[aria-disabled='true'] :is(.region, .hit) {
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
      gap: var(--_space-2);
    }

    .view-label {
      font-size: 0.875em;
    }
  }

  /* Too narrow for two drawings: one at a time, and the switch to turn the figure round. */
  @container (width < 17.5em) {
    .views.both {
      grid-template-columns: 1fr;
    }

    .face-front .view.back,
    .face-back .view.front {
      display: none;
    }

    .faces {
      display: inline-flex;
    }

    /* The switch says which side is shown. */
    .views.both .view-label {
      display: none;
    }
  }

  /* The caption sits in the empty corner beside the head, not in a row of its own above the figure. */
  .view {
    position: relative;
    inline-size: 100%;
    max-inline-size: 22em;
  }

  :host(:dir(rtl)) .view-label {
    direction: rtl;
  }

  /* Laid out on its own (a grid here would lay the drawings out again at every change of a region). */
  .view-label {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    font-weight: 700;
    pointer-events: none;
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

  /* Set once on the layer and inherited by the shapes (fill and stroke are inherited in SVG):
     the colours are worked out once, not once for each of some sixty shapes. */
  .regions {
    fill: var(--_region-fill);
    stroke: var(--_outline);
    stroke-width: 0.8;
    stroke-linejoin: round;
  }

  .hovered {
    fill: color-mix(in srgb, var(--_accent) 22%, var(--_surface));
  }

  .selected {
    fill: var(--_selected-fill);
    stroke: var(--_text);
    stroke-width: 2.4;
  }

  .hatch {
    stroke: none;
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

  /* The list view: regions in groups of body areas, two columns on a phone. */
  .as-list {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    padding: var(--_space-2);
    border: 0.0625em solid var(--_border);
  }

  .group {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9.5em, 1fr));
    gap: 0 var(--_space-2);
  }

  .group-label {
    grid-column: 1 / -1;
    font-weight: 700;
    padding-inline: var(--_space-2);
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
    .regions,
    .hovered {
      fill: Canvas;
      stroke: CanvasText;
    }
    .selected {
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
    /* Text in forced colours is filled, never stroked: a stroke turns small letters into blots. */
    .marker,
    .rating {
      fill: CanvasText;
      stroke: none;
    }
    .face[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    .option[aria-selected='true'] .check {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`;
