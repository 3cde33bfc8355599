/**
 * Booking URL templates: a clinic's booking address with `{technique}`, `{region}` and `{area}`
 * placeholders, e.g. `https://clinic.example/book?treatment={technique}&area={area}`.
 * Pure functions: no DOM access beyond the page's base address, which callers may pass.
 */

/** The values a booking URL template can hold. A list fills its placeholder with its items, comma-separated. */
export type BookingValues = Partial<Record<'technique' | 'region' | 'area', string | readonly string[]>>;

const PLACEHOLDER = /\{(technique|region|area)\}/g;
const SELECTION_PLACEHOLDER = /\{(?:region|area)\}/;

function encode(value: unknown): string {
  if (typeof value === 'string') return encodeURIComponent(value);
  if (Array.isArray(value))
    return value
      .filter((item): item is string => typeof item === 'string')
      .map((item) => encodeURIComponent(item))
      .join(',');
  return '';
}

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
  if (typeof template !== 'string' || !template.trim()) return undefined;
  try {
    const filled = template.replace(PLACEHOLDER, (_, key: keyof BookingValues) => encode(values?.[key]));
    const url = new URL(filled, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    // A malformed address, no base for a relative one, or a lone surrogate that cannot be encoded.
    return undefined;
  }
}

/** Whether a template is usable: it gives an http(s) address once filled. */
export const isBookingUrl = (template: unknown, base?: string): template is string =>
  fillBookingUrl(template, {}, base ?? globalThis.document?.baseURI) !== undefined;

/** Whether a template depends on the shared selection (holds `{region}` or `{area}`). */
export const usesSelection = (template: string | undefined): boolean =>
  template !== undefined && SELECTION_PLACEHOLDER.test(template);
