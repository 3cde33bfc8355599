import { html, nothing, type TemplateResult } from 'lit';
import type { HelpTexts, Precaution, Urgency, WarningSign } from '../data/types.js';
import type { LocalizeController } from './localize/localize.js';

/** Warning signs of one urgency (from `signsByUrgency` in the data queries). */
export interface SignGroup {
  urgency: Urgency;
  signs: readonly WarningSign[];
}

/**
 * One precaution that is not a red flag, as a list item: its kind in words, title, who it is for,
 * what to do, and its source. The same in cards, lists and the stretch timer.
 */
export function renderPrecaution(
  p: Precaution,
  l: LocalizeController,
  source: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  return html`<li class="precaution ${p.kind}">
    <p>
      <span class="kind">${l.term('precautionKind', p.kind)}</span> <strong class="precaution-title">${p.title}</strong>
    </p>
    <p>${p.when} ${p.action} ${source}</p>
  </li>`;
}

/**
 * The red flags that apply to one page (a card's, a list's, a routine's) as one list item: their
 * titles; for a single flag, who it is for; then every sign once, grouped by urgency, each group
 * led by its urgency named in words ("Emergency", "Urgent", "Soon": never colour alone) and what
 * to do, in the clinic's words ("Call your local emergency number now … if you have:"); then what
 * to do about massage, the crisis line where one applies, and the sources.
 *
 * Needs the terms of the `warnings` group in en.ts and the styles in warning.styles.ts.
 */
export function renderRedFlags(
  flags: readonly Precaution[],
  groups: readonly SignGroup[],
  help: HelpTexts,
  l: LocalizeController,
  sources: TemplateResult | typeof nothing = nothing,
): TemplateResult | typeof nothing {
  if (!flags.length) return nothing;
  const actions = [...new Set(flags.map((p) => p.action))];
  return html`<li class="precaution red-flag">
    <p>
      <span class="kind">${l.term('precautionKind', 'red-flag')}</span>
      <strong class="precaution-title">${l.list(flags.map((p) => p.title))}</strong>
    </p>
    ${flags.length === 1 ? html`<p>${flags[0]!.when}</p>` : nothing}
    ${groups.map(
      (g) =>
        html`<div class="tier ${g.urgency}">
          <p class="tier-head">
            <span class="tier-name">${l.term('urgencyName', g.urgency)}</span>
            ${l.term('urgencyIf', help[g.urgency])}
          </p>
          <ul class="signs">
            ${g.signs.map((s) => html`<li>${s.text}</li>`)}
          </ul>
        </div>`,
    )}
    ${flags.some((p) => p.crisis) ? html`<p class="crisis"><strong>${l.term('crisisName')}</strong> ${help.crisis}</p>` : nothing}
    <p>${actions.join(' ')} ${sources}</p>
  </li>`;
}
