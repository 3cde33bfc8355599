// A story-only element that shows what <bw-provider> gives the elements inside it: the clinic's
// techniques with their booking links, and the shared selection. The library's own elements
// consume the same contexts (see src/context/contexts.ts).
import { consume } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
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

export class BwStoryContextReadout extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: system-ui, sans-serif;
      line-height: 1.5;
    }
    ul {
      padding-inline-start: 1.25em;
    }
  `;

  @consume({ context: datasetContext, subscribe: true })
  @state()
  private data?: Dataset;

  @consume({ context: clinicContext, subscribe: true })
  @state()
  private clinic?: ClinicConfig;

  @consume({ context: selectionContext, subscribe: true })
  @state()
  private selection?: SharedSelection;

  constructor() {
    super();
    ensureContextRoot();
  }

  protected override render() {
    if (!this.data) return html`<p>Not inside a provider.</p>`;
    const chosen = this.selection?.areas ?? [];
    const areaNames = this.data.areas.filter((a) => chosen.includes(a.id)).map((a) => a.name);
    return html`<p><strong>Chosen areas:</strong> ${areaNames.length ? areaNames.join(', ') : 'none yet'}</p>
      <p><strong>Techniques provided (${this.data.techniques.length}):</strong></p>
      <ul>
        ${this.data.techniques.map((t) => {
          const href = this.clinic?.bookingHref(t.id);
          return html`<li>${t.name}${href ? html` — <a href=${href}>Book ${t.name}</a>` : nothing}</li>`;
        })}
      </ul>`;
  }
}

if (!customElements.get('bw-story-context-readout'))
  customElements.define('bw-story-context-readout', BwStoryContextReadout);

declare global {
  interface HTMLElementTagNameMap {
    'bw-story-context-readout': BwStoryContextReadout;
  }
}
