import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { property, state } from 'lit/decorators.js';
import { areasOfRegions, rankTechniques, rankTechniquesForCondition, techniqueWarnings } from '../../data/query.js';
import type { Condition, Dataset, Precaution, Technique } from '../../data/types.js';
import { selectionContext } from '../../context/contexts.js';
import { Provided } from '../../context/provided.js';
import { byId, ids as idsIn, pick } from './content.js';
import { ids, text } from '../../internal/coerce.js';
import { TechniqueElement } from './technique-element.js';
import { reportFor } from '../../internal/report-for.js';
import { errorBox } from '../../internal/error-box.js';
// The list renders cards: keep the card's class (and its tag's types) with it. Registering is the entry's job.
import type { BwTechniqueCard } from './technique-card.js';
import './technique-card.js';
import { heading } from '../../internal/heading.js';
import { styles } from './technique-card.styles.js';
import { buttonStyles } from '../../internal/button.styles.js';
import { shownAbove } from './shown-above.js';

/**
 * The massage techniques for a body area, a body map region or a condition, as compact
 * technique cards, most relevant first, with a count; a polite message when none match.
 * With no filter it lists every technique. It follows its attributes as they change.
 *
 * Inside a `<bw-provider>` it shows the provider's dataset and, when it has no filter of its own
 * (no `area`, `region`, `condition` or `areas`), follows the shared selection: the techniques for
 * the areas chosen on a body map in the same provider (every technique while nothing is chosen).
 *
 * Relevance: for areas, the techniques clinics typically use there come first, ranked by the
 * evidence for the conditions felt there (`rankTechniques`); those used there only sometimes wait
 * behind "Show all N". For a condition, its typical techniques in its own order, the others behind
 * "Show all N" (`rankTechniquesForCondition`). With no filter, every technique.
 *
 * Warnings are said once: the warning signs of the condition or the chosen areas, grouped by
 * urgency, above the cards; and, when several cards show, the precautions they all share, under
 * "Before any massage" (each card then lists only its own extras). For a condition, what has the
 * best support for it (massage or not) comes first.
 *
 * Needs `<bw-technique-card>`: import `bodywork-elements/technique-card`, which registers both.
 *
 * @summary A list of technique cards for a body area, body map region or condition, most relevant first.
 * @tag bw-technique-list
 *
 * @fires {CustomEvent<BwErrorDetail>} bw-error - An area, region or condition id is unknown, or `heading-level` or a link template is invalid. Detail: `{ code, message, value }`.
 * @fires {CustomEvent<TryRoutineDetail>} bw-try-routine - Bubbles up from a card's "Try at home". Detail: `{ routineId, techniqueId }`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart count - The count, e.g. "4 techniques for Neck" (announced politely when it changes).
 * @csspart best-supported - For a condition: what has the best support for it, with its sources.
 * @csspart red-flags - The warning signs of the condition or the chosen areas, above the cards.
 * @csspart shared - "Before any massage": the precautions every card shown shares, said once above them.
 * @csspart shared-title - The "Before any massage" heading (at `heading-level`, like the cards' names).
 * @csspart shared-button - The button that opens the shared precautions ("14 safety checks").
 * @csspart list - The list of cards.
 * @csspart show-all - The "Show all N" / "Show only the usual ones" button, when some techniques are used there only sometimes.
 * @csspart card - Each `<bw-technique-card>` (style the card element itself; its inside has its own parts).
 * @csspart empty - The message shown when no technique matches.
 * @csspart error - The message shown when a filter id is unknown.
 *
 * @cssprop --bw-color-accent - Links, buttons and focus ring.
 * @cssprop --bw-color-text - Text colour.
 * @cssprop --bw-color-border - Borders of the cards and of the empty message.
 * @cssprop --bw-color-danger - Warning signs.
 */
export class BwTechniqueList extends TechniqueElement {
  static override styles = [...TechniqueElement.styles, buttonStyles, styles];
  static override coercions = {
    ...TechniqueElement.coercions,
    area: text(''),
    region: text(''),
    condition: text(''),
    areas: ids(),
  };

  /** Body area id(s), space-separated, e.g. `lower-back` or `neck shoulders`. */
  @property() area = '';

  /** Body map region id(s), space-separated, e.g. `shoulder-left`: each stands for its area. */
  @property() region = '';

  /** Condition id, e.g. `neck-pain`: its techniques, in its order (narrowed to the areas, if any are set too). */
  @property() condition = '';

  /** Area ids set from code, e.g. a body map's `selectedAreas` (or text with ids separated by spaces); added to `area`. */
  @property({ attribute: false }) areas: string[] = [];

  /** The shared selection of the `<bw-provider>` around the list, followed when the list has no filter of its own. */
  private readonly providedSelection = new Provided(this, selectionContext, (_, old) =>
    this.requestUpdate('selection', old),
  );
  private get selection() {
    return this.providedSelection.value;
  }

  /** Whether the techniques used there only sometimes are shown too. Resets when the filter changes. */
  @state() private showingAll = false;
  /** Whether "Before any massage" is open. */
  @state() private sharedOpen = false;

  private items: Technique[] = [];
  private more: Technique[] = [];
  /** The ids of the precautions shown above the cards (the same set while they do not change, so cards do not redraw). */
  private sharedIds: ReadonlySet<string> = new Set();
  private areaIds: string[] = [];
  private chosen: Condition | undefined;
  private topic = '';
  private problem = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const keys = ['area', 'region', 'condition', 'areas', 'content', 'selection'] as const;
    if (!keys.some((key) => changed.has(key as keyof BwTechniqueList))) return;
    const l = this.localize;
    const content = this.content;
    const unknown: [kind: string, id: string][] = [];
    const areaIds = new Set<string>();
    const own = [...idsIn(this.area), ...this.areas];
    for (const id of own) {
      if (byId(content.areas, id)) areaIds.add(id);
      else unknown.push(['area', id]);
    }
    // No filter of its own: the provider's shared selection (areas the content lacks are left out quietly).
    if (!own.length && !idsIn(this.region).length && !this.condition) {
      for (const id of this.selection?.areas ?? []) if (byId(content.areas, id)) areaIds.add(id);
    }
    const regionIds = idsIn(this.region);
    for (const id of regionIds) if (!byId(content.regions, id)) unknown.push(['region', id]);
    for (const area of areasOfRegions(content, regionIds)) areaIds.add(area);
    this.chosen = this.condition ? byId(content.conditions, this.condition) : undefined;
    if (this.condition && !this.chosen) unknown.push(['condition', this.condition]);

    const messages = unknown.map(([kind, id]) => l.term('unknownId', l.term('idKind', kind), id));
    this.problem = messages.join(' ');
    // One report per kind of input, when its problem arrives: not again on later, unrelated changes.
    for (const kind of ['area', 'region', 'condition']) {
      const bad = unknown.filter(([k]) => k === kind);
      const message = bad.map(([, id]) => l.term('unknownId', l.term('idKind', kind), id)).join(' ');
      const value = bad.map(([, id]) => id).join(' ');
      reportFor(this, kind, bad.length ? [{ code: `unknown-${kind}`, message, value }] : []);
    }

    const areas = pick(content.areas, [...areaIds]);
    const before = this.areaIds.join(' ');
    this.areaIds = areas.map((a) => a.id);
    const ranked = this.chosen
      ? rankTechniquesForCondition(content, this.chosen)
      : rankTechniques(content as Dataset, this.areaIds);
    if (this.chosen && this.areaIds.length) {
      // A condition and areas: the condition's techniques that are used there.
      const there = (t: Technique) => t.areas.some((a) => this.areaIds.includes(a));
      ranked.typical = ranked.typical.filter(there);
      ranked.more = ranked.more.filter(there);
    }
    this.items = ranked.typical;
    this.more = ranked.more;
    const topic = this.chosen?.name ?? l.list(areas.map((a) => a.name));
    if (topic !== this.topic || before !== this.areaIds.join(' ')) this.showingAll = false;
    this.topic = topic;
  }

  /**
   * The precautions every shown card has, when two or more cards show: said once, above them.
   * Red flags stay on the cards (the list shows the areas' or condition's own above).
   */
  private sharedPrecautions(cards: readonly Technique[]): Precaution[] {
    if (cards.length < 2) return [];
    const [first, ...rest] = cards.map((t) => techniqueWarnings(this.content, t).precautions);
    return first!.filter((p) => rest.every((list) => list.some((q) => q.id === p.id)));
  }

  private renderShared(shared: readonly Precaution[]): TemplateResult | typeof nothing {
    if (!shared.length) return nothing;
    const l = this.localize;
    return html`<section class="shared" part="shared" aria-labelledby="shared-title">
      ${heading(this.headingLevel, 'shared-title', l.term('beforeAnyMassage'), 'shared-title')}
      <button
        type="button"
        class="button safety-button"
        part="shared-button"
        aria-expanded=${this.sharedOpen ? 'true' : 'false'}
        aria-controls="shared"
        @click=${() => (this.sharedOpen = !this.sharedOpen)}
      >
        ${l.term('safetyChecks', shared.length)}
      </button>
      <div id="shared" class="safety warnings" ?hidden=${!this.sharedOpen}>
        <ul class="precautions" role="list">
          ${shared.map((p) => this.renderPrecaution(p))}
        </ul>
      </div>
    </section>`;
  }

  protected override render(): TemplateResult {
    if (this.problem) return errorBox(this.localize, this.problem);
    const l = this.localize;
    // A condition's own warning signs, else those of the areas chosen: shown once, above the cards.
    const flagIds = this.chosen?.redFlags ?? this.areaIds.flatMap((id) => byId(this.content.areas, id)?.redFlags ?? []);
    const redFlags = pick(this.content.precautions, [...new Set(flagIds)]);
    const best = this.chosen?.bestSupported;
    const cards = this.showingAll ? [...this.items, ...this.more] : this.items;
    const shared = this.sharedPrecautions(cards);
    const key = shared.map((p) => p.id).join(' ');
    if (key !== [...this.sharedIds].join(' ')) this.sharedIds = new Set(shared.map((p) => p.id));
    const sharedIds = this.sharedIds;
    const total = this.items.length + this.more.length;
    const count = this.more.length
      ? l.term('techniqueCountOf', this.items.length, total, this.topic)
      : l.term('techniqueCount', this.items.length, this.topic);
    return html`<div class="list" part="base">
      <p class="count" part="count" role="status">${count}</p>
      ${
        best
          ? html`<p class="best" part="best-supported">
              <strong>${l.term('bestSupported')}:</strong> ${best.text} ${this.renderSource(best.sources)}
            </p>`
          : nothing
      }
      ${
        redFlags.length
          ? html`<ul class="precautions red-flags" part="red-flags" role="list">
              ${this.renderRedFlags(redFlags)}
            </ul>`
          : nothing
      }
      ${this.renderShared(shared)}
      ${
        cards.length
          ? html`<ul class="items" part="list" role="list">
              ${cards.map(
                (t) =>
                  html`<li>
                    <bw-technique-card
                      part="card"
                      variant="compact"
                      technique=${t.id}
                      .areas=${this.areaIds}
                      .headingLevel=${this.headingLevel}
                      .bookingUrl=${this.valid('bookingUrl')}
                      .routineHref=${this.valid('routineHref')}
                      .techniqueHref=${this.valid('techniqueHref')}
                      .content=${this.content}
                      ${ref((card) => card && ((card as BwTechniqueCard)[shownAbove] = sharedIds))}
                    ></bw-technique-card>
                  </li>`,
              )}
            </ul>`
          : html`<p class="empty" part="empty">${l.term('noTechniques', this.topic)}</p>`
      }
      ${
        this.more.length
          ? html`<button
              type="button"
              class="button show-all"
              part="show-all"
              aria-expanded=${this.showingAll ? 'true' : 'false'}
              @click=${() => (this.showingAll = !this.showingAll)}
            >
              ${this.showingAll ? l.term('showFewer') : l.term('showAll', total)}
            </button>`
          : nothing
      }
    </div>`;
  }
}
