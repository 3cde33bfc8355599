import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Claim, Precaution, Technique } from '../../data/types.js';
import { debunkedClaims, routineForAreas, strongestClaim, techniqueWarnings } from '../../data/query.js';
import { clinicContext } from '../../context/contexts.js';
import type { TryRoutineDetail } from '../../context/flow-events.js';
import { Provided } from '../../context/provided.js';
import { byId, pick } from './content.js';
import { buttonStyles } from '../../internal/button.styles.js';
import { heading } from '../../internal/heading.js';
import { flag, ids, oneOf, text } from '../../internal/coerce.js';
import { monthYear } from '../../internal/localize/localize.js';
import { TechniqueElement } from './technique-element.js';
import { reportFor } from '../../internal/report-for.js';
import { errorBox } from '../../internal/error-box.js';
import { styles } from './technique-card.styles.js';
import { shownAbove, type ShowsBelow } from './shown-above.js';

export type TechniqueCardVariant = 'full' | 'compact';

const printMedia = globalThis.matchMedia?.('print');

/**
 * An honest, readable explainer of one massage technique: what it is, how it is done and feels,
 * how long a session takes, what it is used for, what the evidence says (with a certainty label in
 * words and a linked source for every claim), who should be careful, related techniques, a
 * "Try at home" routine and, when the clinic sets a booking address, a "Book …" link.
 *
 * The compact variant is a short face for lists: the name, summary, pressure, the claim with the
 * strongest evidence (its certainty in words), one safety line ("3 safety checks", a button that
 * opens every warning: red flags with their tiers, who should avoid it, who should take care),
 * "Learn more" for the rest and, when a booking address is set, a visible "Book …" link. In a
 * `<bw-technique-list>`, precautions the list shows once above its cards are left off each card.
 * Claims the evidence goes against are never on the face: the full card explains them in a
 * neutral "What it can't do" section. Printed, every section shows and links are followed by
 * their address.
 *
 * @summary Technique explainer card: what a massage technique is, feels like, may help with (and how sure the evidence is) and who should be careful.
 * @tag bw-technique-card
 * @customElement bw-technique-card
 *
 * @fires {CustomEvent<TryRoutineDetail>} bw-try-routine - "Try at home" was chosen. Detail: `{ routineId, techniqueId }`. Cancelable: when `routine-href` makes it a link, `preventDefault()` stops the navigation (a `<bw-provider>` does so to open the routine in a stretch timer).
 * @fires {CustomEvent<BwErrorDetail>} bw-error - The technique id is unknown or missing, or `heading-level`, `variant` or a link template is invalid. Detail: `{ code, message, value }`.
 *
 * @slot image - The clinic's own picture of the technique (give it alt text, or `alt=""` if it is decorative). Shown at the top.
 * @slot notes - The clinic's own notes, e.g. prices or who at the clinic offers it. Shown before the actions.
 *
 * @csspart base - The card.
 * @csspart header - Name, other names and summary.
 * @csspart title - The technique's name (a heading).
 * @csspart summary - The one-sentence summary.
 * @csspart pressure - Pressure in words, with a 1–5 dot scale.
 * @csspart section-title - Each section's heading.
 * @csspart helps-with - "Often used for": conditions and body areas.
 * @csspart warnings - "Safety first": red flags and precautions of kind avoid (full variant; in the compact variant, inside the safety details).
 * @csspart strongest - Compact variant: the claim with the strongest evidence, with its certainty.
 * @csspart safety-button - Compact variant: the "3 safety checks" disclosure button.
 * @csspart safety - Compact variant: the safety details the button opens (every warning of the card).
 * @csspart more-button - The "Learn more" disclosure button (compact variant).
 * @csspart more - Everything the compact variant hides until "Learn more" (always shown in the full variant).
 * @csspart how - How it is done.
 * @csspart feels - What it feels like.
 * @csspart session - Typical session length.
 * @csspart evidence - What the evidence says.
 * @csspart cannot-do - "What it can't do": claims the evidence goes against, in neutral words.
 * @csspart side-effects - Common side effects, how rare serious harm is, and the sources.
 * @csspart precautions - "Take care if": the other precautions.
 * @csspart related - Related techniques.
 * @csspart notes - The wrapper of the notes slot.
 * @csspart actions - The row of "Try at home" and (full variant) "Book …".
 * @csspart try-routine - The "Try at home" button or link.
 * @csspart book - The "Book …" link (on the face of a compact card, among the actions of a full one).
 * @csspart reviewed - When the technique's content was last reviewed.
 * @csspart error - The message shown when the technique cannot be shown.
 *
 * @cssprop --bw-color-accent - Links, buttons, pressure dots and focus ring.
 * @cssprop --bw-color-on-accent - Text on the booking button.
 * @cssprop --bw-color-surface - Card background.
 * @cssprop --bw-color-surface-2 - Background of the safety box and the certainty labels.
 * @cssprop --bw-color-text - Text colour.
 * @cssprop --bw-color-muted - Secondary text (other names, sources).
 * @cssprop --bw-color-border - Card border and dividers.
 * @cssprop --bw-color-danger - Safety warnings.
 * @cssprop --bw-radius - Corner radius.
 */
export class BwTechniqueCard extends TechniqueElement implements ShowsBelow {
  static override styles = [...TechniqueElement.styles, buttonStyles, styles];
  static override coercions = {
    ...TechniqueElement.coercions,
    technique: text(''),
    variant: oneOf(['full', 'compact'] as const, 'full'),
    expanded: flag(),
    areas: ids(),
  };

  /** Id of the technique to explain, e.g. `deep-tissue`. */
  @property() technique = '';

  /** `full` (default) shows everything; `compact` hides the details behind "Learn more". */
  @property({ reflect: true }) variant: TechniqueCardVariant = 'full';

  /** Whether a compact card's details are shown. "Learn more" toggles it; it resets when `technique` changes. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /**
   * The body areas the visitor chose (ids, a list or space-separated text, e.g. `neck shoulders`):
   * "Try at home" then offers a routine for them, never one for another area, and no routine when
   * none covers them. A `<bw-technique-list>` sets it from its filter or the shared selection.
   * Empty (default): the technique's first routine.
   */
  @property({ attribute: false }) areas: string[] = [];

  /** The clinic configuration of the `<bw-provider>` around the card: its booking link, when the card has no `booking-url`. */
  private readonly providedClinic = new Provided(this, clinicContext);

  @state() private hasNotes = false;
  /** Whether a compact card's safety details are open. */
  @state() private safetyOpen = false;

  /** @internal Precautions a list around the card shows once above it (see shown-above.ts). */
  @state() [shownAbove]?: ReadonlySet<string>;
  /** Set once the page is printed (or print is emulated): closed details are rendered so print styles can show them. */
  @state() private printing = false;

  private readonly onPrint = () => (this.printing = true);

  private item: Technique | undefined;
  private problem = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const l = this.localize;
    if (changed.has('technique') || changed.has('content')) {
      if (changed.get('technique') !== undefined) this.expanded = this.safetyOpen = false;
      const id = this.technique;
      this.item = byId(this.content.techniques, id);
      this.problem = this.item
        ? ''
        : id
          ? l.term('unknownId', l.term('idKind', 'technique'), id)
          : l.term('noTechnique');
      // Reported when it arrives: a new content that still lacks the technique says nothing new.
      const code = id ? 'unknown-technique' : 'missing-technique';
      reportFor(this, 'technique', this.item ? [] : [{ code, message: this.problem, value: id }]);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (printMedia?.matches) this.printing = true;
    addEventListener('beforeprint', this.onPrint);
    printMedia?.addEventListener('change', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.onPrint);
    printMedia?.removeEventListener('change', this.onPrint);
  }

  private toggle(): void {
    this.expanded = !this.expanded;
  }

  /** The routine "Try at home" offers: one for the chosen areas (see `areas`). */
  private routineId(): string | undefined {
    return this.item && routineForAreas(this.content, this.item.id, this.areas);
  }

  private tryRoutine(event: Event): void {
    const detail: TryRoutineDetail = { routineId: this.routineId()!, techniqueId: this.item!.id };
    if (!this.emit('bw-try-routine', detail, { cancelable: true })) {
      event.preventDefault();
    }
  }

  private onNotesChange(event: Event): void {
    this.hasNotes = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  }

  private section(part: string, title: string, body: unknown): TemplateResult {
    return html`<section class="section ${part}" part=${part}>
      ${heading(this.headingLevel + 1, 'section-title', title)}${body}
    </section>`;
  }

  private precautionList(
    part: string,
    title: string,
    items: (TemplateResult | typeof nothing)[],
  ): TemplateResult | typeof nothing {
    const list = items.filter((item) => item !== nothing);
    return list.length
      ? this.section(
          part,
          title,
          html`<ul class="precautions" role="list">
            ${list}
          </ul>`,
        )
      : nothing;
  }

  private toggleSafety(): void {
    this.safetyOpen = !this.safetyOpen;
  }

  /** A claim and its findings. `neutral`: for "What it can't do", the findings without a certainty badge. */
  private renderClaim(claim: Claim, neutral = false): TemplateResult {
    const l = this.localize;
    return html`<li class="claim">
      <p class="claim-text">${claim.text}</p>
      ${pick(this.content.evidence, claim.evidence).map(
        (note) =>
          html`<div class="finding">
            ${neutral ? nothing : html`<p class="certainty ${note.certainty}">${l.term('certainty', note.certainty)}</p>`}
            <p>${note.verdict}</p>
            <p class="small">${l.term('studied', note.population, note.comparator)}</p>
            <p>${this.renderSource(note.source)}</p>
          </div>`,
      )}
    </li>`;
  }

  /** A section of claims with its intro line; none when there are no claims. `neutral`: no certainty badges. */
  private claimSection(
    part: string,
    title: 'whatTheEvidenceSays' | 'cannotDo',
    intro: 'evidenceIntro' | 'cannotDoIntro',
    claims: readonly Claim[],
    neutral = false,
  ): TemplateResult | typeof nothing {
    const l = this.localize;
    return claims.length
      ? this.section(
          part,
          l.term(title),
          html`<p class="small">${l.term(intro)}</p>
            <ul class="claims" role="list">
              ${claims.map((claim) => this.renderClaim(claim, neutral))}
            </ul>`,
        )
      : nothing;
  }

  /** Where "Book …" goes: the card's own template, else the provider's booking link; undefined for none. */
  private bookingHref(t: Technique): string | undefined {
    return this.bookingUrl
      ? this.href('bookingUrl', { technique: t.id })
      : this.providedClinic.value?.bookingHref(t.id);
  }

  private renderBook(t: Technique): TemplateResult | typeof nothing {
    const booking = this.bookingHref(t);
    return booking
      ? html`<a class="button primary" part="book" href=${booking}>${this.localize.term('bookNamed', t.name)}</a>`
      : nothing;
  }

  /** "Often used for": the conditions and body areas. */
  private renderHelpsWith(t: Technique): TemplateResult {
    const l = this.localize;
    const content = this.content;
    return this.section(
      'helps-with',
      l.term('oftenUsedFor'),
      html`<ul class="tags" role="list">
          ${pick(content.conditions, t.conditions).map((c) => html`<li>${c.name}</li>`)}
        </ul>
        <p>${l.term('bodyAreas', l.list(pick(content.areas, t.areas).map((a) => a.name)))}</p>`,
    );
  }

  /** Everything below "Learn more". Not rendered while a compact card is closed (a list stays light), except for print. */
  private renderMore(t: Technique, about: TemplateResult, others: Precaution[]): TemplateResult {
    const l = this.localize;
    const content = this.content;
    const compact = this.variant === 'compact';
    const routineId = this.routineId();
    const routine = routineId ? byId(content.routines, routineId) : undefined;
    const tryLabel = html`${routine ? l.term('tryRoutine', routine.title) : l.term('tryAtHome')}${about}`;
    const routineHref = routineId && this.href('routineHref', { routine: routineId });
    const related = pick(content.techniques, t.related);
    const debunked = debunkedClaims(content, t);
    const supported = t.claims.filter((claim) => !debunked.includes(claim));
    return html`${compact ? this.renderHelpsWith(t) : nothing}
      ${this.section('how', l.term('howItIsDone'), html`<p>${t.howItIsDone}</p>`)}
      ${this.section('feels', l.term('whatItFeelsLike'), html`<p>${t.feelsLike}</p>`)}
      ${this.section(
        'session',
        l.term('typicalSession'),
        html`<p>${l.term('sessionMinutes', t.sessionMinutes.min, t.sessionMinutes.max)}</p>`,
      )}
      ${this.claimSection('evidence', 'whatTheEvidenceSays', 'evidenceIntro', supported)}
      ${this.claimSection('cannot-do', 'cannotDo', 'cannotDoIntro', debunked, true)}
      ${this.section(
        'side-effects',
        l.term('sideEffects'),
        html`<p>${t.sideEffects.common}</p>
          <p>${t.sideEffects.rare}</p>
          <p class="small">${this.renderSource(t.sideEffects.sources)}</p>`,
      )}
      ${
        compact
          ? nothing
          : this.precautionList(
              'precautions',
              l.term('takeCare'),
              others.map((p) => this.renderPrecaution(p)),
            )
      }
      ${
        related.length
          ? this.section(
              'related',
              l.term('relatedTechniques'),
              html`<ul class="tags" role="list">
                ${related.map((r) => {
                  const href = this.href('techniqueHref', { technique: r.id });
                  return html`<li>${href ? html`<a href=${href}>${r.name}</a>` : r.name}</li>`;
                })}
              </ul>`,
            )
          : nothing
      }
      <div class="notes" part="notes" ?hidden=${!this.hasNotes}>
        <slot name="notes" @slotchange=${this.onNotesChange}></slot>
      </div>
      <div class="actions" part="actions">
        ${
          !routineId
            ? nothing
            : routineHref
              ? html`<a class="button" part="try-routine" href=${routineHref} @click=${this.tryRoutine}>${tryLabel}</a>`
              : html`<button type="button" class="button" part="try-routine" @click=${this.tryRoutine}>
                  ${tryLabel}
                </button>`
        }
        ${compact ? nothing : this.renderBook(t)}
      </div>
      ${
        t.reviewed
          ? html`<p class="small reviewed" part="reviewed">
              ${l.term('reviewedOn', monthYear(l, t.reviewed.date), t.reviewed.role)}
            </p>`
          : nothing
      }`;
  }

  /** The compact card's claim with the strongest evidence, its certainty in words first. */
  private renderStrongest(t: Technique): TemplateResult | typeof nothing {
    const best = strongestClaim(this.content, t, this.areas);
    if (!best) return nothing;
    return html`<p class="strongest" part="strongest">
      <span class="certainty ${best.certainty}">${this.localize.term('certainty', best.certainty)}</span>
      ${best.claim.text}
    </p>`;
  }

  /**
   * The compact card's row of disclosures, "3 safety checks" (every warning of the card; or, when a
   * list shows them all above, a pointer there) and "Learn more", then the safety details.
   */
  private renderSafety(items: (TemplateResult | typeof nothing)[], about: TemplateResult): TemplateResult {
    const l = this.localize;
    const list = items.filter((item) => item !== nothing);
    const closed = !this.safetyOpen && !this.printing;
    return html`<div class="face-actions">
        ${
          list.length
            ? html`<button
                type="button"
                class="button safety-button"
                part="safety-button"
                aria-expanded=${this.safetyOpen ? 'true' : 'false'}
                aria-controls="safety"
                @click=${this.toggleSafety}
              >
                ${l.term('safetyChecks', list.length)}${about}
              </button>`
            : nothing
        }
        <button
          type="button"
          class="button more-button"
          part="more-button"
          aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls="more"
          @click=${this.toggle}
        >
          ${l.term('learnMore')}${about}
        </button>
        ${list.length ? nothing : html`<p class="small safety-line">${l.term('safetySeeAbove')}</p>`}
      </div>
      ${
        list.length
          ? html`<div id="safety" class="safety warnings" part="safety" ?hidden=${!this.safetyOpen}>
              ${
                closed
                  ? nothing
                  : html`<ul class="precautions" role="list">
                      ${list}
                    </ul>`
              }
            </div>`
          : nothing
      }`;
  }

  protected override render(): TemplateResult {
    const t = this.item;
    if (!t) return errorBox(this.localize, this.problem);
    const l = this.localize;
    const compact = this.variant === 'compact';
    const scale = Math.max(1, Math.min(5, Math.round(t.pressure.scale)));
    // The technique's own precautions and those that apply to every technique; red flags first.
    // A list around a compact card may show some once above it: the card shows the rest.
    const above = compact ? this[shownAbove] : undefined;
    const own = (p: Precaution) => !above?.has(p.id);
    const warnings = techniqueWarnings(this.content, t);
    const redFlags = warnings.redFlags.filter(own);
    const precautions = warnings.precautions.filter(own);
    const urgent = precautions.filter((p) => p.kind === 'avoid');
    const others = precautions.filter((p) => p.kind !== 'avoid');
    const about = html`<span class="visually-hidden"> ${l.term('aboutName', t.name)}</span>`;
    const hidden = compact && !this.expanded;
    const warningItems: (TemplateResult | typeof nothing)[] = [
      this.renderRedFlags(redFlags),
      ...urgent.map((p) => this.renderPrecaution(p)),
    ];

    return html`<article class="card" part="base">
      <slot name="image"></slot>
      <header class="header" part="header">
        ${heading(this.headingLevel, 'title', t.name)}
        ${t.aka.length && !compact ? html`<p class="small">${l.term('alsoCalled', l.list(t.aka))}</p>` : nothing}
        <p class="summary" part="summary">${t.summary}</p>
      </header>
      <p class="pressure" part="pressure">
        <span class="meter" aria-hidden="true"
          >${'●'.repeat(scale)}<span class="off">${'○'.repeat(5 - scale)}</span></span
        >
        ${
          compact
            ? html`${l.term('pressureShort', l.term('pressureWord', t.pressure.level))}<span class="visually-hidden"
                  >${l.term('pressureScale', scale)}</span
                >`
            : l.term('pressure', l.term('pressureWord', t.pressure.level), scale)
        }
      </p>
      ${
        compact
          ? html`${this.renderStrongest(t)}
            ${this.renderSafety([...warningItems, ...others.map((p) => this.renderPrecaution(p))], about)}
            ${this.renderBook(t)}`
          : html`${this.renderHelpsWith(t)} ${this.precautionList('warnings', l.term('safetyFirst'), warningItems)}`
      }
      <div id="more" class="more" part="more" ?hidden=${hidden}>
        ${hidden && !this.printing ? nothing : this.renderMore(t, about, others)}
      </div>
    </article>`;
  }
}
