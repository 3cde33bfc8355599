import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BwElement } from '../../internal/base-element.js';
import { flag, ids, oneOf, shaped, text } from '../../internal/coerce.js';
import { bodyMap, common, type TermKey } from '../../internal/localize/en.js';
import { regions as bundledRegions } from '../../data/regions.js';
import type { AreaId, BodyRegion, View } from '../../data/types.js';
import { FIGURE, type FigureView, type RegionShape } from './figure-data.js';
import { parseSelection, serializeSelection } from './selection.js';
import { nearestInDirection, type Direction, type NavPoint } from './spatial-nav.js';
import { paintRegions, regionLayer } from './region-layer.js';
import { buttonStyles } from '../../internal/button.styles.js';
import { datasetContext, selectionContext, type SharedSelection } from '../../context/contexts.js';
import { Provided } from '../../context/provided.js';
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

const same = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** The map's regions looked up by id, and each drawing's shapes (and their ids) for them, in the regions' order. */
interface RegionIndex {
  regions: BodyRegion[];
  /** Counts the lists of regions the map has had: region names change with it. */
  version: number;
  byId: Map<string, BodyRegion>;
  shapes: Record<View, RegionShape[]>;
  drawn: Record<View, Set<string>>;
}

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
/** The list view's groups, each the body areas it holds; an area not named here joins the trunk. */
const GROUPS: readonly [TermKey, readonly string[]][] = [
  ['groupHeadNeck', ['head', 'jaw', 'neck']],
  ['groupArms', ['shoulders', 'arms', 'hands-wrists']],
  ['groupTrunk', []],
  ['groupLegs', ['hips-glutes', 'thighs', 'knees', 'lower-legs', 'feet-ankles']],
];
const groupOf = (area: string): number => {
  const index = GROUPS.findIndex(([, areas]) => areas.includes(area));
  return index < 0 ? 2 : index;
};
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
 * @csspart toolbar - The row holding the count (or the name of the region under the pointer or the focus), the Front/Back switch and the list/figure toggle.
 * @csspart readout - The name of the region under the pointer, or of the focused region, shown in the toolbar in place of the count.
 * @csspart toggle - The button that switches between the figure and the list.
 * @csspart view-switch - The Front/Back switch a map narrower than 17.5em shows instead of both drawings side by side.
 * @csspart listbox - The focusable list of regions: the drawings, or the list.
 * @csspart views - The drawings (the listbox in figure mode).
 * @csspart view - One drawing (front or back), with its caption.
 * @csspart view-label - The "Front" / "Back" caption.
 * @csspart group - A group of regions in the list view (head and neck, arms, trunk, legs).
 * @csspart group-label - The name of a group in the list view.
 * @csspart option - A region in the list view.
 * @csspart severity - The pain-rating controls shown in severity mode.
 *
 * @cssprop [--bw-body-map-max-width=44em] - The widest the map grows.
 * @cssprop [--bw-body-map-region-fill] - Fill of regions that are not chosen.
 * @cssprop [--bw-body-map-selected-fill] - Fill of chosen regions (defaults to the accent colour).
 * @cssprop [--bw-body-map-region-outline] - Outline of the regions (defaults to a mix of the text and background colours, at 3:1 or more against both, light and dark).
 * @cssprop --bw-color-accent - Selection, focus ring and links.
 * @cssprop --bw-color-surface - Background.
 * @cssprop --bw-color-text - Text colour, and the outline of chosen regions.
 * @cssprop --bw-color-border - Border of the list view and its check boxes.
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

  /**
   * Which drawings to show: `front`, `back` or `both`: side by side, or in a map narrower than
   * 17.5em (280 px at default text size) one at a time with a Front/Back switch.
   */
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
    return this.#resetTo;
  }
  set defaultValue(value: string) {
    this.#resetTo = this.accepted('defaultValue', TEXT, value, this.#resetTo);
  }

  /**
   * The regions the map offers, with their names: a list of `{ id, name, area, views }`, e.g. a
   * clinic dataset's `regions`. Defaults to the bundled dataset's, or inside a `<bw-provider>` to
   * those of the dataset it provides (a clinic's renamed regions); `null` goes back to them.
   */
  @property({ attribute: false }) regions: BodyRegion[] = bundledRegions;

  @state() private active: { id: string; view: View } | undefined;
  @state() private hovered: { id: string; view: View } | undefined;
  @state() private focusVisible = false;
  @state() private formDisabled = false;
  /**
   * With both views: the one a narrow map shows, and the one holding the option of a region drawn
   * in both (its twin in the other view is only a picture).
   */
  @state() private face: View = 'front';

  #selection = new Map<string, number | undefined>();
  #resetTo = '';
  readonly #internals: ElementInternals;
  #defaultCaptured = false;
  #typeahead = '';
  #typeaheadAt = 0;
  #lastDigit: { digit: string; at: number } | undefined;
  /** This map's copy of each drawing's regions, with the shapes it was made for. */
  #layers = new Map<View, { layer: SVGGElement; shapes: RegionShape[] }>();
  #index: RegionIndex | undefined;
  /** The dataset of the `<bw-provider>` around the map, if any: its regions and their names. */
  readonly #providedDataset = new Provided(this, datasetContext, () => this.requestUpdate('regions', this.regions));
  /** The shared selection of the `<bw-provider>` around the map, if any: the map's selection is that one. */
  readonly #shared = new Provided(this, selectionContext, (value) => this.#follow(value));
  /** Whether the map has made its selection one with the provider's (since it was last outside any). */
  #joined = false;

  constructor() {
    super();
    this.#internals = this.attachInternals();
  }

  // ---- Public API -------------------------------------------------------------------------

  /**
   * The chosen region ids, in the order they were chosen. Setting it (a list, or ids separated by
   * spaces) replaces the selection. What they point to (areas, techniques, conditions) is
   * `selectionContent(dataset, map.selected)` from `bodywork-elements/data`: the map bundles only
   * the regions, to stay small.
   */
  get selected(): string[] {
    return [...this.#selection.keys()];
  }

  set selected(list: string[] | string) {
    const chosen = this.accepted('selected', IDS, list, this.selected);
    this.value = chosen.map((id) => (this.#selection.has(id) && this.severity ? this.#token(id) : id)).join(' ');
  }

  /** Pain ratings of the chosen regions that have one (severity mode). */
  get severities(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [id, rating] of this.#selection) if (rating !== undefined) out[id] = rating;
    return out;
  }

  /** The laterality-free areas of the chosen regions (e.g. both shoulders → `shoulders`), in body order. */
  get selectedAreas(): AreaId[] {
    const chosen = new Set(this.#offered.filter((r) => this.#selection.has(r.id)).map((r) => r.area));
    return [...new Set(this.#offered.map((r) => r.area))].filter((area) => chosen.has(area));
  }

  /** The form this element belongs to. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  get validity(): ValidityState {
    return this.#internals.validity;
  }

  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  /**
   * Checks the selection against `required` without showing anything.
   * @returns `true` when the map is valid (or not in a form); otherwise `false`, firing `invalid` on the element.
   */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /**
   * Checks the selection against `required` and, when it fails, shows the browser's message at the map.
   * @returns `true` when the map is valid; otherwise `false`, firing `invalid` and showing the message.
   */
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /** Moves keyboard focus to the map (its selected or first region). Returns nothing. */
  override focus(options?: FocusOptions): void {
    this.#listbox?.focus(options);
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
    if (!this.#defaultCaptured) {
      this.#defaultCaptured = true;
      this.defaultValue = this.getAttribute('value') ?? '';
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') || changed.has('regions') || changed.has('multiple') || changed.has('severity')) {
      this.#applyValue();
    }
    if (this.active && !this.#regionById(this.active.id)) this.active = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#paintLayers();
    this.#publish();
    if (changed.has('value') || changed.has('required') || changed.has('name') || changed.has('severity')) {
      this.#syncForm();
    }
  }

  #applyValue(): void {
    const known = new Set(this.#offered.map((r) => r.id));
    const { selected, rejected } = parseSelection(this.value, (id) => known.has(id));
    if (!this.severity) for (const id of selected.keys()) selected.set(id, undefined);
    let message = '';
    if (rejected.length) message = this.localize.term('unknownRegions', rejected.join(', '));
    if (!this.multiple && selected.size > 1) {
      const [first] = selected.keys();
      for (const id of [...selected.keys()].slice(1)) selected.delete(id);
      message = [message, this.localize.term('onlyOneRegion', first!)].filter(Boolean).join(' ');
    }
    this.#selection = selected;
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

  #syncForm(): void {
    const entries = new FormData();
    if (this.name) for (const id of this.#selection.keys()) entries.append(this.name, this.#token(id));
    this.#internals.setFormValue(this.#selection.size ? entries : null, this.value);
    if (this.required && this.#selection.size === 0) {
      this.#internals.setValidity(
        { valueMissing: true },
        this.localize.term('chooseAtLeastOne'),
        this.#listbox ?? undefined,
      );
    } else {
      this.#internals.setValidity({});
    }
  }

  // ---- The provider's selection ---------------------------------------------------------------

  /**
   * The provider's selection changed (or the map just joined one): the map shows it. On joining,
   * a provider with nothing chosen takes the map's own value instead (the page's `value`).
   */
  #follow(shared: SharedSelection | undefined): void {
    // Out of every provider: the next one joined is joined afresh.
    if (!shared) return void (this.#joined = false);
    const mine = this.value.split(/\s+/).flatMap((token) => token.split(':')[0] || []);
    if (!this.#joined) {
      this.#joined = true;
      if (!shared.regions.length && mine.length) return shared.select(mine);
    }
    if (same(shared.regions, mine)) return;
    const taken = shared.regions.slice(0, this.multiple ? undefined : 1);
    this.value = taken.map((id) => (this.#selection.has(id) ? this.#token(id) : id)).join(' ');
  }

  /** The map's selection changed (by the visitor, a script or a form reset): so does the provider's. */
  #publish(): void {
    const shared = this.#shared.value;
    if (shared && this.#joined && !same(shared.regions, this.selected)) shared.select(this.selected);
  }

  // ---- Helpers ------------------------------------------------------------------------------

  /** The regions offered: set by the page, else the provider's dataset's, else the bundled ones. */
  get #offered(): BodyRegion[] {
    return this.regions !== bundledRegions ? this.regions : (this.#providedDataset.value?.regions ?? bundledRegions);
  }

  get #isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  get #listbox(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('[role="listbox"]') ?? null;
  }

  #token(id: string): string {
    const rating = this.#selection.get(id);
    return this.severity && rating !== undefined ? `${id}:${rating}` : id;
  }

  #regionById(id: string): BodyRegion | undefined {
    return this.#indexed().byId.get(id);
  }

  /** "Shoulder, left" — the name with its anatomical side. */
  #regionName(region: BodyRegion): string {
    if (!region.side) return region.name;
    return this.localize.term(
      'withSide',
      region.name,
      this.localize.term(region.side === 'left' ? 'sideLeft' : 'sideRight'),
    );
  }

  get #shownViews(): FigureView[] {
    const views = this.view === 'front' ? ['front'] : this.view === 'back' ? ['back'] : ['front', 'back'];
    return views.map((v) => FIGURE.views[v as View]);
  }

  /** Regions drawn in the shown views, in body order (the order of the list and of Home/End). */
  get #shownRegions(): BodyRegion[] {
    const drawn = new Set(this.#shownViews.flatMap((v) => v.regions.map((s) => s.id)));
    return this.#offered.filter((r) => drawn.has(r.id));
  }

  /**
   * The drawings on screen: in a narrow map showing both views, only the one its switch shows.
   * Before the first layout (or in list view), every shown view.
   */
  #displayedViews(): FigureView[] {
    const shown = this.#shownViews;
    if (this.listView) return shown;
    const displayed = shown.filter(
      (figure) => !!this.renderRoot.querySelector(`[data-view="${figure.view}"]`)?.getClientRects().length,
    );
    return displayed.length ? displayed : shown;
  }

  /** The shown regions in the list view's groups (head and neck, arms, trunk, legs), in body order within each. */
  #groups(): BodyRegion[][] {
    const groups = GROUPS.map(() => [] as BodyRegion[]);
    for (const region of this.#shownRegions) groups[groupOf(region.area)]!.push(region);
    return groups;
  }

  /**
   * The shapes of a drawing for the regions the map offers, in their order (left before right):
   * the order of the options, and of the drawing (the jaw after the head, over it).
   */
  #shapesOf(figure: FigureView): RegionShape[] {
    return this.#indexed().shapes[figure.view];
  }

  /** The regions by id and each drawing's shapes for them, worked out once per list of regions. */
  #indexed(): RegionIndex {
    const regions = this.#offered;
    if (this.#index?.regions !== regions) {
      const byId = new Map(regions.map((r) => [r.id, r]));
      const of = (figure: FigureView) => {
        const drawn = new Map(figure.regions.map((shape) => [shape.id, shape]));
        return regions.flatMap((region) => drawn.get(region.id) ?? []);
      };
      const shapes = { front: of(FIGURE.views.front), back: of(FIGURE.views.back) };
      const ids = (list: RegionShape[]) => new Set(list.map((shape) => shape.id));
      const version = (this.#index?.version ?? 0) + 1;
      this.#index = { regions, version, byId, shapes, drawn: { front: ids(shapes.front), back: ids(shapes.back) } };
    }
    return this.#index;
  }

  /**
   * Where the keyboard can go (Home, End, typing), in the order of the options: the list's groups,
   * or the options of the drawings on screen.
   */
  #reachableRegions(): BodyRegion[] {
    if (this.listView) return this.#groups().flat();
    return this.#displayedViews().flatMap((figure) =>
      this.#shapesOf(figure).flatMap((shape) =>
        this.#ownerOf(shape.id) === figure.view ? this.#regionById(shape.id)! : [],
      ),
    );
  }

  /** Every drawn shape on screen as a navigation point, where it is drawn (side by side, stacked, or alone). */
  #navPoints(): NavPoint[] {
    return this.#displayedViews().flatMap((figure) => {
      const box = this.renderRoot.querySelector(`[data-view="${figure.view}"] svg`)!.getBoundingClientRect();
      const scale = box.width / FIGURE.width;
      return figure.regions
        .filter((shape) => this.#regionById(shape.id))
        .map((shape) => ({
          key: `${figure.view}:${shape.id}`,
          x: box.left + shape.center.x * scale,
          y: box.top + shape.center.y * scale,
        }));
    });
  }

  /** The view whose copy of a region is its option: the switch's view if it is drawn there, else the first. */
  #ownerOf(id: string): View | undefined {
    const { drawn } = this.#indexed();
    const views = this.#shownViews.map((v) => v.view).filter((view) => drawn[view].has(id));
    return views.includes(this.face) ? this.face : views[0];
  }

  #activeOrFirst(): { id: string; view: View } | undefined {
    if (this.active && this.#shownRegions.some((r) => r.id === this.active!.id)) {
      const drawnIn = this.#shownViews.find(
        (v) => v.view === this.active!.view && v.regions.some((s) => s.id === this.active!.id),
      );
      if (drawnIn) return this.active;
      const other = this.#shownViews.find((v) => v.regions.some((s) => s.id === this.active!.id));
      if (other) return { id: this.active.id, view: other.view };
    }
    const firstSelected = this.#shownRegions.find((r) => this.#selection.has(r.id));
    const first = firstSelected ?? this.#shownRegions[0];
    if (!first) return undefined;
    return { id: first.id, view: this.#ownerOf(first.id)! };
  }

  // ---- User actions -------------------------------------------------------------------------

  #toggle(id: string): void {
    if (this.#isDisabled) return;
    const next = new Map(this.multiple ? this.#selection : []);
    if (this.#selection.has(id)) next.delete(id);
    else next.set(id, undefined);
    this.#commit(next, id);
  }

  #rate(id: string, rating: number): void {
    if (this.#isDisabled || !this.severity) return;
    const clamped = Math.max(0, Math.min(10, Math.round(rating)));
    if (this.#selection.get(id) === clamped) return;
    const next = new Map(this.multiple ? this.#selection : []);
    next.set(id, clamped);
    this.#commit(next, id);
  }

  #commit(next: Map<string, number | undefined>, regionId: string): void {
    this.#selection = next;
    this.value = serializeSelection(next, this.severity);
    // Before the events: a provider that hears them already has the new selection.
    this.#publish();
    this.emit('bw-region-select', {
      regionId,
      selected: next.has(regionId),
      severity: next.get(regionId),
      value: this.value,
    });
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #setActive(target: { id: string; view: View } | undefined): void {
    if (!target) return;
    this.active = target;
    // Keep it in sight (a tall figure on a phone, a long list): the list's option, or the drawn shape.
    const where = this.listView ? `#option-${target.id}` : `[data-view="${target.view}"] [data-region="${target.id}"]`;
    this.updateComplete.then(() => this.renderRoot.querySelector(where)?.scrollIntoView?.({ block: 'nearest' }));
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (this.#isDisabled) return;
    const current = this.#activeOrFirst();
    if (!current) return;
    const order = this.#reachableRegions();
    const key = event.key;
    let handled = true;
    if (key in ARROWS) {
      if (this.listView) {
        // A list reads in the text's direction: in a right-to-left page ArrowRight goes back.
        const step = key === 'ArrowUp' || key === (this.matches(':dir(rtl)') ? 'ArrowRight' : 'ArrowLeft') ? -1 : 1;
        const index = order.findIndex((r) => r.id === current.id);
        const target = order[Math.max(0, Math.min(order.length - 1, index + step))]!;
        this.#setActive({ id: target.id, view: current.view });
      } else {
        const points = this.#navPoints();
        const from = points.find((p) => p.key === `${current.view}:${current.id}`);
        const found = from && nearestInDirection(from, ARROWS[key]!, points);
        if (found) {
          const [view, id] = found.key.split(':') as [View, string];
          this.#setActive({ id, view });
        } else if (!this.active) {
          this.#setActive(current);
        }
      }
    } else if (key === 'Home' || key === 'End') {
      const target = key === 'Home' ? order[0] : order[order.length - 1];
      if (target) this.#setActive({ id: target.id, view: this.#viewOf(target.id, current.view) });
    } else if (key === ' ' || key === 'Enter') {
      this.active = current;
      this.#toggle(current.id);
    } else if (this.severity && (key === '+' || key === '=' || key === '-' || key === '_')) {
      const now = this.#selection.get(current.id) ?? (key === '-' || key === '_' ? 1 : -1);
      this.active = current;
      this.#rate(current.id, now + (key === '-' || key === '_' ? -1 : 1));
    } else if (this.severity && /^[0-9]$/.test(key)) {
      const now = performance.now();
      const ten = key === '0' && this.#lastDigit?.digit === '1' && now - this.#lastDigit.at < TYPEAHEAD_MS;
      this.#lastDigit = { digit: key, at: now };
      this.active = current;
      this.#rate(current.id, ten ? 10 : Number(key));
    } else if (key.length === 1 && /\S/.test(key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      this.#typeaheadFind(key, current);
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  }

  #viewOf(id: string, preferred: View): View {
    const views = this.#displayedViews()
      .filter((v) => v.regions.some((s) => s.id === id))
      .map((v) => v.view);
    return views.includes(preferred) ? preferred : (views[0] ?? preferred);
  }

  /** Typing letters jumps to the next region whose name starts with them. */
  #typeaheadFind(char: string, current: { id: string; view: View }): void {
    const now = performance.now();
    this.#typeahead = now - this.#typeaheadAt > TYPEAHEAD_MS ? char : this.#typeahead + char;
    this.#typeaheadAt = now;
    // The same letter pressed again and again cycles through the names starting with it.
    const repeated = [...this.#typeahead].every((c) => c === char);
    const query = (repeated ? char : this.#typeahead).toLocaleLowerCase();
    const order = this.#reachableRegions();
    const start = order.findIndex((r) => r.id === current.id);
    // A single letter moves on to the next match; a longer query may stay on the current one.
    const offset = repeated ? 1 : 0;
    for (let i = 0; i < order.length; i++) {
      const region = order[(start + offset + i) % order.length]!;
      if (this.#regionName(region).toLocaleLowerCase().startsWith(query)) {
        this.#setActive({ id: region.id, view: this.#viewOf(region.id, current.view) });
        return;
      }
    }
  }

  /** The region under a pointer or click, in a drawing (and that drawing's view) or in the list. */
  #regionAt(event: Event): { id: string; view: View } | undefined {
    const target = event.target as Element;
    const id = target.closest?.('[data-region]')?.getAttribute('data-region');
    const view = target.closest?.('[data-view]')?.getAttribute('data-view') as View | null | undefined;
    if (!id || !this.#regionById(id)) return undefined;
    return { id, view: view ?? this.#viewOf(id, this.active?.view ?? 'front') };
  }

  /** One listener for every region, drawn or listed, rather than one per region. */
  readonly #onClick = (event: Event): void => {
    const hit = this.#regionAt(event);
    if (!hit || this.#isDisabled) return;
    this.active = hit;
    this.#toggle(hit.id);
  };

  /** Listens in the capture phase, where an ancestor also sees `pointerenter`, which does not bubble. */
  readonly #onRegionEnter = {
    handleEvent: (event: Event): void => {
      const hit = this.#regionAt(event);
      // Entering the region's group and then its shape is one hover, and one render.
      if (hit && (hit.id !== this.hovered?.id || hit.view !== this.hovered.view)) this.hovered = hit;
    },
    capture: true,
  };

  readonly #onFigureLeave = (): void => {
    this.hovered = undefined;
  };

  #onFocus(): void {
    this.focusVisible = this.#listbox?.matches(':focus-visible') ?? false;
    const active = this.#activeOrFirst();
    // A narrow map showing one view turns to the one where the active region is drawn.
    if (active && !this.#displayedViews().some((v) => v.view === active.view)) this.face = active.view;
    if (!this.active) this.active = active;
  }

  /** The Front/Back switch: that view, and the active region moved into it if it is not drawn there. */
  #showFace(view: View): void {
    this.face = view;
    const figure = FIGURE.views[view];
    const active = this.#activeOrFirst();
    if (active && figure.regions.some((s) => s.id === active.id)) this.active = { id: active.id, view };
    else {
      const first =
        this.#offered.find((r) => this.#selection.has(r.id) && figure.regions.some((s) => s.id === r.id)) ??
        this.#offered.find((r) => figure.regions.some((s) => s.id === r.id));
      if (first) this.active = { id: first.id, view };
    }
  }

  #onBlur(): void {
    this.focusVisible = false;
  }

  #toggleListView(): void {
    this.listView = !this.listView;
  }

  #onSeverityInput(id: string, event: Event): void {
    this.#rate(id, Number((event.target as HTMLInputElement).value));
  }

  // ---- Rendering ----------------------------------------------------------------------------

  #optionLabel(region: BodyRegion): string {
    const name = this.#regionName(region);
    if (!this.severity || !this.#selection.has(region.id)) return name;
    const rating = this.#selection.get(region.id);
    const detail = rating === undefined ? this.localize.term('notRated') : this.localize.term('painOutOf10', rating);
    return `${name}, ${detail}`;
  }

  #accessibleName(): string {
    if (this.label) return this.label;
    const labels = [...(this.#internals.labels ?? [])].map((l) => l.textContent?.trim()).filter(Boolean);
    return labels.join(' ') || this.localize.term('bodyMapLabel');
  }

  protected override render(): TemplateResult {
    const active = this.#activeOrFirst();
    const disabled = this.#isDisabled;
    const list = this.listView;
    const t = this.localize;
    // The region under the pointer, or the one the keyboard is on: named in the toolbar, never over the drawing.
    const named = list ? undefined : (this.hovered ?? (this.focusVisible ? active : undefined));
    const region = named && this.#regionById(named.id);
    const both = this.view === 'both';
    return html`
      <div class="base" part="base">
        <div class="toolbar" part="toolbar">
          ${
            region
              ? html`<span class="count readout" part="readout" aria-hidden="true">${this.#regionName(region)}</span>`
              : html`<span class="count" aria-hidden="true">${t.term('selectedCount', this.#selection.size)}</span>`
          }
          ${list || !both ? nothing : this.#renderFaceSwitch(disabled)}
          <button
            type="button"
            class="button toggle"
            part="toggle"
            ?disabled=${disabled}
            @click=${this.#toggleListView}
          >
            ${t.term(list ? 'showAsFigure' : 'showAsList')}
          </button>
        </div>
        <div
          class="listbox ${list ? 'as-list' : `views ${both ? 'both' : 'single'} face-${this.face}`}"
          part=${list ? 'listbox' : 'listbox views'}
          role="listbox"
          tabindex=${disabled ? '-1' : '0'}
          aria-label=${this.#accessibleName()}
          aria-describedby="hint"
          aria-multiselectable=${this.multiple ? 'true' : 'false'}
          aria-required=${this.required ? 'true' : 'false'}
          aria-disabled=${disabled ? 'true' : 'false'}
          aria-activedescendant=${active && !disabled ? `option-${active.id}` : nothing}
          @keydown=${this.#onKeyDown}
          @click=${this.#onClick}
          @focus=${this.#onFocus}
          @blur=${this.#onBlur}
        >
          ${list ? this.#renderGroups(active) : this.#shownViews.map((figure) => this.#renderView(figure, active))}
        </div>
        <p id="hint" class="visually-hidden">
          ${t.term('bodyMapHint')} ${this.severity ? t.term('bodyMapSeverityHint') : ''}
        </p>
        ${this.severity ? this.#renderSeverity(disabled) : nothing}
      </div>
    `;
  }

  #renderFaceSwitch(disabled: boolean): TemplateResult {
    const t = this.localize;
    return html`<div class="faces" part="view-switch" role="group" aria-label=${t.term('viewSwitch')}>
      ${(['front', 'back'] as const).map(
        (view) =>
          html`<button
            type="button"
            class="button face"
            aria-pressed=${this.face === view ? 'true' : 'false'}
            ?disabled=${disabled}
            @click=${() => this.#showFace(view)}
          >
            ${t.term(view === 'front' ? 'viewFront' : 'viewBack')}
          </button>`,
      )}
    </div>`;
  }

  /** The list view: the regions in groups of body areas, each group named. */
  #renderGroups(active: { id: string } | undefined): TemplateResult[] {
    return this.#groups().flatMap((members, index) =>
      members.length
        ? [
            html`<div class="group" part="group" role="group" aria-labelledby="group-${index}">
              <span class="group-label" part="group-label" id="group-${index}">
                ${this.localize.term(GROUPS[index]![0])}
              </span>
              ${members.map((region) => this.#renderOption(region, active))}
            </div>`,
          ]
        : [],
    );
  }

  #renderOption(region: BodyRegion, active: { id: string } | undefined): TemplateResult {
    const selected = this.#selection.has(region.id);
    const rating = this.#selection.get(region.id);
    return html`<div
      id="option-${region.id}"
      class="option ${active?.id === region.id ? 'active' : ''}"
      part="option"
      role="option"
      data-region=${region.id}
      aria-selected=${selected ? 'true' : 'false'}
      aria-label=${this.#optionLabel(region)}
    >
      <span class="check" aria-hidden="true"></span>
      <span class="option-name">${this.#regionName(region)}</span>
      ${
        this.severity && selected && rating !== undefined
          ? html`<span class="option-rating sev-${rating}">${rating}</span>`
          : nothing
      }
    </div>`;
  }

  /** The regions of a drawing: this map's copy, made again only when the drawn regions change. */
  #layerFor(view: View, shapes: RegionShape[]): SVGGElement {
    const kept = this.#layers.get(view);
    if (kept && kept.shapes.length === shapes.length && kept.shapes.every((s, i) => s === shapes[i])) {
      return kept.layer;
    }
    const layer = regionLayer(view, shapes);
    this.#layers.set(view, { layer, shapes });
    return layer;
  }

  /**
   * Shows the selection, ratings and hover on the drawn regions, and makes each region's copy in
   * its owner view its option, after each render. A drawing that is not shown keeps its copy,
   * which is painted too, so it is right the moment it is shown again.
   */
  #paintLayers(): void {
    const shown = new Set(this.listView ? [] : this.#shownViews.map((v) => v.view));
    const names = `${this.localize.lang()} ${this.severity} ${this.#indexed().version}`;
    for (const [view, { layer, shapes }] of this.#layers) {
      paintRegions(
        layer,
        shapes,
        (id) => {
          const selected = this.#selection.has(id);
          return {
            selected,
            rating: this.severity && selected ? this.#selection.get(id) : undefined,
            hovered: this.hovered?.id === id && this.hovered.view === view,
            option: shown.has(view) && this.#ownerOf(id) === view,
          };
        },
        (id) => this.#optionLabel(this.#regionById(id)!),
        `hatch-${view}`,
        names,
      );
    }
  }

  #renderView(figure: FigureView, active: { id: string; view: View } | undefined): TemplateResult {
    const shapes = this.#shapesOf(figure);
    const focused =
      active && active.view === figure.view && this.focusVisible ? shapes.find((s) => s.id === active.id) : undefined;
    const hatch = `hatch-${figure.view}`;
    const name = this.localize.term(figure.view === 'front' ? 'viewFront' : 'viewBack');
    const { left, right } = figure.markers;
    // Plain boxes: between the listbox and its groups of options, nothing else for assistive technology.
    return html`<div class="view ${figure.view}" part="view" data-view=${figure.view}>
      <div class="view-label" part="view-label" aria-hidden="true">${name}</div>
      <svg
        class="figure"
        role="group"
        aria-label=${name}
        viewBox="0 0 ${FIGURE.width} ${FIGURE.height}"
        @pointerenter=${this.#onRegionEnter}
        @pointerleave=${this.#onFigureLeave}
      >
        <defs>
          <pattern id=${hatch} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
            <line class="hatch-line" x1="0" y1="0" x2="0" y2="5"></line>
          </pattern>
        </defs>
        ${this.#layerFor(figure.view, shapes)}
        ${focused ? svg`<path class="focus-ring" d=${focused.d}></path>` : nothing}
        <text class="marker" aria-hidden="true" x=${left.x} y=${left.y}>${this.localize.term('sideLetterLeft')}</text>
        <text class="marker" aria-hidden="true" x=${right.x} y=${right.y}>
          ${this.localize.term('sideLetterRight')}
        </text>
      </svg>
    </div>`;
  }

  #renderSeverity(disabled: boolean): TemplateResult {
    const chosen = this.#shownRegions.filter((r) => this.#selection.has(r.id));
    return html`<fieldset class="severity" part="severity" ?hidden=${chosen.length === 0} ?disabled=${disabled}>
      <legend>${this.localize.term('severityLegend')}</legend>
      ${chosen.map((region) => {
        const rating = this.#selection.get(region.id);
        const name = this.#regionName(region);
        return html`<label class="severity-row">
          <span class="severity-name">${this.localize.term('severityFor', name)}</span>
          <input
            type="range"
            min="0"
            max="10"
            step="1"
            .value=${String(rating ?? 0)}
            aria-valuetext=${rating === undefined ? this.localize.term('notRated') : this.localize.term('painOutOf10', rating)}
            @input=${(event: Event) => this.#onSeverityInput(region.id, event)}
          />
          <output class="severity-value sev-${rating ?? 'none'}">${rating ?? '–'}</output>
        </label>`;
      })}
    </fieldset>`;
  }
}
