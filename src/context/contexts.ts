/**
 * The contexts `<bw-provider>` provides to every element inside it, through `@lit/context`, and
 * the types of their values: the seam between the provider and the elements, below both (see
 * also flow-events.ts, the events that travel the other way). Side-effect free.
 *
 * ## Keys: strings with the major version, not symbols
 *
 * `createContext(Symbol(...))` would give each copy of the library its own keys. But one page
 * often holds two copies (a WordPress plugin's script tag and a theme's bundle), and custom element
 * registration keeps the first copy's class per tag: `<bw-provider>` may come from one copy and
 * `<bw-technique-list>` from the other. With symbol keys the clinic's data would then silently fail
 * to reach the list. String keys are shared by every copy, so the provider serves them all.
 * The major version is part of each key (`…@1`): within a major version the value types only
 * grow (fields are added, never removed or changed), and a copy of another major version is kept
 * apart instead of receiving values it cannot read.
 *
 * ## Consuming
 *
 * The library's elements read them through one controller, `Provided` (provided.ts):
 *
 * ```ts
 * import { datasetContext } from '…/context/contexts.js';
 * import { Provided } from '…/context/provided.js';
 *
 * class BwSomething extends BwElement {
 *   private readonly providedDataset = new Provided(this, datasetContext);
 *   // this.providedDataset.value: the provider's dataset, or undefined outside any provider
 * }
 * ```
 *
 * Code outside the library uses `@lit/context` itself, with `subscribe: true` (updates arrive,
 * and the request survives a provider that upgrades later) and `ensureContextRoot()` in the
 * constructor (the request is kept until a provider exists):
 *
 * ```ts
 * @consume({ context: datasetContext, subscribe: true })
 * @state() private provided?: Dataset;
 * ```
 *
 * Outside any provider the consumed value stays `undefined`: the element keeps its bundled
 * default. Values are immutable (frozen objects; treat the dataset as read-only): every change
 * is a new value, so the consumer re-renders.
 */
import { createContext } from '@lit/context';
import type { AreaId, Dataset } from '../data/types.js';

export { ensureContextRoot } from './context-root.js';

/**
 * The dataset in use: the bundled dataset, or the clinic's (bundled + overrides, checked with
 * `mergeDataset`). Hidden and not-offered techniques are already removed from it.
 * Consumers use it wherever they would use the bundled dataset, e.g. `content` of the technique
 * elements, `regions` of the body map, the routine lookup of the stretch timer.
 */
export const datasetContext = createContext<Dataset, 'bodywork-elements/dataset@1'>('bodywork-elements/dataset@1');

/** The clinic's configuration. */
export interface ClinicConfig {
  /**
   * The booking URL template, checked to be http(s): the provider's `booking-url` when valid, else
   * `bookingUrl` from its clinic data, else an outer provider's. `undefined` when there is none.
   * May be relative to the page. Holds `{technique}`, `{region}` and `{area}` placeholders.
   */
  readonly bookingUrl: string | undefined;
  /**
   * The technique ids the clinic offers (clinic data `offered`), or `undefined` when every
   * technique is offered. The dataset is already filtered: this is for display only.
   */
  readonly offered: readonly string[] | undefined;
  /**
   * The booking address for a technique: `bookingUrl` with `{technique}` set to `techniqueId`,
   * and `{region}` and `{area}` set to the shared selection's regions and areas
   * (comma-separated), every value URL-encoded. An absolute http(s) address, or `undefined`
   * when there is no booking URL. Cards call it for their "Book …" link when they have no
   * `booking-url` of their own.
   */
  bookingHref(techniqueId: string): string | undefined;
}

/** The clinic configuration. A new value whenever it changes (and, for templates with `{region}` or `{area}`, whenever the selection changes). */
export const clinicContext = createContext<ClinicConfig, 'bodywork-elements/clinic@1'>('bodywork-elements/clinic@1');

/** The selection shared by every element inside one provider: where it hurts. */
export interface SharedSelection {
  /** Chosen body map region ids, e.g. `["neck", "shoulder-left"]`, in the order chosen. */
  readonly regions: readonly string[];
  /** The areas of those regions, e.g. `["neck", "shoulders"]`, in body order (the dataset's `areas` order). */
  readonly areas: readonly AreaId[];
  /**
   * Replaces the shared selection with these region ids (a body map publishes its selection with
   * it). Unknown ids are dropped with a `bw-error` from the provider. The provider then provides a
   * new value and fires `bw-selection-change`. Calling it with the current regions does nothing.
   */
  select(regionIds: readonly string[]): void;
}

/**
 * The shared selection. A body map inside a provider needs no code: its selection *is* this one
 * (it shows every change, and publishes its own with `select`), so two maps, a map and the
 * provider's `select()`, or a form reset always agree. Lists without their own filter follow `areas`.
 */
export const selectionContext = createContext<SharedSelection, 'bodywork-elements/selection@1'>(
  'bodywork-elements/selection@1',
);
