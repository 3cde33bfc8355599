import { ContextProvider } from '@lit/context';
import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { dataset as bundled } from '../../data/dataset.js';
import type { DatasetOverrides } from '../../data/merge.js';
import { areasOfRegions } from '../../data/query.js';
import type { AreaId, Dataset, ValidationError } from '../../data/types.js';
import { BwElement } from '../../internal/base-element.js';
import { flag, orText, shaped, text } from '../../internal/coerce.js';
import { common, errors, provider, techniqueCard } from '../../internal/localize/en.js';
import { buttonStyles } from '../../internal/button.styles.js';
import { tokens } from '../../internal/tokens.js';
import { fillBookingUrl, isBookingUrl, usesSelection } from './booking-url.js';
import { clinicData, dataScriptText, type ClinicData } from './clinic-data.js';
import {
  clinicContext,
  datasetContext,
  selectionContext,
  type ClinicConfig,
  type SharedSelection,
} from '../../context/contexts.js';
import { Provided } from '../../context/provided.js';
import { TryAtHomeController, tryDialogStyles } from './try-dialog.js';
import { ResultsSummaryController, resultsSummaryStyles } from './results-summary.js';

/** Detail of `bw-selection-change`. */
export interface SelectionChangeDetail {
  /** The chosen region ids, in the order chosen. */
  regions: string[];
  /** Their areas, in body order. */
  areas: AreaId[];
}

declare module '../../internal/events.js' {
  interface BwEventDetails {
    'bw-selection-change': SelectionChangeDetail;
  }
}

/** Region ids from a list, or from space-separated text; anything else gives none. */
function idList(value: unknown): string[] {
  const list = typeof value === 'string' ? value.split(/\s+/) : Array.isArray(value) ? value : [];
  return [...new Set(list.filter((id): id is string => typeof id === 'string' && id !== ''))];
}

/** Text for a value of any type, for messages. Never throws. */
function shown(value: unknown): string {
  try {
    return String(value);
  } catch {
    return typeof value;
  }
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const styles = css`
  :host {
    display: contents;
  }

  :host([hidden]) {
    display: none !important;
  }

  /* The provider is display: contents, so the debug summary and the dialog inherit the page's text
     styles: they start from the same defaults as every element's host. */
  .debug,
  .results,
  dialog {
    color-scheme: var(--bw-color-scheme, light dark);
    font-family: var(--bw-font-family, inherit);
    font-size: var(--bw-font-size, medium);
    font-style: normal;
    font-weight: 400;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    text-shadow: none;
    word-break: normal;
    overflow-wrap: break-word;
    line-height: 1.5;
    text-align: start;
  }

  .debug {
    display: block;
    box-sizing: border-box;
    margin: 0 0 var(--_space-4);
    padding: var(--_space-3) var(--_space-4);
    border: 0.0625em solid var(--_danger);
    border-inline-start-width: 0.3em;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .debug > * {
    margin: var(--_space-2) 0 0;
  }

  .debug > :first-child {
    margin-top: 0;
  }

  .debug strong {
    color: var(--_danger);
  }

  ul {
    padding-inline-start: 1.25em;
  }

  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }

  :focus-visible {
    outline: var(--_focus-width) solid var(--_accent);
    outline-offset: 0.125em;
  }
`;

/**
 * Gives every bodywork element inside it the clinic's content and settings, and one shared
 * selection, through `@lit/context`: a body map, the technique lists and a stretch timer inside
 * one provider act as one "where does it hurt → what can help → book" journey.
 *
 * Clinic data needs no code: put a `<script type="application/json">` inside the provider, holding
 * the overrides `mergeDataset` takes (add or replace techniques, routines, conditions, evidence,
 * precautions, sources; `hide`; `offered`; `texts`; `help`, the clinic's own emergency, urgent-care
 * and crisis-line advice; `bookingUrl`). Warnings can be added but never removed: data that would
 * drop a precaution, red flag or warning sign is refused, with its path. It is read as text, never run
 * or parsed as HTML (write `<\/script>` for a literal `</script>` inside a string). Code sets the
 * same through the `overrides` property, which then wins over the script. The script is watched:
 * changing its text re-reads it.
 *
 * Bad data never breaks the page: the elements keep the bundled content, one `bw-error` lists
 * every problem with its path, one console warning is logged, and with `debug` the site author
 * sees the list above the content.
 *
 * Layout: `display: contents`, so it adds no box and the page's flex or grid layout applies to
 * its children as if it were not there. It has no role and no semantics, so nothing is lost for
 * assistive technology. It sets no font or colour on the page's content.
 *
 * Nested providers: the nearest one wins. An inner provider starts from the outer one's dataset
 * and booking URL and applies its own data on top; its selection is its own.
 *
 * @summary Clinic data, booking link and a shared selection for every element inside it.
 * @tag bw-provider
 *
 * @slot - The page content holding the elements (and the optional `<script type="application/json">` with the clinic data).
 *
 * @fires {CustomEvent<BwErrorDetail>} bw-error - The clinic data is not JSON (code `invalid-json`) or fails validation (code `invalid-data`): the bundled content is kept; `errors` lists every problem as `{ path, message }`. Also: `booking-url` is not http(s) (code `invalid-url`, `value`), or a selection named unknown regions (code `unknown-region`, `value`). Detail: `{ code, message, value?, errors? }`.
 * @fires {CustomEvent<SelectionChangeDetail>} bw-selection-change - The shared selection changed (a body map inside it was used, or `select()` was called). Detail: `{ regions, areas }`.
 *
 * "Try at home" on a card inside it (`bw-try-routine`, when not cancelled by the page) loads the
 * routine into the `<bw-stretch-timer>` inside the provider, scrolls its title to the top of the
 * view and moves focus to the title;
 * with no timer inside, it opens the routine in a modal dialog (Close or Escape closes it and
 * focus returns to "Try at home"). The dialog needs `<bw-stretch-timer>` to be registered: until
 * it is, the event is left alone (a card's `routine-href` link is followed).
 *
 * After a visitor chooses on a body map inside it, when the provider's `<bw-technique-list>` is
 * out of view (on a phone it is often a screen or more below the figure), a short summary at the
 * bottom of the view says what was found ("4 techniques often used for Neck") with "Show them",
 * which moves focus to the list's count; it goes when the list comes into view.
 *
 * @csspart debug - The summary of problems shown with the `debug` attribute.
 * @csspart results - The polite live region at the bottom of the view that holds the summary after a choice on the map.
 * @csspart results-button - Its "Show them" button.
 * @csspart dialog - The "Try at home" dialog, when there is no stretch timer inside the provider.
 * @csspart close-button - The dialog's Close button.
 *
 * @cssprop --bw-color-danger - Border and title of the debug summary.
 * @cssprop --bw-color-surface - Background of the debug summary.
 * @cssprop --bw-color-text - Text of the debug summary.
 */
export class BwProvider extends BwElement {
  // No hostStyles: the provider wraps page content and must not set its font, colour or size.
  static override styles = [tokens, buttonStyles, styles, tryDialogStyles, resultsSummaryStyles];
  static override strings = {
    ...common,
    ...errors,
    ...provider,
    techniqueCount: techniqueCard.techniqueCount,
    techniqueCountOf: techniqueCard.techniqueCountOf,
  };
  static override coercions = {
    ...BwElement.coercions,
    bookingUrl: text(undefined),
    debug: flag(),
    // An object or JSON text; a list, a number or anything else is refused.
    overrides: orText(shaped<DatasetOverrides | undefined>((v) => !Array.isArray(v), undefined, 'expectOverrides')),
  };

  /**
   * The booking URL template: an http(s) address, absolute or relative to the page, in which
   * `{technique}`, `{region}` and `{area}` are replaced by the technique's id and the shared
   * selection's region and area ids (comma-separated), URL-encoded, e.g.
   * `https://clinic.example/book?treatment={technique}&area={area}`. Wins over `bookingUrl` in the
   * clinic data. Other schemes (`javascript:`, `data:`, …) are ignored with a `bw-error`.
   */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;

  /** Shows the site author a summary of every problem in the clinic data and settings, above the content. */
  @property({ type: Boolean, reflect: true }) debug = false;

  /**
   * Clinic data from code: the overrides `mergeDataset` takes (an object, or JSON text). When set,
   * it is used instead of the child `<script type="application/json">`.
   */
  @property({ attribute: false }) overrides?: DatasetOverrides | string | null;

  /** The text of the child data script. */
  @state() private scriptText: string | undefined;

  private data: ClinicData = clinicData(bundled, undefined);
  /** The inputs `data` and the URL check were made from, so each is redone only when they change. */
  private readFrom: { input: unknown; base: Dataset } = { input: undefined, base: bundled };
  private checkedUrl: unknown;
  private urlProblem: ValidationError | undefined;
  private validBookingUrl: string | undefined;
  private reported = '';
  private observer: MutationObserver | undefined;

  private readonly datasetProvider = new ContextProvider(this, { context: datasetContext, initialValue: bundled });
  private readonly selectionProvider = new ContextProvider(this, {
    context: selectionContext,
    initialValue: this.makeSelection([], bundled),
  });
  private readonly clinicProvider = new ContextProvider(this, {
    context: clinicContext,
    initialValue: this.makeConfig(undefined, undefined, this.selectionProvider.value),
  });
  /** Nested: an outer provider's dataset and configuration, to start from (a provider never answers itself). */
  private readonly outerDataset = new Provided(this, datasetContext);
  private readonly outerConfig = new Provided(this, clinicContext);

  constructor() {
    super();
    this.addEventListener('bw-region-select', this.onRegionSelect);
  }

  /** "Try at home": into the timer inside, or a dialog with one (try-dialog.ts). */
  private readonly tryAtHome = new TryAtHomeController(this, this.localize);
  /** After a choice on the map, "4 techniques for Neck: Show them" when the list is out of view. */
  private readonly results = new ResultsSummaryController(this, this.localize);

  // ---- Public API -------------------------------------------------------------------------

  /** The dataset provided: the clinic's merged dataset, or the bundled one (also when the clinic data has problems). */
  get content(): Dataset {
    return this.datasetProvider.value;
  }

  /** The clinic configuration provided. */
  get config(): ClinicConfig {
    return this.clinicProvider.value;
  }

  /** The shared selection provided. */
  get selection(): SharedSelection {
    return this.selectionProvider.value;
  }

  /** Every problem with the clinic data and the `booking-url` as `{ path, message }`; empty when all is well. */
  get errors(): ValidationError[] {
    return [...this.data.errors, ...(this.urlProblem ? [this.urlProblem] : [])].map((e) => ({ ...e }));
  }

  /**
   * Replaces the shared selection with these region ids (a list, or space-separated text).
   * Unknown ids are left out with a `bw-error`. Fires `bw-selection-change` when it changes.
   * Returns nothing: read `selection` for the selection that resulted.
   */
  select(regionIds: readonly string[] | string): void {
    const ids = idList(regionIds);
    const known = new Set(this.content.regions.map((r) => r.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length) {
      const value = unknown.join(' ');
      this.reportError({
        code: 'unknown-region',
        message: this.localize.term('providerUnknownRegions', unknown.join(', ')),
        value,
      });
    }
    const regions = ids.filter((id) => known.has(id));
    if (same(regions, this.selection.regions)) return;
    this.publish(regions);
    const { areas } = this.selection;
    this.emit('bw-selection-change', { regions: [...regions], areas: [...areas] });
  }

  // ---- Lifecycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    // While the page is still being parsed, the script's text may be incomplete: read it when
    // parsing is done. Afterwards, watch it for changes.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', this.watch, { once: true });
    else this.watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('DOMContentLoaded', this.watch);
    this.observer?.disconnect();
    this.observer = undefined;
  }

  protected override willUpdate(): void {
    this.refresh();
  }

  protected override render(): TemplateResult {
    const problems = this.debug ? this.errors : [];
    if (!problems.length) return html`<slot></slot>${this.results.render()}${this.tryAtHome.render()}`;
    const l = this.localize;
    return html`<div class="debug" part="debug">
        <p><strong>${l.term('providerDebugTitle')}</strong> ${l.term('providerProblemCount', problems.length)}</p>
        ${this.data.errors.length ? html`<p>${l.term('providerUsesBundled')}</p>` : nothing}
        <ul>
          ${problems.map((e) => html`<li><code>${e.path}</code>: ${e.message}</li>`)}
        </ul>
        <p>${l.term('providerDebugNote')}</p>
      </div>
      <slot></slot>${this.results.render()}${this.tryAtHome.render()}`;
  }

  // ---- Internals ----------------------------------------------------------------------------

  private readonly watch = (): void => {
    if (!this.isConnected) return;
    this.readScript();
    // Now, not at the next update: elements and scripts that read the values as soon as the
    // provider is connected (a nested provider, app code) get the clinic's, not the bundled ones.
    this.refresh();
    this.observer ??= new MutationObserver(this.readScript);
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
  };

  /** Checks the booking URL and reads the clinic data when their inputs changed, then provides the values. */
  private refresh(): void {
    if (this.bookingUrl !== this.checkedUrl) {
      this.checkedUrl = this.bookingUrl;
      this.checkBookingUrl();
    }
    const input = this.overrides ?? this.scriptText;
    const base = this.outerDataset.value ?? bundled;
    if (input !== this.readFrom.input || base !== this.readFrom.base) {
      this.readFrom = { input, base };
      this.readData(input, base);
    }
    this.publish(this.selection.regions);
  }

  private readonly readScript = (): void => {
    this.scriptText = dataScriptText(this);
  };

  /**
   * A visitor chose on a body map inside (which has already made the shared selection its own,
   * through the selection context): after a choice, the short summary of what it found. The event
   * is only a signal; its source and detail are not read.
   */
  private readonly onRegionSelect = (event: Event): void => {
    // Only the nearest provider answers.
    for (const node of event.composedPath()) {
      if (node === this) break;
      if (node instanceof Element && node.localName === 'bw-provider') return;
    }
    this.results.chosen(this.selection.areas);
  };

  private checkBookingUrl(): void {
    const value: unknown = this.bookingUrl;
    this.urlProblem = undefined;
    this.validBookingUrl = isBookingUrl(value) ? value : undefined;
    if (this.validBookingUrl || value === undefined || value === null || value === '') return;
    const text = shown(value);
    const message = this.localize.term('providerBadBookingUrl', text);
    this.urlProblem = { path: 'booking-url', message };
    this.reportError({ code: 'invalid-url', message, value: text });
  }

  private readData(input: unknown, base: Dataset): void {
    const data = clinicData(base, input);
    this.data = data;
    const key = JSON.stringify(data.errors);
    if (data.errors.length && key !== this.reported) {
      this.reportError({
        code: data.invalidJson ? 'invalid-json' : 'invalid-data',
        message: `${this.localize.term('invalidData', data.errors.length)} ${this.localize.term('providerUsesBundled')}`,
        errors: data.errors.map((e) => ({ ...e })),
      });
    }
    this.reported = data.errors.length ? key : '';
  }

  /** Provides new values for whatever changed: dataset, selection (with these regions), configuration. */
  private publish(regions: readonly string[]): void {
    const data = this.data.dataset;
    this.datasetProvider.setValue(data);

    const before = this.selectionProvider.value;
    const areas = areasOfRegions(data, regions);
    if (!same(before.regions, regions) || !same(before.areas, areas)) {
      this.selectionProvider.setValue(this.makeSelection(regions, data));
    }
    const selection = this.selectionProvider.value;

    const bookingUrl = this.validBookingUrl ?? this.data.bookingUrl ?? this.outerConfig.value?.bookingUrl;
    const offered = this.data.offered ?? this.outerConfig.value?.offered;
    const config = this.clinicProvider.value;
    if (
      config.bookingUrl !== bookingUrl ||
      config.offered !== offered ||
      (usesSelection(bookingUrl) && selection !== before)
    ) {
      this.clinicProvider.setValue(this.makeConfig(bookingUrl, offered, selection));
    }
  }

  private makeSelection(regions: readonly string[], data: Dataset): SharedSelection {
    return Object.freeze({
      regions: Object.freeze([...regions]),
      areas: Object.freeze(areasOfRegions(data, regions)),
      select: (ids: readonly string[]) => this.select(ids),
    });
  }

  private makeConfig(
    bookingUrl: string | undefined,
    offered: readonly string[] | undefined,
    selection: SharedSelection,
  ): ClinicConfig {
    return Object.freeze({
      bookingUrl,
      offered,
      bookingHref: (technique: string) =>
        fillBookingUrl(bookingUrl, { technique, region: selection.regions, area: selection.areas }),
    });
  }
}
