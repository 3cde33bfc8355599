/**
 * `bodywork-elements/react`: React components for every element, made with `@lit/react`.
 *
 * Importing this entry registers the elements. Properties are passed as properties (not
 * attributes), so arrays and objects work, and every `bw-` event has a typed `onBw…` prop:
 *
 * ```tsx
 * import { BodyMap, TechniqueList } from 'bodywork-elements/react';
 *
 * <BodyMap multiple onBwRegionSelect={(e) => console.log(e.detail.regionId)} />
 * ```
 *
 * `react` is an optional peer dependency: only this entry needs it.
 */
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { BwBodyMap } from './body-map.js';
import { BwTechniqueCard, BwTechniqueList } from './technique-card.js';
import { BwStretchTimer } from './stretch-timer.js';
import { BwProvider } from './provider.js';
import type { BwEventDetails } from './internal/events.js';

/** A typed React event prop for the `bw-` event `K`. */
type BwEvent<K extends keyof BwEventDetails> = EventName<CustomEvent<BwEventDetails[K]>>;

/** `bw-error` is fired by every element. */
const errorEvents = { onBwError: 'bw-error' as BwEvent<'bw-error'> };

/** A React component for one element, with `onBwError` and the element's own event props. */
const wrap = <I extends HTMLElement, E extends Record<string, EventName>>(
  tagName: string,
  elementClass: new () => I,
  displayName: string,
  events: E,
): ReactWebComponent<I, typeof errorEvents & E> =>
  createComponent({ react: React, tagName, elementClass, displayName, events: { ...errorEvents, ...events } });

/** `<bw-body-map>`: choose where it hurts on a front and back figure, or in a list. */
export const BodyMap = wrap('bw-body-map', BwBodyMap, 'BodyMap', {
  onBwRegionSelect: 'bw-region-select' as BwEvent<'bw-region-select'>,
  onInput: 'input' as EventName<Event>,
  onChange: 'change' as EventName<Event>,
});

const tryRoutine = { onBwTryRoutine: 'bw-try-routine' as BwEvent<'bw-try-routine'> };

/** `<bw-technique-card>`: one massage technique explained, with its evidence. */
export const TechniqueCard = wrap('bw-technique-card', BwTechniqueCard, 'TechniqueCard', tryRoutine);

/** `<bw-technique-list>`: the techniques for some body areas, as cards. */
export const TechniqueList = wrap('bw-technique-list', BwTechniqueList, 'TechniqueList', tryRoutine);

/** `<bw-stretch-timer>`: a guided self-massage and stretch routine. */
export const StretchTimer = wrap('bw-stretch-timer', BwStretchTimer, 'StretchTimer', {
  onBwTimerStart: 'bw-timer-start' as BwEvent<'bw-timer-start'>,
  onBwTimerPause: 'bw-timer-pause' as BwEvent<'bw-timer-pause'>,
  onBwTimerResume: 'bw-timer-resume' as BwEvent<'bw-timer-resume'>,
  onBwStepChange: 'bw-step-change' as BwEvent<'bw-step-change'>,
  onBwTimerComplete: 'bw-timer-complete' as BwEvent<'bw-timer-complete'>,
  onBwTimerStop: 'bw-timer-stop' as BwEvent<'bw-timer-stop'>,
});

/** `<bw-provider>`: clinic data, booking link and one shared selection for the elements inside it. */
export const Provider = wrap('bw-provider', BwProvider, 'Provider', {
  onBwSelectionChange: 'bw-selection-change' as BwEvent<'bw-selection-change'>,
  ...tryRoutine,
});
