import { ContextRoot } from '@lit/context';

/**
 * One `ContextRoot` per document, shared by every copy of the library on the page (the flag is a
 * `Symbol.for` key, which all copies see), so that context requests made before any provider
 * exists are kept and answered when a provider connects.
 */
const ATTACHED = Symbol.for('bodywork-elements.context-root');

type Marked = Document & { [ATTACHED]?: ContextRoot };

/**
 * Attaches the shared `ContextRoot` to the document, once. Idempotent and cheap; never throws.
 *
 * Script-tag pages load in any order: a `<bw-body-map>` may upgrade before the `<bw-provider>`
 * around it. Its context request then finds no provider; the root keeps it (it must be a
 * subscribing request, as `Provided` and `@consume({ context, subscribe: true })` make) and
 * replays it when a provider connects. `Provided` (provided.ts) calls this when an element
 * creates it, so the root is there before the element's first request; code outside the library
 * that consumes a provider context with `@consume` calls it in its constructor.
 *
 * Lazy rather than at import time, so that importing an element stays free of side effects.
 */
export function ensureContextRoot(doc: Document | undefined = globalThis.document): void {
  if (!doc || (doc as Marked)[ATTACHED]) return;
  const root = new ContextRoot();
  try {
    Object.defineProperty(doc, ATTACHED, { value: root });
  } catch {
    return; // A document that cannot be marked gets no root rather than one per call.
  }
  root.attach(doc as unknown as HTMLElement);
}
