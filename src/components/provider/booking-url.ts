/**
 * Booking URL templates: a clinic's booking address with `{technique}`, `{region}` and `{area}`
 * placeholders, e.g. `https://clinic.example/book?treatment={technique}&area={area}`.
 * Pure functions: no DOM access beyond the page's base address, which callers may pass.
 */
import { fillUrlTemplate } from '../../internal/url-template.js';

/** The values a booking URL template can hold. A list fills its placeholder with its items, comma-separated. */
export type BookingValues = Partial<Record<'technique' | 'region' | 'area', string | readonly string[]>>;

const SELECTION_PLACEHOLDER = /\{(?:region|area)\}/;

/**
 * Fills a booking URL template and checks the result. Never throws.
 *
 * - `{technique}`, `{region}` and `{area}` are replaced by their values, URL-encoded with
 *   `encodeURIComponent` (a space becomes `%20`, `&` becomes `%26`, `é` becomes `%C3%A9`), so a
 *   value can never add a query parameter, a path or a scheme. A list becomes its encoded items
 *   joined by commas; a missing value becomes empty text. Other `{…}` text is left as it is.
 * - The result is resolved against `base` (default: the page's base address), so relative templates
 *   such as `/book?treatment={technique}` work on http(s) pages and become absolute.
 * - Only `http:` and `https:` results are returned: `javascript:`, `data:`, `mailto:`, a malformed
 *   address, or a relative template on a page that is not itself http(s) (e.g. `file:`) give
 *   `undefined`.
 */
export function fillBookingUrl(
  template: unknown,
  values: BookingValues = {},
  base: string | undefined = globalThis.document?.baseURI,
): string | undefined {
  const { technique, region, area } = values ?? {};
  return fillUrlTemplate(template, { technique, region, area }, base);
}

/** Whether a template is usable: it gives an http(s) address once filled. */
export const isBookingUrl = (template: unknown, base?: string): template is string =>
  fillBookingUrl(template, {}, base ?? globalThis.document?.baseURI) !== undefined;

/** Whether a template depends on the shared selection (holds `{region}` or `{area}`). */
export const usesSelection = (template: string | undefined): boolean =>
  template !== undefined && SELECTION_PLACEHOLDER.test(template);
