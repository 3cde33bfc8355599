import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { BwElement } from '../../internal/base-element.js';
import { number, text } from '../../internal/coerce.js';
import { monthYear } from '../../internal/localize/localize.js';
import { common, errors, techniqueCard, warnings } from '../../internal/localize/en.js';
import { renderPrecaution, renderRedFlags } from '../../internal/warnings.js';
import { warningStyles } from '../../internal/warning.styles.js';
import { signsByUrgency } from '../../data/query.js';
import { help as bundledHelp } from '../../data/help.js';
import type { HelpTexts, Precaution } from '../../data/types.js';
import { datasetContext } from '../../context/contexts.js';
import { Provided } from '../../context/provided.js';
import { bundledContent, byId, type TechniqueContent } from './content.js';
import { fillUrlTemplate as fillHref } from '../../internal/url-template.js';

/** The lists the elements read; content without one of them is replaced by the bundled content. */
const LISTS = ['techniques', 'conditions', 'evidence', 'precautions', 'sources', 'areas', 'regions'] as const;

type UrlProperty = 'bookingUrl' | 'routineHref' | 'techniqueHref';
const URL_ATTRIBUTES: Record<UrlProperty, string> = {
  bookingUrl: 'booking-url',
  routineHref: 'routine-href',
  techniqueHref: 'technique-href',
};

/**
 * What `<bw-technique-card>` and `<bw-technique-list>` share: their content, heading level and
 * link templates, and the source and precaution templates. Not registered as an element.
 */
export class TechniqueElement extends BwElement {
  static override styles = [...BwElement.styles, warningStyles];
  static override strings = { ...common, ...errors, ...warnings, ...techniqueCard };
  static override coercions = {
    ...BwElement.coercions,
    headingLevel: number(1, 6, 3, true),
    bookingUrl: text(undefined),
    routineHref: text(undefined),
    techniqueHref: text(undefined),
  };

  /**
   * The content to read: inside a `<bw-provider>`, the clinic's dataset it provides; else the
   * bundled dataset (without routines). Set a whole dataset, e.g. the result of `mergeDataset`,
   * to show other content: what you set wins over the provider's. `null` or `undefined` go back
   * to the provider's or the bundled content; anything that is not a dataset is reported
   * (`invalid-content`) and the content stays as it was.
   */
  @property({ attribute: false })
  get content(): TechniqueContent {
    return this.ownContent ?? this.providedDataset.value ?? bundledContent;
  }
  set content(value: TechniqueContent | null | undefined) {
    const old = this.content;
    let missing: string[];
    try {
      missing = value == null ? [] : LISTS.filter((key) => !Array.isArray((value as Record<string, unknown>)[key]));
    } catch {
      missing = [...LISTS];
    }
    if (missing.length) {
      // Not a dataset: keep the content as it was.
      this.reportError({
        code: 'invalid-content',
        message: this.localize.term('invalidData', missing.length),
        errors: missing.map((path) => ({ path, message: 'missing list' })),
      });
      return;
    }
    this.ownContent = value ?? undefined;
    this.requestUpdate('content', old);
  }

  /** The content set on the element itself, which wins over the provider's. */
  private ownContent: TechniqueContent | undefined;

  /** The dataset of the `<bw-provider>` around the element, if any: a new one is new `content`, unless the element has its own. */
  private readonly providedDataset = new Provided(this, datasetContext, (_, old) =>
    this.requestUpdate('content', this.ownContent ?? old ?? bundledContent),
  );

  /**
   * The level of the technique's name as a heading (1–6), to fit the page's outline; section
   * headings are one level below. Other values fall back to 3 with a warning.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * Where the "Book …" link goes: an http(s) address (absolute, or relative to the page) in
   * which `{technique}` is replaced by the technique's id, URL-encoded, e.g.
   * `https://clinic.example/book?treatment={technique}`. Without it, a card inside a
   * `<bw-provider>` uses the provider's booking URL, and elsewhere there is no booking button;
   * other schemes are ignored with a warning.
   */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;

  /**
   * Makes "Try at home" a real link: an http(s) address in which `{routine}` is replaced by the
   * routine's id, e.g. `/self-care?routine={routine}`. Without it "Try at home" is a button that
   * fires `bw-try-routine` (a `<bw-provider>` opens the routine in a stretch timer).
   */
  @property({ attribute: 'routine-href' }) routineHref?: string;

  /**
   * Makes related techniques links: an http(s) address in which `{technique}` is replaced by a
   * technique's id, e.g. `/treatments/{technique}`. Without it they are plain text.
   */
  @property({ attribute: 'technique-href' }) techniqueHref?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    for (const [key, attribute] of Object.entries(URL_ATTRIBUTES) as [UrlProperty, string][]) {
      const value = this[key];
      if (changed.has(key) && value && !fillHref(value)) {
        this.reportError({ code: 'invalid-url', message: this.localize.term('invalidUrl', attribute, value), value });
      }
    }
  }

  /** The link template itself when it is valid, else undefined (to pass on to cards, which then need not warn again). */
  protected valid(key: UrlProperty): string | undefined {
    return fillHref(this[key]) && this[key];
  }

  /** A link template filled in, or undefined when it is unset or not http(s). */
  protected href(key: UrlProperty, values: Record<string, string>): string | undefined {
    return fillHref(this[key], values);
  }

  /** Where to get help, by urgency: the clinic's texts, else the bundled ones. */
  protected get help(): HelpTexts {
    return this.content.help ?? bundledHelp;
  }

  /** When a source dates from: its year, or for a living web page when it was updated or checked. */
  private sourceDate(source: { year?: number; updated?: string; accessed: string }): string {
    const l = this.localize;
    if (source.year) return String(source.year);
    return source.updated
      ? l.term('sourceUpdated', monthYear(l, source.updated))
      : l.term('sourceChecked', monthYear(l, source.accessed));
  }

  /** A source's title (or, `brief`, its publisher) as a link that opens in a new tab. */
  private sourceLink(id: string, brief: boolean): TemplateResult | string | undefined {
    const source = byId(this.content.sources, id);
    if (!source) return undefined;
    const url = fillHref(source.url);
    const text = brief ? source.publisher : source.title;
    const link = url
      ? html`<a href=${url} target="_blank" rel="noopener noreferrer"
          >${text}<span class="visually-hidden"> ${this.localize.term('opensInNewTab')}</span></a
        >`
      : text;
    return brief ? link : html`${link}, ${source.publisher}, ${this.sourceDate(source)}`;
  }

  /**
   * "Source: title, publisher, year" (for a living web page, "page checked November 2026"), the
   * title a link that opens in a new tab. `brief` links the publisher's name alone (for
   * precautions, where the publisher is what readers weigh). Several ids give "Sources: …; …".
   */
  protected renderSource(ids: string | readonly string[], brief = false): TemplateResult | typeof nothing {
    const links = (typeof ids === 'string' ? [ids] : ids)
      .map((id) => this.sourceLink(id, brief))
      .filter((link) => link !== undefined);
    if (!links.length) return nothing;
    const label = this.localize.term(links.length > 1 ? 'sourcesLabel' : 'sourceLabel');
    return html`<span class="source">${label} ${links.map((link, i) => html`${i ? '; ' : ''}${link}`)}</span>`;
  }

  /** One precaution that is not a red flag: its kind in words, title, who it is for, what to do, source. */
  protected renderPrecaution(p: Precaution): TemplateResult {
    return renderPrecaution(p, this.localize, this.renderSource(p.sources, true));
  }

  /** Red flags as one list item: every warning sign once, grouped by urgency, with what to do and the sources. */
  protected renderRedFlags(flags: readonly Precaution[]): TemplateResult | typeof nothing {
    const sources = [...new Set(flags.flatMap((p) => p.sources))];
    return renderRedFlags(flags, signsByUrgency(flags), this.help, this.localize, this.renderSource(sources, true));
  }
}
