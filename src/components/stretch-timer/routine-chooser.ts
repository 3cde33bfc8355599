import { css, html, nothing, type TemplateResult } from 'lit';
import { routineDurationSeconds } from '../../data/sequence.js';
import { routineGroups, routinePlaces, type RoutinePlace } from '../../data/query.js';
import type { Area, Routine } from '../../data/types.js';
import { heading } from '../../internal/heading.js';
import type { LocalizeController } from '../../internal/localize/localize.js';

/** What the chooser shows and does. */
export interface ChooserOptions {
  routines: readonly Routine[];
  areas: readonly Area[];
  /** The areas chosen on a body map in the same provider: their routines come first. */
  chosen: readonly string[];
  headingLevel: number;
  /** Only routines done wholly in this place (standing, chair, bed, floor); undefined for any. */
  place: RoutinePlace | undefined;
  setPlace(place: RoutinePlace | undefined): void;
  choose(id: string): void;
}

const PLACES = ['standing', 'chair', 'bed', 'floor'] as const;

/**
 * What a timer shows with no routine to play: every routine, grouped by body area (those for the
 * areas chosen on a body map first), each a button with its length and where it is done (standing,
 * chair, bed, floor). Never a blank box.
 */
export function renderChooser(l: LocalizeController, o: ChooserOptions): TemplateResult {
  const fits = (r: Routine) => !o.place || routinePlaces(r).every((p) => p === o.place);
  const groups = routineGroups({ routines: o.routines.filter(fits), areas: [...o.areas] }, o.chosen);
  const chosenNames = l.list(o.areas.filter((a) => o.chosen.includes(a.id)).map((a) => a.name));
  return html`<section class="chooser" part="chooser">
    ${heading(o.headingLevel, 'chooser-title', l.term('timerChooseTitle'))}
    <fieldset class="places" part="places">
      <legend>${l.term('timerChoosePlace')}</legend>
      ${[undefined, ...PLACES].map(
        (place) =>
          html`<label class="place"
            ><input
              type="radio"
              name="place"
              .checked=${o.place === place}
              @change=${() => o.setPlace(place)}
            />${place ? l.term('timerPlaceOnly', place) : l.term('timerPlaceAny')}</label
          >`,
      )}
    </fieldset>
    ${groups.length ? nothing : html`<p class="none" role="status">${l.term('timerNoneThere')}</p>`}
    ${groups.map(
      (g) =>
        html`<div class="group">
          ${heading(
            o.headingLevel + 1,
            'group-title',
            g.kind === 'chosen'
              ? l.term('timerForChoice', chosenNames)
              : g.kind === 'area'
                ? g.area!.name
                : l.term('timerOtherRoutines'),
          )}
          <ul class="choices" role="list">
            ${g.routines.map((r) => {
              const minutes = Math.max(1, Math.round(routineDurationSeconds(r) / 60));
              const places = l.list(routinePlaces(r).map((p) => l.term('timerPlace', p)));
              return html`<li>
                <button type="button" class="choice" part="choice" @click=${() => o.choose(r.id)}>
                  <span class="choice-title">${r.title}</span>
                  <span class="choice-meta">${l.term('timerAbout', minutes)} · ${places}</span>
                </button>
              </li>`;
            })}
          </ul>
        </div>`,
    )}
  </section>`;
}

/** Styles of the chooser: a grid of large buttons, grouped under small headings. */
export const chooserStyles = css`
  /* The same box as the player, so the timer keeps its place and look on the page. */
  .chooser {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-4);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .chooser-title,
  .group-title {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }

  .group-title {
    font-size: 1em;
  }

  .group {
    display: grid;
    gap: var(--_space-2);
  }

  .places {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    margin: 0;
    padding: 0;
    border: 0;
  }

  .places legend {
    padding: 0;
    margin-block-end: var(--_space-1);
    font-weight: 600;
  }

  .place {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    min-block-size: 2.75em;
    cursor: pointer;
  }

  .place input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }

  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .choice {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    gap: 0;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: var(--_space-2) var(--_space-3);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .choice:hover {
    border-color: var(--_accent);
  }

  .choice-title {
    font-weight: 700;
    color: var(--_accent);
  }

  .choice-meta {
    font-size: 0.9375em;
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .choice,
    .choice-title,
    .choice-meta {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`;
