// Compile-time checks of the generated Svelte typings (types/svelte.d.ts, `bodywork-elements/svelte`):
// `npm run typecheck` fails when they regress. Nothing here runs (the test runner only loads
// *.test.ts files). Needs `npm run build` first: the typings import the element classes from dist/.
//
// svelte-check turns `<bw-body-map view="front" onbw-region-select={f} />` into
// `svelteHTML.createElement('bw-body-map', { view: 'front', 'onbw-region-select': f })`, with
// svelteHTML from svelte/svelte-html.d.ts (which the language tools load by path, as here).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- not in svelte's exports map; loaded by path
/// <reference path="../../node_modules/svelte/svelte-html.d.ts" />
import type {} from 'bodywork-elements/svelte';
import type { RegionSelectDetail } from '../../src/body-map.js';
import type { StepChangeDetail, TimerCompleteDetail } from '../../src/stretch-timer.js';
import type { TryRoutineDetail } from '../../src/technique-card.js';
import type { SelectionChangeDetail } from '../../src/provider.js';
import type { BwErrorDetail } from '../../src/internal/events.js';
import type { Routine } from '../../src/data/types.js';

/** True only when A and B are the same type (`any` is not the same as anything else). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

type Attributes<T extends string> = T extends keyof svelteHTML.IntrinsicElements
  ? svelteHTML.IntrinsicElements[T]
  : never;
/** What the handler of event attribute K on `<Tag>` receives. */
type EventOf<T extends string, K extends keyof Attributes<T>> =
  NonNullable<Attributes<T>[K]> extends (event: infer E) => void ? E : never;

/** Svelte 5 event attributes (`onbw-…`) and Svelte 4 directives (`on:bw-…`) get the typed CustomEvent. */
export type Events = [
  Expect<Equal<EventOf<'bw-body-map', 'onbw-region-select'>, CustomEvent<RegionSelectDetail>>>,
  Expect<Equal<EventOf<'bw-body-map', 'on:bw-region-select'>, CustomEvent<RegionSelectDetail>>>,
  Expect<Equal<EventOf<'bw-body-map', 'onbw-error'>, CustomEvent<BwErrorDetail>>>,
  Expect<Equal<EventOf<'bw-technique-card', 'onbw-try-routine'>, CustomEvent<TryRoutineDetail>>>,
  Expect<Equal<EventOf<'bw-technique-list', 'onbw-try-routine'>, CustomEvent<TryRoutineDetail>>>,
  Expect<Equal<EventOf<'bw-stretch-timer', 'onbw-timer-complete'>, CustomEvent<TimerCompleteDetail>>>,
  Expect<Equal<EventOf<'bw-stretch-timer', 'onbw-step-change'>, CustomEvent<StepChangeDetail>>>,
  Expect<Equal<EventOf<'bw-provider', 'onbw-selection-change'>, CustomEvent<SelectionChangeDetail>>>,
  Expect<Equal<EventOf<'bw-provider', 'on:bw-error'>, CustomEvent<BwErrorDetail>>>,
];

/** What svelte-check generates for each template below; never called. */
export function templates(): void {
  // <bw-body-map view="both" list-view multiple class="map" aria-describedby="hint" onbw-region-select={…} />
  svelteHTML.createElement('bw-body-map', {
    view: 'both',
    'list-view': true,
    multiple: true,
    class: 'map',
    'aria-describedby': 'hint',
    'onbw-region-select': (e) => e.detail.regionId,
  });
  // <bw-stretch-timer routine={myRoutine} holdScale={1.5} on:bw-timer-stop={…} />
  svelteHTML.createElement('bw-stretch-timer', {
    routine: {} as Routine,
    holdScale: 1.5,
    'on:bw-timer-stop': (e) => e.detail.stepId,
  });
  // <bw-technique-list areas={map.selectedAreas} heading-level={2} />
  svelteHTML.createElement('bw-technique-list', { areas: ['neck'], 'heading-level': 2 });
  // <bw-provider booking-url="https://clinic.example/book?t={technique}" debug />
  svelteHTML.createElement('bw-provider', { 'booking-url': 'https://clinic.example/book?t={technique}', debug: true });

  // @ts-expect-error `view` is front, back or both
  svelteHTML.createElement('bw-body-map', { view: 'side' });
  // @ts-expect-error a region-select handler receives a RegionSelectDetail, which has no `routineId`
  svelteHTML.createElement('bw-body-map', { 'onbw-region-select': (e) => e.detail.routineId });
  // @ts-expect-error `state` is read-only, so it is not an attribute
  svelteHTML.createElement('bw-stretch-timer', { state: 'running' });
  // @ts-expect-error Svelte cannot `bind:` a custom element's property; it is set as `selected={…}`
  svelteHTML.createElement('bw-body-map', { 'bind:selected': ['neck'] });
  // @ts-expect-error `content` is a dataset here, not the RDFa `content` string of other elements
  svelteHTML.createElement('bw-technique-card', { content: 'deep tissue' });
}
