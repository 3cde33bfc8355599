import { css } from 'lit';

export const styles = css`
  :host {
    --_ring: var(--bw-stretch-timer-ring-color, var(--_accent));
    --_ring-size: var(--bw-stretch-timer-ring-size, 13em);
    max-inline-size: var(--bw-stretch-timer-max-width, 36em);
  }

  .base {
    container-type: inline-size;
    display: grid;
    gap: var(--_space-4);
    padding: var(--_space-4);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .title,
  .subhead,
  p,
  ul,
  ol {
    margin: 0;
  }

  .title {
    font-size: 1.375em;
    line-height: 1.25;
  }

  .subhead {
    font-size: 1.125em;
    line-height: 1.3;
  }

  .head,
  .step,
  .end,
  section {
    display: grid;
    gap: var(--_space-2);
  }

  .summary,
  .muted,
  .safety {
    color: var(--_muted);
  }

  .about {
    display: block;
    font-variant-numeric: tabular-nums;
  }

  /* Overall progress */
  .progress {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-1) var(--_space-4);
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  /* The routine's time left changes every second: a fixed box, so only it is laid out again. */
  .clock {
    display: inline-block;
    contain: strict;
    inline-size: 5ch;
    block-size: 1.5em;
    vertical-align: bottom;
    text-align: end;
  }

  .bar {
    display: block;
    inline-size: 100%;
    block-size: 0.5em;
    overflow: hidden;
    border-radius: 0.25em;
    background: var(--_surface-2);
  }

  /* Scaled by a transform (moveRing): the compositor draws it. */
  .bar-value {
    block-size: 100%;
    background: var(--_accent);
    transform: scaleX(0);
    transform-origin: left;
  }

  /* Progress runs the way the text does. */
  :host(:dir(rtl)) .bar {
    transform: scaleX(-1);
  }

  /* Before the start */
  .precautions {
    padding: var(--_space-3) var(--_space-4);
    border-inline-start: 0.25em solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }

  ul,
  ol {
    display: grid;
    gap: var(--_space-2);
    padding-inline-start: 1.25em;
  }

  .warning-list {
    list-style: none;
    padding: 0;
    gap: var(--_space-3);
  }

  .plan .muted {
    display: block;
    font-variant-numeric: tabular-nums;
  }

  /* The player */
  .player {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-4);
    justify-items: center;
  }

  @container (min-width: 32em) {
    .player {
      grid-template-columns: auto 1fr;
      align-items: center;
    }
  }

  .display {
    position: relative;
    display: grid;
    place-items: center;
    /* The countdown changes every second: keep its layout and paint inside the ring. */
    contain: layout paint;
    inline-size: var(--_ring-size);
    /*
     * A turned arc stays on the ring, but the box the browser measures for it reaches up to 14 %
     * of the ring's size beyond it: keep that much room on either side.
     */
    max-inline-size: 78cqi;
    margin-inline: min(calc(var(--_ring-size) * 0.14), 11cqi);
    aspect-ratio: 1;
    border-radius: 50%;
    text-align: center;
  }

  /*
   * The ring: a track, and two arcs each seen through its own half of the ring (a clip path). The
   * arcs turn out of sight by transforms (moveRing), which the compositor draws: no style, layout
   * or paint while they move.
   */
  .ring,
  .track,
  .half {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
  }

  .ring {
    --_arc: var(--_ring);
  }

  .half.l {
    clip-path: inset(0 50% 0 0);
  }

  .half.r {
    clip-path: inset(0 0 0 50%);
  }

  .arc {
    position: absolute;
    inset: 14.645%;
  }

  .arc svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }

  .track circle,
  .arc path {
    fill: none;
    stroke-width: 5;
  }

  .track circle {
    stroke: var(--_surface-2);
  }

  .arc path {
    stroke: var(--_arc);
    stroke-width: 7.07;
  }

  .rest .ring,
  .paused .ring {
    --_arc: var(--_muted);
  }

  /* Text inside the ring shrinks with it when the ring is narrower than it would like (big text, small screen). */
  .display {
    container-type: inline-size;
  }

  .readout {
    font-size: min(1em, 7.75cqi);
    position: relative;
    display: grid;
    justify-items: center;
    gap: var(--_space-1);
  }

  .phase {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }

  .time {
    display: inline-block;
    font-size: 3em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
  }

  .side {
    display: inline-block;
    padding: 0.1em 0.75em;
    border: 0.0625em solid var(--_accent);
    border-radius: 1em;
    font-weight: 600;
  }

  .side::first-letter {
    text-transform: uppercase;
  }

  /* The last 3 seconds: a colour change for everyone, a gentle pulse unless motion is reduced. */
  .ending .time {
    color: var(--_accent);
  }

  @media (prefers-reduced-motion: no-preference) {
    .ending .time {
      animation: pulse 1s ease-in-out infinite;
    }
  }

  @keyframes pulse {
    50% {
      transform: scale(1.08);
    }
  }

  .step {
    justify-self: stretch;
  }

  .safety {
    padding-inline-start: var(--_space-3);
    border-inline-start: 0.1875em solid var(--_border);
  }

  .next {
    font-weight: 600;
  }

  /* Complete or stopped */
  .end {
    padding: var(--_space-4);
    border-radius: var(--_radius);
    background: var(--_surface-2);
    text-align: center;
  }

  .end.stopped {
    border-inline-start: 0.25em solid var(--_danger);
    text-align: start;
  }

  /* Controls */
  /* Pause on its own row; then Previous, Next, Restart and Stop, wrapping as the width allows. */
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }

  .controls button {
    flex: 1 1 auto;
  }

  button,
  summary,
  select {
    font: inherit;
    color: inherit;
  }

  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    min-block-size: 2.75em;
    padding: var(--_space-2) var(--_space-3);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }

  button:hover {
    background: var(--_surface-2);
  }

  .controls .primary {
    flex-basis: 100%;
    min-block-size: 3.25em;
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }

  .primary:hover {
    background: color-mix(in srgb, var(--_accent) 85%, var(--_text));
  }

  .stop {
    border-color: var(--_danger);
    color: var(--_danger);
    font-weight: 600;
  }

  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .icon.fill {
    fill: currentColor;
    stroke: none;
  }

  :host(:dir(rtl)) .icon.dir {
    transform: scaleX(-1);
  }

  /* Settings */
  .settings {
    border-block-start: 0.0625em solid var(--_border);
    padding-block-start: var(--_space-3);
  }

  summary {
    padding-block: 0.625em;
    cursor: pointer;
    font-weight: 600;
  }

  .fields {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3) var(--_space-5);
    padding-block: var(--_space-2);
  }

  .field,
  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    min-block-size: 2.75em;
  }

  /* With large text on a narrow screen the menu goes below its label, and no wider than the timer. */
  .field {
    flex-wrap: wrap;
    max-inline-size: 100%;
  }

  select {
    max-inline-size: 100%;
    min-block-size: 2.75em;
    padding-inline: var(--_space-2);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  input[type='checkbox'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }

  @media (forced-colors: active) {
    .ring {
      forced-color-adjust: none;
      --_arc: Highlight;
    }

    .track circle {
      stroke: GrayText;
    }

    .bar-value {
      forced-color-adjust: none;
      background: Highlight;
    }

    .bar {
      outline: 0.0625em solid CanvasText;
    }

    /* HighlightText on Highlight as set: no backplate in Canvas behind the label. */
    .controls .primary {
      forced-color-adjust: none;
    }
  }

  .empty {
    margin: 0;
    padding: var(--_space-3) var(--_space-4);
    border: 0.0625em dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
  }
`;
