/**
 * The body map's value: space-separated region ids, each optionally followed by `:severity`
 * (0–10), e.g. `"shoulder-left neck:7"`. Parsing never throws: anything it cannot use is
 * returned as `rejected`, so the element can drop it with one warning.
 */
export interface ParsedSelection {
  /** Region id → severity (undefined when none was given). In the order given. */
  selected: Map<string, number | undefined>;
  /** Tokens that name no known region or carry a bad severity. */
  rejected: string[];
}

const TOKEN = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?::(\d{1,2}))?$/;

export function parseSelection(value: unknown, isKnown: (id: string) => boolean): ParsedSelection {
  const selected = new Map<string, number | undefined>();
  const rejected: string[] = [];
  const text = typeof value === 'string' ? value : value == null ? '' : String(value);
  for (const token of text.split(/\s+/).filter(Boolean)) {
    const match = TOKEN.exec(token);
    const id = match?.[1];
    const severity = match?.[2] === undefined ? undefined : Number(match[2]);
    if (!id || !isKnown(id) || (severity !== undefined && severity > 10)) {
      rejected.push(token);
      continue;
    }
    selected.set(id, severity);
  }
  return { selected, rejected };
}

/** The value string; severities are written only in severity mode. */
export function serializeSelection(selected: ReadonlyMap<string, number | undefined>, withSeverity: boolean): string {
  return [...selected]
    .map(([id, severity]) => (withSeverity && severity !== undefined ? `${id}:${severity}` : id))
    .join(' ');
}
