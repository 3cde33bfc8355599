const formats = new Map<string, Intl.ListFormat>();

/**
 * "a, b, and c" in `lang`, like `LocalizeController.list`, but with the formatter cached per
 * language: creating an `Intl.ListFormat` costs more than rendering a card, and a list of every
 * technique needs two per card.
 */
export function formatList(lang: string, items: string[]): string {
  let format = formats.get(lang);
  if (!format) {
    try {
      format = new Intl.ListFormat(lang, { type: 'conjunction' });
    } catch {
      format = new Intl.ListFormat('en', { type: 'conjunction' });
    }
    formats.set(lang, format);
  }
  return format.format(items);
}
