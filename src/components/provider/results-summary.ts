import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { rankTechniques } from '../../data/query.js';
import type { Dataset } from '../../data/types.js';
import type { LocalizeController } from '../../internal/localize/localize.js';

/** What the results summary needs from the provider. */
export interface ResultsSummaryHost extends ReactiveControllerHost, HTMLElement {
  readonly content: Dataset;
}

/** The count line of the `<bw-technique-list>` inside the provider: where "Show them" takes focus. */
function countOf(list: Element): HTMLElement | null | undefined {
  return list.shadowRoot?.querySelector<HTMLElement>('[part~="count"]');
}

/**
 * After a visitor chooses on a body map, a short summary ("4 techniques often used for Neck")
 * with a "Show them" button, when the provider holds a technique list that is out of view (on a
 * phone it is often a screen or two below the figure, so a tap seemed to do nothing). It sits at
 * the bottom of the view, is announced politely, and
 * goes when the list comes into view, when "Show them" is used (focus moves to the list's count,
 * scrolled to the top of the view) or when the selection is cleared.
 */
export class ResultsSummaryController implements ReactiveController {
  private summary: string | undefined;
  private observer: IntersectionObserver | undefined;

  constructor(
    private readonly host: ResultsSummaryHost,
    private readonly localize: LocalizeController,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stopWatching();
    this.summary = undefined;
  }

  /** The provider's own technique list (not one of a nested provider). */
  private list(): HTMLElement | undefined {
    return [...this.host.querySelectorAll<HTMLElement>('bw-technique-list')].find(
      (el) => el.closest('bw-provider') === this.host,
    );
  }

  /** A visitor chose these areas on a body map (names in body order). */
  chosen(areaIds: readonly string[]): void {
    const list = this.list();
    const areas = this.host.content.areas.filter((a) => areaIds.includes(a.id));
    const before = this.summary;
    this.summary = undefined;
    if (list && areas.length && !this.inView(list)) {
      const { typical, more } = rankTechniques(this.host.content, areaIds);
      const l = this.localize;
      const topic = l.list(areas.map((a) => a.name));
      this.summary = more.length
        ? l.term('techniqueCountOf', typical.length, typical.length + more.length, topic)
        : l.term('techniqueCount', typical.length, topic);
      this.watch(list);
    } else this.stopWatching();
    if (before !== this.summary) this.host.requestUpdate();
  }

  /** Whether any of the list shows: then the visitor sees it change. */
  private inView(el: Element): boolean {
    const box = el.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  }

  private watch(list: Element): void {
    this.stopWatching();
    if (typeof IntersectionObserver !== 'function') return;
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) this.dismiss();
    });
    this.observer.observe(list);
  }

  private stopWatching(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private dismiss(): void {
    this.stopWatching();
    if (this.summary === undefined) return;
    this.summary = undefined;
    this.host.requestUpdate();
  }

  /** "Show them": the list's count at the top of the view, with focus. */
  private readonly show = (): void => {
    const list = this.list();
    this.dismiss();
    const target = list && (countOf(list) ?? list);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  };

  /** A polite live region, always there (so what appears in it is announced), holding the summary. */
  render(): TemplateResult {
    return html`<div class="results" part="results" role="status">
      ${
        this.summary
          ? html`<div class="results-box">
              <p>${this.summary}</p>
              <button type="button" class="button" part="results-button" @click=${this.show}>
                ${this.localize.term('providerShowResults')}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }
}

/**
 * Styles of the results summary: a small bar at the bottom of the view, above the page. Fixed, so
 * the live region is out of the page's flow: the provider (display: contents) still adds no box
 * to a grid or flex layout around it.
 */
export const resultsSummaryStyles = css`
  .results {
    position: fixed;
    inset-inline: 0;
    inset-block-end: var(--_space-3);
    z-index: 2;
    display: flex;
    justify-content: center;
    color: var(--_text);
    pointer-events: none;
  }

  .results-box {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2) var(--_space-3);
    box-sizing: border-box;
    max-inline-size: min(36em, 100% - 1em);
    padding: var(--_space-2) var(--_space-3);
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.25);
    font-weight: 600;
    pointer-events: auto;
  }

  .results-box p {
    margin: 0;
  }
`;
