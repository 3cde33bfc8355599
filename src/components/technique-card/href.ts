/**
 * Fills a URL template such as `/book?treatment={technique}`: each `{key}` is replaced by its
 * URL-encoded value. Returns the absolute address, or undefined unless it is http or https
 * (so `javascript:` and `data:` templates, or clinic data holding them, never become links).
 */
export function fillHref(template: string | undefined, values: Record<string, string> = {}): string | undefined {
  if (!template) return undefined;
  let filled = template;
  for (const [key, value] of Object.entries(values)) filled = filled.replaceAll(`{${key}}`, encodeURIComponent(value));
  try {
    const url = new URL(filled, document.baseURI);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
