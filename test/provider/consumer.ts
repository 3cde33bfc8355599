// A tiny test-only element that consumes the provider's three contexts with `@consume`, the way
// code outside the library does (the library's own elements use `Provided`, src/context/provided.ts),
// and shows what it received.
import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import {
  clinicContext,
  datasetContext,
  ensureContextRoot,
  selectionContext,
  type ClinicConfig,
  type SharedSelection,
} from '../../src/context/contexts.js';
import type { Dataset } from '../../src/data/types.js';

export class TestConsumer extends LitElement {
  @consume({ context: datasetContext, subscribe: true })
  @state()
  data?: Dataset;

  @consume({ context: clinicContext, subscribe: true })
  @state()
  clinic?: ClinicConfig;

  @consume({ context: selectionContext, subscribe: true })
  @state()
  selection?: SharedSelection;

  /** How many times a new dataset arrived. */
  datasets = 0;

  constructor() {
    super();
    ensureContextRoot();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('data')) this.datasets++;
  }

  protected override render() {
    const href = this.clinic?.bookingHref('swedish');
    return html`<p class="source">${this.data ? 'provided' : 'none'}</p>
      <ul class="techniques">
        ${(this.data?.techniques ?? []).map((t) => html`<li data-id=${t.id}>${t.name}</li>`)}
      </ul>
      <p class="areas">${this.selection?.areas.join(' ') ?? ''}</p>
      ${href ? html`<a class="book" href=${href}>Book</a>` : nothing}`;
  }
}

if (!customElements.get('test-consumer')) customElements.define('test-consumer', TestConsumer);

declare global {
  interface HTMLElementTagNameMap {
    'test-consumer': TestConsumer;
  }
}
