import { unsafeCSS } from 'lit';

/**
 * Heat-scale rules for severity ratings 0–10, generated from constants (no outside input reaches
 * this CSS). A separate sheet, after the main one, so the main sheet stays a plain `css` literal
 * that the build can minify. In forced colors every rated region is drawn like a selected one.
 */
const LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

const rules = LEVELS.map(
  (n) =>
    `.sev-${n} .shape,.sev-${n}:hover .shape{fill:var(--_heat-${n})}` +
    `.option-rating.sev-${n},.severity-value.sev-${n}{background:var(--_heat-${n});color:${n >= 6 ? '#fff' : '#1c1c1c'}}`,
).join('');

const forced = LEVELS.map((n) => `.sev-${n} .shape`).join(',');

export const heatStyles = unsafeCSS(
  `${rules}@media (forced-colors:active){${forced}{fill:Highlight;stroke:CanvasText;stroke-width:3}}`,
);
