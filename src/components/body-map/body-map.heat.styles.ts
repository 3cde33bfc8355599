import { unsafeCSS } from 'lit';

/**
 * Heat-scale rules for severity ratings 0–10, generated from constants (no outside input reaches
 * this CSS): a yellow-to-dark-red scale, light text from 6 up. A separate sheet, after the main one, so the main sheet stays a plain `css` literal
 * that the build can minify. In forced colors every rated region is drawn like a selected one.
 */
const HEAT = [
  '#fff4c2',
  '#ffe9a3',
  '#ffd983',
  '#ffc46b',
  '#fbab5a',
  '#f48e4b',
  '#e9713f',
  '#d75434',
  '#bd3a2b',
  '#9c2422',
  '#76141a',
];

const rules = HEAT.map(
  (colour, n) =>
    `.sev-${n}{fill:${colour}}` +
    `.option-rating.sev-${n},.severity-value.sev-${n}{background:${colour};color:${n >= 6 ? '#fff' : '#1c1c1c'}}`,
).join('');

const forced = HEAT.map((_, n) => `.region.sev-${n}`).join(',');

export const heatStyles = unsafeCSS(
  `${rules}@media (forced-colors:active){${forced}{fill:Highlight;stroke:CanvasText;stroke-width:3}}`,
);
