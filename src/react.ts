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
import { createComponent, type EventName } from '@lit/react';
import { BwBodyMap } from './body-map.js';
import { BwTechniqueCard, BwTechniqueList } from './technique-card.js';
import { BwStretchTimer } from './stretch-timer.js';
import { BwProvider } from './provider.js';
import type { BwEventDetails } from './internal/events.js';

/** A typed React event prop for the `bw-` event `K`. */
type BwEvent<K extends keyof BwEventDetails> = EventName<CustomEvent<BwEventDetails[K]>>;

/** `bw-error` is fired by every element. */
const errorEvents = { onBwError: 'bw-error' as BwEvent<'bw-error'> };

/** `<bw-body-map>`: choose where it hurts on a front and back figure, or in a list. */
export const BodyMap = createComponent({
  react: React,
  tagName: 'bw-body-map',
  elementClass: BwBodyMap,
  displayName: 'BodyMap',
  events: {
    ...errorEvents,
    onBwRegionSelect: 'bw-region-select' as BwEvent<'bw-region-select'>,
    onInput: 'input' as EventName<Event>,
    onChange: 'change' as EventName<Event>,
  },
});

/** `<bw-technique-card>`: one massage technique explained, with its evidence. */
export const TechniqueCard = createComponent({
  react: React,
  tagName: 'bw-technique-card',
  elementClass: BwTechniqueCard,
  displayName: 'TechniqueCard',
  events: {
    ...errorEvents,
    onBwTryRoutine: 'bw-try-routine' as BwEvent<'bw-try-routine'>,
  },
});

/** `<bw-technique-list>`: the techniques for some body areas, as cards. */
export const TechniqueList = createComponent({
  react: React,
  tagName: 'bw-technique-list',
  elementClass: BwTechniqueList,
  displayName: 'TechniqueList',
  events: {
    ...errorEvents,
    onBwTryRoutine: 'bw-try-routine' as BwEvent<'bw-try-routine'>,
  },
});

/** `<bw-stretch-timer>`: a guided self-massage and stretch routine. */
export const StretchTimer = createComponent({
  react: React,
  tagName: 'bw-stretch-timer',
  elementClass: BwStretchTimer,
  displayName: 'StretchTimer',
  events: {
    ...errorEvents,
    onBwTimerStart: 'bw-timer-start' as BwEvent<'bw-timer-start'>,
    onBwTimerPause: 'bw-timer-pause' as BwEvent<'bw-timer-pause'>,
    onBwTimerResume: 'bw-timer-resume' as BwEvent<'bw-timer-resume'>,
    onBwStepChange: 'bw-step-change' as BwEvent<'bw-step-change'>,
    onBwTimerComplete: 'bw-timer-complete' as BwEvent<'bw-timer-complete'>,
    onBwTimerStop: 'bw-timer-stop' as BwEvent<'bw-timer-stop'>,
  },
});

/** `<bw-provider>`: clinic data, booking link and one shared selection for the elements inside it. */
export const Provider = createComponent({
  react: React,
  tagName: 'bw-provider',
  elementClass: BwProvider,
  displayName: 'Provider',
  events: {
    ...errorEvents,
    onBwSelectionChange: 'bw-selection-change' as BwEvent<'bw-selection-change'>,
    onBwTryRoutine: 'bw-try-routine' as BwEvent<'bw-try-routine'>,
  },
});
