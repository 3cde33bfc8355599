/**
 * Safe custom element registration. Clinic pages often load a script twice (a plugin and a
 * theme each add it), or load two versions. Registering must never throw:
 * - tag free: define it;
 * - tag taken by the same version: reuse the existing element silently;
 * - tag taken by another version: keep the first, and warn once per page naming both versions.
 */
export interface VersionedElement extends CustomElementConstructor {
  readonly version: string;
}

const warnedKey = Symbol.for('bodywork-elements.version-conflicts');

type Registry = typeof globalThis & { [warnedKey]?: Set<string> };

function warnOnce(existing: string, incoming: string, tag: string): void {
  const registry = globalThis as Registry;
  const warned = (registry[warnedKey] ??= new Set());
  const pair = `${existing}|${incoming}`;
  if (warned.has(pair)) return;
  warned.add(pair);
  console.warn(
    `bodywork-elements: version ${incoming} was loaded on a page that already has version ${existing}. ` +
      `The elements of version ${existing} are kept (first seen: <${tag}>). Load the library once to avoid surprises.`,
  );
}

export function defineElement(tag: string, element: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as Partial<VersionedElement> | undefined;
  if (existing) {
    if (existing !== element && existing.version !== element.version) {
      warnOnce(String(existing.version ?? 'unknown'), element.version, tag);
    }
    return;
  }
  try {
    registry.define(tag, element);
  } catch (error) {
    // The same class under a second tag, or a tag defined between our check and now.
    console.warn(`bodywork-elements: could not register <${tag}>: ${(error as Error).message}`);
  }
}
