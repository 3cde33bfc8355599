// A minimal element on the shared base, used to test what the base gives every element.
import { css, html } from 'lit';
import { BwElement } from '../../src/internal/base-element.js';
import { defineElement } from '../../src/internal/define.js';
import { errorBox } from '../../src/internal/error-box.js';
import { common, errors } from '../../src/internal/localize/en.js';

export class BwTestElement extends BwElement {
  static override properties = { item: { type: String } };
  static override strings = { ...common, ...errors };
  static override styles = [
    ...BwElement.styles,
    css`
      .box {
        padding: var(--_space-4);
        inline-size: 10em;
      }
    `,
  ];

  item = 'shoulder';

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('item') && this.item === 'nowhere') {
      this.reportError({
        code: 'unknown-region',
        message: this.localize.term('unknownId', 'region', this.item),
        value: this.item,
      });
    }
  }

  protected override render() {
    if (this.item === 'nowhere') return errorBox(this.localize, this.localize.term('unknownId', 'region', this.item));
    return html`<div class="box" part="box">
      ${this.localize.term('withSide', 'Shoulder', this.localize.term('sideLeft'))}
    </div>`;
  }
}

defineElement('bw-test-element', BwTestElement);

declare global {
  interface HTMLElementTagNameMap {
    'bw-test-element': BwTestElement;
  }
}
