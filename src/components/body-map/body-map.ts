import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BwElement } from '../../internal/base-element.js';
import { flag, ids, oneOf, shaped, text } from '../../internal/coerce.js';
import { bodyMap, common } from '../../internal/localize/en.js';
import { regions as bundledRegions } from '../../data/regions.js';
import type { AreaId, BodyRegion, View } from '../../data/types.js';
import { FIGURE, type FigureView, type RegionShape } from './figure-data.js';
import { parseSelection, serializeSelection } from './selection.js';
import { nearestInDirection, type Direction, type NavPoint } from './spatial-nav.js';
import { paintRegions, regionLayer } from './region-layer.js';
import { buttonStyles } from '../../internal/button.styles.js';
import { styles } from './body-map.styles.js';
import { heatStyles } from './body-map.heat.styles.js';

/** Detail of `bw-region-select`. */
export interface RegionSelectDetail {
  /** The region the user chose or un-chose, e.g. `shoulder-left`. */
  regionId: string;
  /** Whether it is now selected. */
  selected: boolean;
  /** Its pain rating in severity mode (undefined when not rated). */
  severity: number | undefined;
  /** The element's new value. */
  value: string;
}

declare module '../../internal/events.js' {
  interface BwEventDetails {
    'bw-region-select': RegionSelectDetail;
  }
}

export type BodyMapView = 'front' | 'back' | 'both';

const VIEWS: readonly BodyMapView[] = ['front', 'back', 'both'];
const TEXT = text('');
const IDS = ids();
/** A list of regions, each with an id, a name, an area and the views it is drawn in. */
const isRegionList = (list: object): boolean =>
  Array.isArray(list) &&
  list.every(
    (r: Partial<BodyRegion> | null) =>
      typeof r?.id === 'string' && typeof r.name === 'string' && typeof r.area === 'string' && Array.isArray(r.views),
  );
const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
/** Space between the two drawings in "both", in viewBox units, for spatial navigation. */
const VIEW_GAP = 40;
/** How long typed letters (and the digits of "10") count as one entry. */
const TYPEAHEAD_MS = 1000;

/**
 * An accessible body map: the person seen from the front and the back, with left and right
 * marked, on which a visitor shows where it hurts. Works by pointer, keyboard and screen reader,
 * and is a form field: inside a `<form>` it submits one entry per chosen region.
 *
 * Sides are anatomical: in the front view the person's left is on the viewer's right.
 *
 * @summary Body map: choose where it hurts, by pointer, keyboard or screen reader; a form field.
 * @tag bw-body-map
 *
 * @fires {CustomEvent<RegionSelectDetail>} bw-region-select - The user chose or un-chose a region, or rated it. Detail: `{ regionId, selected, severity, value }`.
 * @fires {Event} input - The user changed the selection (like a native form field). Not fired for changes made by script.
 * @fires {Event} change - The user changed the selection (like a native form field). Not fired for changes made by script.
 * @fires {CustomEvent<BwErrorDetail>} bw-error - The value named regions that are not on the map, or another attribute was invalid. Detail: `{ code, message, value }`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart toolbar - The row holding the list/figure toggle and the count.
 * @csspart toggle - The button that switches between the figure and the list.
 * @csspart listbox - The focusable list of regions (figure or list).
 * @csspart views - The container of the drawings.
 * @csspart view - One drawing (front or back), with its caption.
 * @csspart view-label - The "Front" / "Back" caption.
 * @csspart option - A region in the list view.
 * @csspart severity - The pain-rating controls shown in severity mode.
 *
 * @cssprop [--bw-body-map-max-width=44em] - The widest the map grows.
 * @cssprop [--bw-body-map-region-fill] - Fill of regions that are not chosen.
 * @cssprop [--bw-body-map-selected-fill] - Fill of chosen regions (defaults to the accent colour).
 * @cssprop --bw-color-accent - Selection, focus ring and links.
 * @cssprop --bw-color-surface - Background.
 * @cssprop --bw-color-text - Text colour.
 * @cssprop --bw-color-border - Outline of the figure and the regions.
 */
export class BwBodyMap extends BwElement {
  static override styles = [...BwElement.styles, buttonStyles, styles, heatStyles];
  static override strings = { ...common, ...bodyMap };
  static override coercions = {
    ...BwElement.coercions,
    view: oneOf(VIEWS, 'both'),
    multiple: flag(),
    severity: flag(),
    disabled: flag(),
    required: flag(),
    name: text(''),
    label: text(''),
    listView: flag(),
    value: text(''),
    regions: shaped(isRegionList, bundledRegions, 'expectRegions'),
  };

  /** @internal Form association (ElementInternals). */
  static formAssociated = true;

  /** Which drawings to show: `front`, `back` or `both` (side by side; stacked when narrow). */
  @property({ reflect: true }) view: BodyMapView = 'both';

  /** Allow more than one region to be chosen. */
  @property({ type: Boolean, reflect: true }) multiple = false;

  /** Severity mode: each chosen region gets a 0–10 pain rating, included in the value as `id:rating`. */
  @property({ type: Boolean, reflect: true }) severity = false;

  /** Disables the map: it cannot be focused or changed, and is not submitted with its form. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The form cannot be submitted until at least one region is chosen. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** The name the selection is submitted under, one entry per region. */
  @property({ reflect: true }) name = '';

  /** Accessible name of the map. Defaults to the text of an associated `<label>`, else "Where does it hurt? Body areas". */
  @property() label = '';

  /** Show the regions as a plain list instead of the figure (the visitor can also switch with the toggle button). */
  @property({ type: Boolean, reflect: true, attribute: 'list-view' }) listView = false;

  /**
   * The chosen regions: space-separated ids, in severity mode each as `id:rating` once rated,
   * e.g. `"neck:6 shoulder-left"`. Reflected to the attribute. Unknown ids are dropped with one warning.
   */
  @property({ reflect: true }) value = '';

  /** The value the form resets to. Taken from the `value` attribute when the element is first connected. */
  get defaultValue(): string {
    return this.resetTo;
  }
  set defaultValue(value: string) {
    this.resetTo = this.accepted('defaultValue', TEXT, value, this.resetTo);
  }

  /**
   * The regions the map offers, with their names: a list of `{ id, name, area, views }`, e.g. a
   * clinic dataset's `regions`. Defaults to the bundled dataset's; `null` goes back to them.
   */
  @property({ attribute: false }) regions: BodyRegion[] = bundledRegions;

  @state() private active: { id: string; view: View } | undefined;
  @state() private hovered: { id: string; view: View } | undefined;
  @state() private focusVisible = false;
  @state() private formDisabled = false;

  private selection = new Map<string, number | undefined>();
  private resetTo = '';
  private readonly internals: ElementInternals;
  private defaultCaptured = false;
  private typeahead = '';
  private typeaheadAt = 0;
  private lastDigit: { digit: string; at: number } | undefined;
  /** This map's copy of each drawing's regions, with the shapes it was made for. */
  private layers = new Map<View, { layer: SVGGElement; shapes: RegionShape[] }>();

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  // ---- Public API -------------------------------------------------------------------------

  /**
   * The chosen region ids, in the order they were chosen. Setting it (a list, or ids separated by
   * spaces) replaces the selection. What they point to (areas, techniques, conditions) is
   * `selectionContent(dataset, map.selected)` from `bodywork-elements/data`: the map bundles only
   * the regions, to stay small.
   */
  get selected(): string[] {
    return [...this.selection.keys()];
  }

  set selected(list: string[] | string) {
    const chosen = this.accepted('selected', IDS, list, this.selected);
    this.value = chosen.map((id) => (this.selection.has(id) && this.severity ? this.token(id) : id)).join(' ');
  }

  /** Pain ratings of the chosen regions that have one (severity mode). */
  get severities(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [id, rating] of this.selection) if (rating !== undefined) out[id] = rating;
    return out;
  }

  /** The laterality-free areas of the chosen regions (e.g. both shoulders → `shoulders`), in body order. */
  get selectedAreas(): AreaId[] {
    const chosen = new Set(this.regions.filter((r) => this.selection.has(r.id)).map((r) => r.area));
    return [...new Set(this.regions.map((r) => r.area))].filter((area) => chosen.has(area));
  }

  /** The form this element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /**
   * Checks the selection against `required` without showing anything.
   * @returns `true` when the map is valid (or not in a form); otherwise `false`, firing `invalid` on the element.
   */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /**
   * Checks the selection against `required` and, when it fails, shows the browser's message at the map.
   * @returns `true` when the map is valid; otherwise `false`, firing `invalid` and showing the message.
   */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Moves keyboard focus to the map (its selected or first region). Returns nothing. */
  override focus(options?: FocusOptions): void {
    this.listbox?.focus(options);
  }

  // ---- Form lifecycle -----------------------------------------------------------------------

  /** @internal */
  formResetCallback(): void {
    this.value = this.defaultValue;
  }

  /** @internal */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.value = state;
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  // ---- Lifecycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.defaultCaptured) {
      this.defaultCaptured = true;
      this.defaultValue = this.getAttribute('value') ?? '';
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') || changed.has('regions') || changed.has('multiple') || changed.has('severity')) {
      this.applyValue();
    }
    if (this.active && !this.regionById(this.active.id)) this.active = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.paintLayers();
    if (changed.has('value') || changed.has('required') || changed.has('name') || changed.has('severity')) {
      this.syncForm();
    }
  }

  private applyValue(): void {
    const known = new Set(this.regions.map((r) => r.id));
    const { selected, rejected } = parseSelection(this.value, (id) => known.has(id));
    if (!this.severity) for (const id of selected.keys()) selected.set(id, undefined);
    let message = '';
    if (rejected.length) message = this.localize.term('unknownRegions', rejected.join(', '));
    if (!this.multiple && selected.size > 1) {
      const [first] = selected.keys();
      for (const id of [...selected.keys()].slice(1)) selected.delete(id);
      message = [message, this.localize.term('onlyOneRegion', first!)].filter(Boolean).join(' ');
    }
    this.selection = selected;
    const normalized = serializeSelection(selected, this.severity);
    if (normalized !== this.value) this.value = normalized;
    if (message) {
      this.reportError({
        code: rejected.length ? 'unknown-region' : 'too-many-regions',
        message,
        value: rejected.join(' '),
      });
    }
  }

  private syncForm(): void {
    const entries = new FormData();
    if (this.name) for (const id of this.selection.keys()) entries.append(this.name, this.token(id));
    this.internals.setFormValue(this.selection.size ? entries : null, this.value);
    if (this.required && this.selection.size === 0) {
      this.internals.setValidity(
        { valueMissing: true },
        this.localize.term('chooseAtLeastOne'),
        this.listbox ?? undefined,
      );
    } else {
      this.internals.setValidity({});
    }
  }

  // ---- Helpers ------------------------------------------------------------------------------

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  private get listbox(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('[role="listbox"]') ?? null;
  }

  private token(id: string): string {
    const rating = this.selection.get(id);
    return this.severity && rating !== undefined ? `${id}:${rating}` : id;
  }

  private regionById(id: string): BodyRegion | undefined {
    return this.regions.find((r) => r.id === id);
  }

  /** "Shoulder, left" — the name with its anatomical side. */
  private regionName(region: BodyRegion): string {
    if (!region.side) return region.name;
    return this.localize.term(
      'withSide',
      region.name,
      this.localize.term(region.side === 'left' ? 'sideLeft' : 'sideRight'),
    );
  }

  private get shownViews(): FigureView[] {
    const views = this.view === 'front' ? ['front'] : this.view === 'back' ? ['back'] : ['front', 'back'];
    return views.map((v) => FIGURE.views[v as View]);
  }

  /** Regions drawn in the shown views, in body order (the order of the list and of Home/End). */
  private get shownRegions(): BodyRegion[] {
    const drawn = new Set(this.shownViews.flatMap((v) => v.regions.map((s) => s.id)));
    return this.regions.filter((r) => drawn.has(r.id));
  }

  /**
   * Every drawn shape as a navigation point, the back drawing placed where it is drawn: to the
   * right of the front, or below it in a narrow container, where the two are stacked.
   */
  private navPoints(): NavPoint[] {
    const [first, second] = this.renderRoot.querySelectorAll('.view');
    const stacked = !!second && second.getBoundingClientRect().top >= first!.getBoundingClientRect().bottom;
    return this.shownViews.flatMap((figure, index) =>
      figure.regions
        .filter((shape) => this.regionById(shape.id))
        .map((shape) => ({
          key: `${figure.view}:${shape.id}`,
          x: shape.center.x + (stacked ? 0 : index * (FIGURE.width + VIEW_GAP)),
          y: shape.center.y + (stacked ? index * (FIGURE.height + VIEW_GAP) : 0),
        })),
    );
  }

  private activeOrFirst(): { id: string; view: View } | undefined {
    if (this.active && this.shownRegions.some((r) => r.id === this.active!.id)) {
      const drawnIn = this.shownViews.find(
        (v) => v.view === this.active!.view && v.regions.some((s) => s.id === this.active!.id),
      );
      if (drawnIn) return this.active;
      const other = this.shownViews.find((v) => v.regions.some((s) => s.id === this.active!.id));
      if (other) return { id: this.active.id, view: other.view };
    }
    const firstSelected = this.shownRegions.find((r) => this.selection.has(r.id));
    const first = firstSelected ?? this.shownRegions[0];
    if (!first) return undefined;
    const view = this.shownViews.find((v) => v.regions.some((s) => s.id === first.id))!.view;
    return { id: first.id, view };
  }

  // ---- User actions -------------------------------------------------------------------------

  private toggle(id: string): void {
    if (this.isDisabled) return;
    const next = new Map(this.multiple ? this.selection : []);
    if (this.selection.has(id)) next.delete(id);
    else next.set(id, undefined);
    this.commit(next, id);
  }

  private rate(id: string, rating: number): void {
    if (this.isDisabled || !this.severity) return;
    const clamped = Math.max(0, Math.min(10, Math.round(rating)));
    if (this.selection.get(id) === clamped) return;
    const next = new Map(this.multiple ? this.selection : []);
    next.set(id, clamped);
    this.commit(next, id);
  }

  private commit(next: Map<string, number | undefined>, regionId: string): void {
    this.selection = next;
    this.value = serializeSelection(next, this.severity);
    this.emit('bw-region-select', {
      regionId,
      selected: next.has(regionId),
      severity: next.get(regionId),
      value: this.value,
    });
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private setActive(target: { id: string; view: View } | undefined): void {
    if (!target) return;
    this.active = target;
    if (this.listView) {
      this.updateComplete.then(() =>
        this.renderRoot.querySelector(`#option-${target.id}`)?.scrollIntoView?.({ block: 'nearest' }),
      );
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (this.isDisabled) return;
    const current = this.activeOrFirst();
    if (!current) return;
    const order = this.shownRegions;
    const key = event.key;
    let handled = true;
    if (key in ARROWS) {
      if (this.listView) {
        // A list reads in the text's direction: in a right-to-left page ArrowRight goes back.
        const step = key === 'ArrowUp' || key === (this.matches(':dir(rtl)') ? 'ArrowRight' : 'ArrowLeft') ? -1 : 1;
        const index = order.findIndex((r) => r.id === current.id);
        const target = order[Math.max(0, Math.min(order.length - 1, index + step))]!;
        this.setActive({ id: target.id, view: current.view });
      } else {
        const points = this.navPoints();
        const from = points.find((p) => p.key === `${current.view}:${current.id}`);
        const found = from && nearestInDirection(from, ARROWS[key]!, points);
        if (found) {
          const [view, id] = found.key.split(':') as [View, string];
          this.setActive({ id, view });
        } else if (!this.active) {
          this.setActive(current);
        }
      }
    } else if (key === 'Home' || key === 'End') {
      const target = key === 'Home' ? order[0] : order[order.length - 1];
      if (target) this.setActive({ id: target.id, view: this.viewOf(target.id, current.view) });
    } else if (key === ' ' || key === 'Enter') {
      this.active = current;
      this.toggle(current.id);
    } else if (this.severity && (key === '+' || key === '=' || key === '-' || key === '_')) {
      const now = this.selection.get(current.id) ?? (key === '-' || key === '_' ? 1 : -1);
      this.active = current;
      this.rate(current.id, now + (key === '-' || key === '_' ? -1 : 1));
    } else if (this.severity && /^[0-9]$/.test(key)) {
      const now = performance.now();
      const ten = key === '0' && this.lastDigit?.digit === '1' && now - this.lastDigit.at < TYPEAHEAD_MS;
      this.lastDigit = { digit: key, at: now };
      this.active = current;
      this.rate(current.id, ten ? 10 : Number(key));
    } else if (key.length === 1 && /\S/.test(key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      this.typeaheadFind(key, current);
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  }

  private viewOf(id: string, preferred: View): View {
    const views = this.shownViews.filter((v) => v.regions.some((s) => s.id === id)).map((v) => v.view);
    return views.includes(preferred) ? preferred : (views[0] ?? preferred);
  }

  /** Typing letters jumps to the next region whose name starts with them. */
  private typeaheadFind(char: string, current: { id: string; view: View }): void {
    const now = performance.now();
    this.typeahead = now - this.typeaheadAt > TYPEAHEAD_MS ? char : this.typeahead + char;
    this.typeaheadAt = now;
    // The same letter pressed again and again cycles through the names starting with it.
    const repeated = [...this.typeahead].every((c) => c === char);
    const query = (repeated ? char : this.typeahead).toLocaleLowerCase();
    const order = this.shownRegions;
    const start = order.findIndex((r) => r.id === current.id);
    // A single letter moves on to the next match; a longer query may stay on the current one.
    const offset = repeated ? 1 : 0;
    for (let i = 0; i < order.length; i++) {
      const region = order[(start + offset + i) % order.length]!;
      if (this.regionName(region).toLocaleLowerCase().startsWith(query)) {
        this.setActive({ id: region.id, view: this.viewOf(region.id, current.view) });
        return;
      }
    }
  }

  /** The region under a pointer or click inside a drawing, and that drawing's view. */
  private regionAt(event: Event): { id: string; view: View } | undefined {
    const target = event.target as Element;
    const id = target.closest?.('[data-region]')?.getAttribute('data-region');
    const view = target.closest?.('[data-view]')?.getAttribute('data-view') as View | null | undefined;
    return id && view ? { id, view } : undefined;
  }

  // One listener per drawing rather than two per region: a first render binds far fewer parts.
  private readonly onFigureClick = (event: Event): void => {
    const hit = this.regionAt(event);
    if (!hit || this.isDisabled) return;
    this.active = hit;
    this.toggle(hit.id);
  };

  /** Listens in the capture phase, where an ancestor also sees `pointerenter`, which does not bubble. */
  private readonly onRegionEnter = {
    handleEvent: (event: Event): void => {
      const hit = this.regionAt(event);
      // Entering the region's group and then its shape is one hover, and one render.
      if (hit && (hit.id !== this.hovered?.id || hit.view !== this.hovered.view)) this.hovered = hit;
    },
    capture: true,
  };

  private readonly onFigureLeave = (): void => {
    this.hovered = undefined;
  };

  /** One listener for every option in the list. */
  private readonly onListClick = (event: Event): void => {
    const option = (event.target as Element).closest?.('[role="option"]');
    if (!option || this.isDisabled) return;
    const id = option.id.slice('option-'.length);
    this.active = { id, view: this.viewOf(id, this.active?.view ?? 'front') };
    this.toggle(id);
  };

  private onFocus(): void {
    this.focusVisible = this.listbox?.matches(':focus-visible') ?? false;
    if (!this.active) this.active = this.activeOrFirst();
  }

  private onBlur(): void {
    this.focusVisible = false;
  }

  private toggleListView(): void {
    this.listView = !this.listView;
  }

  private onSeverityInput(id: string, event: Event): void {
    this.rate(id, Number((event.target as HTMLInputElement).value));
  }

  // ---- Rendering ----------------------------------------------------------------------------

  private optionLabel(region: BodyRegion): string {
    const name = this.regionName(region);
    if (!this.severity || !this.selection.has(region.id)) return name;
    const rating = this.selection.get(region.id);
    const detail = rating === undefined ? this.localize.term('notRated') : this.localize.term('painOutOf10', rating);
    return `${name}, ${detail}`;
  }

  private accessibleName(): string {
    if (this.label) return this.label;
    const labels = [...(this.internals.labels ?? [])].map((l) => l.textContent?.trim()).filter(Boolean);
    return labels.join(' ') || this.localize.term('bodyMapLabel');
  }

  protected override render(): TemplateResult {
    const active = this.activeOrFirst();
    const disabled = this.isDisabled;
    const count = this.selection.size;
    return html`
      <div class="base" part="base">
        <div class="toolbar" part="toolbar">
          <span class="count" aria-hidden="true">${this.localize.term('selectedCount', count)}</span>
          <button type="button" class="button toggle" part="toggle" ?disabled=${disabled} @click=${this.toggleListView}>
            ${this.localize.term(this.listView ? 'showAsFigure' : 'showAsList')}
          </button>
        </div>
        <div
          class="listbox ${this.listView ? 'as-list' : 'as-figure'}"
          part="listbox"
          role="listbox"
          tabindex=${disabled ? '-1' : '0'}
          aria-label=${this.accessibleName()}
          aria-describedby="hint"
          aria-multiselectable=${this.multiple ? 'true' : 'false'}
          aria-required=${this.required ? 'true' : 'false'}
          aria-disabled=${disabled ? 'true' : 'false'}
          aria-activedescendant=${active && !disabled ? `option-${active.id}` : nothing}
          @keydown=${this.onKeyDown}
          @click=${this.onListClick}
          @focus=${this.onFocus}
          @blur=${this.onBlur}
        >
          ${this.listView ? nothing : this.renderViews(active)}
          ${this.shownRegions.map((region) => this.renderOption(region, active))}
        </div>
        <p id="hint" class="visually-hidden">
          ${this.localize.term('bodyMapHint')} ${this.severity ? this.localize.term('bodyMapSeverityHint') : ''}
        </p>
        ${this.severity ? this.renderSeverity(disabled) : nothing}
      </div>
    `;
  }

  private renderOption(region: BodyRegion, active: { id: string } | undefined): TemplateResult {
    const selected = this.selection.has(region.id);
    if (!this.listView) {
      // Behind the figure an option is only for screen readers, which read its label: no text,
      // check box or rating to lay out (31 of them cost more than a drawing's first layout).
      return html`<div
        id="option-${region.id}"
        class="option"
        part="option"
        role="option"
        aria-selected=${selected ? 'true' : 'false'}
        aria-label=${this.optionLabel(region)}
      ></div>`;
    }
    const rating = this.selection.get(region.id);
    return html`<div
      id="option-${region.id}"
      class="option ${active?.id === region.id ? 'active' : ''}"
      part="option"
      role="option"
      aria-selected=${selected ? 'true' : 'false'}
      aria-label=${this.optionLabel(region)}
    >
      <span class="check" aria-hidden="true"></span>
      <span class="option-name">${this.regionName(region)}</span>
      ${
        this.severity && selected && rating !== undefined
          ? html`<span class="option-rating sev-${rating}">${rating}</span>`
          : nothing
      }
    </div>`;
  }

  /** The regions of a drawing: this map's copy, made again only when the drawn regions change. */
  private layerFor(view: View, shapes: RegionShape[]): SVGGElement {
    const kept = this.layers.get(view);
    if (kept && kept.shapes.length === shapes.length && kept.shapes.every((s, i) => s === shapes[i])) {
      return kept.layer;
    }
    const layer = regionLayer(view, shapes);
    this.layers.set(view, { layer, shapes });
    return layer;
  }

  /**
   * Shows the selection and ratings on the drawn regions, after each render. A drawing that is not
   * shown keeps its copy, which is painted too, so it is right the moment it is shown again.
   */
  private paintLayers(): void {
    for (const [view, { layer, shapes }] of this.layers) {
      paintRegions(
        layer,
        shapes,
        (id) => {
          const selected = this.selection.has(id);
          const rating = this.selection.get(id);
          return { selected, rating: this.severity && selected ? rating : undefined };
        },
        `hatch-${view}`,
      );
    }
  }

  private renderViews(active: { id: string; view: View } | undefined): TemplateResult {
    return html`<div class="views ${this.view === 'both' ? 'both' : 'single'}" part="views" aria-hidden="true">
      ${this.shownViews.map((figure) => this.renderView(figure, active))}
    </div>`;
  }

  private renderView(figure: FigureView, active: { id: string; view: View } | undefined): TemplateResult {
    const shapes = figure.regions.filter((shape) => this.regionById(shape.id));
    const focused =
      active && active.view === figure.view && this.focusVisible ? shapes.find((s) => s.id === active.id) : undefined;
    const labelled = this.hovered?.view === figure.view ? shapes.find((s) => s.id === this.hovered!.id) : focused;
    const hatch = `hatch-${figure.view}`;
    return html`<figure class="view" part="view" data-view=${figure.view}>
      <figcaption class="view-label" part="view-label">
        ${this.localize.term(figure.view === 'front' ? 'viewFront' : 'viewBack')}
      </figcaption>
      <svg
        class="figure"
        viewBox="0 0 ${FIGURE.width} ${FIGURE.height}"
        @click=${this.onFigureClick}
        @pointerenter=${this.onRegionEnter}
        @pointerleave=${this.onFigureLeave}
      >
        <defs>
          <pattern id=${hatch} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
            <line class="hatch-line" x1="0" y1="0" x2="0" y2="5"></line>
          </pattern>
        </defs>
        ${this.layerFor(figure.view, shapes)}
        ${focused ? svg`<path class="focus-ring" d=${focused.d}></path>` : nothing} ${this.renderMarkers(figure)}
        ${labelled ? this.renderLabel(labelled) : nothing}
      </svg>
    </figure>`;
  }

  private renderMarkers(figure: FigureView) {
    const { left, right } = figure.markers;
    return svg`<text class="marker" x=${left.x} y=${left.y}>${this.localize.term('sideLetterLeft')}</text>
      <text class="marker" x=${right.x} y=${right.y}>${this.localize.term('sideLetterRight')}</text>`;
  }

  private renderLabel(shape: RegionShape) {
    const region = this.regionById(shape.id)!;
    return svg`<text class="region-label" x=${shape.label.x} y=${shape.label.y} text-anchor=${shape.label.align}>${this.regionName(region)}</text>`;
  }

  private renderSeverity(disabled: boolean): TemplateResult {
    const chosen = this.shownRegions.filter((r) => this.selection.has(r.id));
    return html`<fieldset class="severity" part="severity" ?hidden=${chosen.length === 0} ?disabled=${disabled}>
      <legend>${this.localize.term('severityLegend')}</legend>
      ${chosen.map((region) => {
        const rating = this.selection.get(region.id);
        const name = this.regionName(region);
        return html`<label class="severity-row">
          <span class="severity-name">${this.localize.term('severityFor', name)}</span>
          <input
            type="range"
            min="0"
            max="10"
            step="1"
            .value=${String(rating ?? 0)}
            aria-valuetext=${rating === undefined ? this.localize.term('notRated') : this.localize.term('painOutOf10', rating)}
            @input=${(event: Event) => this.onSeverityInput(region.id, event)}
          />
          <output class="severity-value sev-${rating ?? 'none'}">${rating ?? '–'}</output>
        </label>`;
      })}
    </fieldset>`;
  }
}
