import { ContextConsumer, type Context } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ensureContextRoot } from './context-root.js';

/**
 * What the nearest `<bw-provider>` around an element provides for one context, kept current:
 * the one way the library's elements read a provider context.
 *
 * ```ts
 * import { datasetContext } from '…/context/contexts.js';
 * import { Provided } from '…/context/provided.js';
 *
 * class BwSomething extends BwElement {
 *   private readonly providedDataset = new Provided(this, datasetContext);
 *
 *   render() {
 *     const regions = (this.providedDataset.value ?? bundled).regions; // value: undefined outside any provider
 *   }
 * }
 * ```
 *
 * To hear each change (e.g. to mark a property as changed for `willUpdate`), pass `onChange`:
 * `new Provided(this, selectionContext, (value, old) => this.requestUpdate('selection', old))`,
 * with a `selection` getter that returns `value`.
 *
 * - `value` is the provider's value, or `undefined` outside any provider (the element keeps its
 *   bundled default). A new value requests an update of the host and calls `onChange`, if given.
 * - It subscribes, and attaches the document's context root before the first request: a provider
 *   that is added or upgraded later still answers.
 * - Moved (disconnected, then connected elsewhere): the provider around the new place answers at
 *   once; with none there, `value` goes back to `undefined`.
 *
 * Built on `@lit/context`'s `ContextConsumer`, which asks again on every connect and leaves the
 * old provider on disconnect, but keeps its last value when no one answers; this adds that reset.
 */
export class Provided<T> implements ReactiveController {
  private current: T | undefined;
  /** Whether a provider answered while the host was connected, since it was last disconnected. */
  private answered = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    context: Context<unknown, T>,
    private readonly onChange?: (value: T | undefined, old: T | undefined) => void,
  ) {
    ensureContextRoot();
    new ContextConsumer(host, {
      context,
      subscribe: true,
      callback: (value) => {
        if (host.isConnected) this.answered = true;
        this.set(value);
      },
    });
    // After the consumer: on connect, its request has been answered (or not) when hostConnected runs.
    host.addController(this);
  }

  /** The nearest provider's value; `undefined` outside any provider. */
  get value(): T | undefined {
    return this.current;
  }

  hostConnected(): void {
    if (!this.answered) this.set(undefined);
  }

  hostDisconnected(): void {
    this.answered = false;
  }

  private set(value: T | undefined): void {
    const old = this.current;
    if (value === old) return;
    this.current = value;
    this.onChange?.(value, old);
    this.host.requestUpdate();
  }
}
