/**
 * URL templates such as `https://clinic.example/book?treatment={technique}&area={area}`, shared by
 * the cards' link attributes and the provider's booking link. Pure: no DOM access beyond the
 * page's base address, which callers may pass.
 */

/** A placeholder's value: text, or a list that fills it with its items, comma-separated. */
export type TemplateValue = string | readonly string[] | undefined;

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
 * Fills a URL template and checks the result. Never throws.
 *
 * - Each `{key}` whose key is in `values` is replaced by its value URL-encoded with
 *   `encodeURIComponent` (a space becomes `%20`, `&` becomes `%26`), so a value can never add a
 *   query parameter, a path or a scheme. A list becomes its encoded items joined by commas; a key
 *   present with no value becomes empty text. Other `{…}` text is left as it is.
 * - The result is resolved against `base` (default: the page's base address), so relative
 *   templates such as `/book?treatment={technique}` work and become absolute.
 * - Only `http:` and `https:` results are returned: `javascript:`, `data:`, `mailto:`, a malformed
 *   address, or a relative template on a page that is not itself http(s) give `undefined`.
 */
export function fillUrlTemplate(
  template: unknown,
  values: Readonly<Record<string, TemplateValue>> = {},
  base: string | undefined = globalThis.document?.baseURI,
): string | undefined {
  if (typeof template !== 'string' || !template.trim()) return undefined;
  try {
    const filled = template.replace(/\{([\w-]+)\}/g, (whole, key: string) =>
      Object.hasOwn(values, key) ? encode(values[key]) : whole,
    );
    const url = new URL(filled, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    // A malformed address, no base for a relative one, or a lone surrogate that cannot be encoded.
    return undefined;
  }
}
