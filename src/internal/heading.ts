import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A heading at `level`, so an element can fit the page's outline: a real `<h1>`…`<h6>` (tag names
 * come from this fixed list, never from input), and `role="heading"` with `aria-level` below h6,
 * where HTML has no element. `name` is both its class and its part; `id` is optional.
 */
export function heading(level: number, name: string, content: unknown, id?: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class=${name} part=${name} id=${ifDefined(id)}>${content}</h1>`;
    case 2:
      return html`<h2 class=${name} part=${name} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 class=${name} part=${name} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 class=${name} part=${name} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 class=${name} part=${name} id=${ifDefined(id)}>${content}</h5>`;
    case 6:
      return html`<h6 class=${name} part=${name} id=${ifDefined(id)}>${content}</h6>`;
    default:
      return html`<p class=${name} part=${name} id=${ifDefined(id)} role="heading" aria-level=${level}>${content}</p>`;
  }
}
