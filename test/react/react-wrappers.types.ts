// Compile-time checks of the typings of `bodywork-elements/react`: `npm run typecheck` fails when
// they regress. Nothing here runs (the test runner only loads *.test.ts files).
import { createRef, type ComponentProps } from 'react';
import type { BodyMap, Provider, StretchTimer, TechniqueCard, TechniqueList } from '../../src/react.js';
import type { BwBodyMap, RegionSelectDetail } from '../../src/body-map.js';
import type { BwStretchTimer, StepChangeDetail, TimerCompleteDetail, TimerDetail } from '../../src/stretch-timer.js';
import type { TryRoutineDetail } from '../../src/technique-card.js';
import type { SelectionChangeDetail } from '../../src/provider.js';
import type { BwErrorDetail } from '../../src/internal/events.js';
import type { Routine } from '../../src/data/types.js';

/** True only when A and B are the same type (`any` is not the same as anything else). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
/** What the handler given to event prop K receives. */
type EventOf<P, K extends keyof P> = P[K] extends ((event: infer E) => void) | undefined ? E : never;

type BodyMapProps = ComponentProps<typeof BodyMap>;
type TechniqueCardProps = ComponentProps<typeof TechniqueCard>;
type TechniqueListProps = ComponentProps<typeof TechniqueList>;
type StretchTimerProps = ComponentProps<typeof StretchTimer>;
type ProviderProps = ComponentProps<typeof Provider>;

/** Every `onBw…` prop hands its handler the element's own CustomEvent, with its detail typed. */
export type EventProps = [
  Expect<Equal<EventOf<BodyMapProps, 'onBwRegionSelect'>, CustomEvent<RegionSelectDetail>>>,
  Expect<Equal<EventOf<BodyMapProps, 'onBwError'>, CustomEvent<BwErrorDetail>>>,
  Expect<Equal<EventOf<TechniqueCardProps, 'onBwTryRoutine'>, CustomEvent<TryRoutineDetail>>>,
  Expect<Equal<EventOf<TechniqueListProps, 'onBwTryRoutine'>, CustomEvent<TryRoutineDetail>>>,
  Expect<Equal<EventOf<StretchTimerProps, 'onBwTimerStart'>, CustomEvent<TimerDetail>>>,
  Expect<Equal<EventOf<StretchTimerProps, 'onBwStepChange'>, CustomEvent<StepChangeDetail>>>,
  Expect<Equal<EventOf<StretchTimerProps, 'onBwTimerComplete'>, CustomEvent<TimerCompleteDetail>>>,
  Expect<Equal<EventOf<ProviderProps, 'onBwSelectionChange'>, CustomEvent<SelectionChangeDetail>>>,
  Expect<Equal<EventOf<ProviderProps, 'onBwTryRoutine'>, CustomEvent<TryRoutineDetail>>>,
];

/** Element properties keep their types, refs reach the element, and objects are accepted as properties. */
export const accepted: [BodyMapProps, StretchTimerProps] = [
  { multiple: true, value: 'neck', ref: createRef<BwBodyMap>(), onBwRegionSelect: (e) => e.detail.regionId },
  { routine: {} as Routine, holdScale: 1.5, ref: createRef<BwStretchTimer>() },
];

export const refused: [BodyMapProps, BodyMapProps, BodyMapProps, StretchTimerProps, BodyMapProps] = [
  // @ts-expect-error a handler expecting another detail is refused
  { onBwRegionSelect: (e: CustomEvent<{ nope: 1 }>) => e },
  // @ts-expect-error `multiple` is a boolean property, not a string attribute
  { multiple: 'yes' },
  // @ts-expect-error a body map fires no bw-try-routine, so has no prop for it
  { onBwTryRoutine: () => undefined },
  // @ts-expect-error `routine` is an id or a routine object
  { routine: 42 },
  // @ts-expect-error the ref of a BodyMap is a <bw-body-map>
  { ref: createRef<BwStretchTimer>() },
];
