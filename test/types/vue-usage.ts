// Compile-time checks of the generated Vue typings (types/vue.d.ts, `bodywork-elements/vue`):
// `npm run typecheck` fails when they regress. Nothing here runs (the test runner only loads
// *.test.ts files). Needs `npm run build` first: the typings import the element classes from dist/.
//
// vue-tsc checks `<bw-body-map :list-view="true" @bw-region-select="f">` against the `$props`
// of the component the tag names in GlobalComponents, with the prop camelized (`listView`) and
// the event as `onBwRegionSelect`; Vue's JSX checks attributes against IntrinsicElementAttributes.
// These checks read the same two types with plain tsc.
import type { GlobalComponents, IntrinsicElementAttributes } from 'vue';
import type {} from 'bodywork-elements/vue';
import type { BwBodyMap as PublishedBodyMap, BwStretchTimer as PublishedStretchTimer } from 'bodywork-elements';
import type { BodyMapView, RegionSelectDetail } from '../../src/body-map.js';
import type { StepChangeDetail, TimerCompleteDetail, TimerDetail, TimerStopDetail } from '../../src/stretch-timer.js';
import type { TechniqueCardVariant, TryRoutineDetail, TechniqueContent } from '../../src/technique-card.js';
import type { SelectionChangeDetail } from '../../src/provider.js';
import type { BwErrorDetail } from '../../src/internal/events.js';
import type { Routine } from '../../src/data/types.js';

/** True only when A and B are the same type (`any` is not the same as anything else). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

type Tag = 'bw-body-map' | 'bw-technique-card' | 'bw-technique-list' | 'bw-stretch-timer' | 'bw-provider';
/** What vue-tsc checks a template's attributes and listeners on `<Tag>` against. */
type Props<T extends Tag> = InstanceType<GlobalComponents[T]>['$props'];
/** What the handler of event prop K on `<Tag>` receives. */
type EventOf<T extends Tag, K extends keyof Props<T>> =
  NonNullable<Props<T>[K]> extends (event: infer E) => void ? E : never;

/** Every element is a global component, and every `bw-` event hands over its typed CustomEvent. */
export type Events = [
  Expect<Equal<EventOf<'bw-body-map', 'onBwRegionSelect'>, CustomEvent<RegionSelectDetail>>>,
  Expect<Equal<EventOf<'bw-body-map', 'onBwError'>, CustomEvent<BwErrorDetail>>>,
  Expect<Equal<EventOf<'bw-body-map', 'onChange'>, Event>>,
  Expect<Equal<EventOf<'bw-technique-card', 'onBwTryRoutine'>, CustomEvent<TryRoutineDetail>>>,
  Expect<Equal<EventOf<'bw-technique-card', 'onBwError'>, CustomEvent<BwErrorDetail>>>,
  Expect<Equal<EventOf<'bw-technique-list', 'onBwTryRoutine'>, CustomEvent<TryRoutineDetail>>>,
  Expect<Equal<EventOf<'bw-technique-list', 'onBwError'>, CustomEvent<BwErrorDetail>>>,
  Expect<Equal<EventOf<'bw-stretch-timer', 'onBwTimerStart'>, CustomEvent<TimerDetail>>>,
  Expect<Equal<EventOf<'bw-stretch-timer', 'onBwTimerPause'>, CustomEvent<TimerDetail>>>,
  Expect<Equal<EventOf<'bw-stretch-timer', 'onBwTimerResume'>, CustomEvent<TimerDetail>>>,
  Expect<Equal<EventOf<'bw-stretch-timer', 'onBwStepChange'>, CustomEvent<StepChangeDetail>>>,
  Expect<Equal<EventOf<'bw-stretch-timer', 'onBwTimerComplete'>, CustomEvent<TimerCompleteDetail>>>,
  Expect<Equal<EventOf<'bw-stretch-timer', 'onBwTimerStop'>, CustomEvent<TimerStopDetail>>>,
  Expect<Equal<EventOf<'bw-stretch-timer', 'onBwError'>, CustomEvent<BwErrorDetail>>>,
  Expect<Equal<EventOf<'bw-provider', 'onBwSelectionChange'>, CustomEvent<SelectionChangeDetail>>>,
  Expect<Equal<EventOf<'bw-provider', 'onBwError'>, CustomEvent<BwErrorDetail>>>,
];

/** A template ref (`ref="map"`, `useTemplateRef`) is the element itself, not a Vue component instance. */
export type Refs = [
  Expect<InstanceType<GlobalComponents['bw-body-map']> extends PublishedBodyMap ? true : false>,
  Expect<InstanceType<GlobalComponents['bw-stretch-timer']> extends PublishedStretchTimer ? true : false>,
];

/** Props keep the element's property types, including those only settable as properties. */
export type PropTypes = [
  Expect<Equal<NonNullable<Props<'bw-body-map'>['view']>, BodyMapView>>,
  Expect<Equal<NonNullable<Props<'bw-body-map'>['listView']>, boolean>>,
  Expect<Equal<NonNullable<Props<'bw-body-map'>['selected']>, string[]>>,
  Expect<Equal<NonNullable<Props<'bw-technique-card'>['variant']>, TechniqueCardVariant>>,
  Expect<Equal<NonNullable<Props<'bw-technique-card'>['headingLevel']>, number>>,
  Expect<Equal<NonNullable<Props<'bw-technique-list'>['content']>, TechniqueContent>>,
  Expect<Equal<NonNullable<Props<'bw-stretch-timer'>['routine']>, string | Routine>>,
  Expect<Equal<NonNullable<Props<'bw-stretch-timer'>['holdScale']>, number>>,
];

export const accepted: [
  Props<'bw-body-map'>,
  Props<'bw-stretch-timer'>,
  Props<'bw-technique-list'>,
  Props<'bw-provider'>,
] = [
  { view: 'both', multiple: true, listView: false, value: 'neck', onBwRegionSelect: (e) => e.detail.regionId },
  { routine: {} as Routine, holdScale: 1.5, sound: true, onBwStepChange: (e) => e.detail.stepId },
  { area: 'neck', areas: ['neck'], headingLevel: 2, bookingUrl: 'https://clinic.example/book?t={technique}' },
  { bookingUrl: 'https://clinic.example/book', debug: true, onBwSelectionChange: (e) => e.detail.regions },
];

export const refused: [
  Props<'bw-body-map'>,
  Props<'bw-body-map'>,
  Props<'bw-body-map'>,
  Props<'bw-stretch-timer'>,
  Props<'bw-stretch-timer'>,
  Props<'bw-technique-card'>,
] = [
  // @ts-expect-error `view` is front, back or both
  { view: 'side' },
  // @ts-expect-error `multiple` is a boolean
  { multiple: 'yes' },
  // @ts-expect-error a region-select handler receives a RegionSelectDetail, which has no `routineId`
  { onBwRegionSelect: (e) => e.detail.routineId },
  // @ts-expect-error `routine` is an id or a routine object
  { routine: 42 },
  // @ts-expect-error `state` is read-only, so it is not a prop
  { state: 'running' },
  // @ts-expect-error `heading-level` is a number
  { headingLevel: '3' },
];

/** Vue JSX: `<bw-body-map view="front" onBwRegionSelect={…} class="map" />`. */
export const jsxAttributes: IntrinsicElementAttributes['bw-body-map'] = {
  view: 'front',
  class: 'map',
  onBwRegionSelect: (e) => e.detail.selected,
};
// @ts-expect-error Vue JSX checks the element's attribute types too
export const jsxRefused: IntrinsicElementAttributes['bw-stretch-timer'] = { holdScale: 'long' };
