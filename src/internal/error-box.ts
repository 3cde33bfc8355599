import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from './localize/localize.js';

/**
 * The polite in-element message shown instead of a blank box when input cannot be shown. Needs
 * the `errors` group of en.ts in the element's strings.
 */
export function errorBox(l: LocalizeController, message: string): TemplateResult {
  return html`<div class="error" part="error" role="status">
    <strong>${l.term('errorHeading')}</strong>
    ${message}
  </div>`;
}
