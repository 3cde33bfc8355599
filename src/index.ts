/**
 * bodywork-elements: the "." entry. Importing it registers every element (each issue that adds
 * an element adds its registering entry here) and exports the classes, the localization API
 * and the types.
 *
 * Registering entries (listed in package.json "sideEffects"):
 *   index.ts, and one `<element>.ts` per element beside it (e.g. body-map.ts).
 * Side-effect-free modules: everything under internal/, context/ and data/, and the element
 * classes under components/.
 */
export { BwBodyMap } from './body-map.js';
export type { BodyMapView, RegionSelectDetail } from './body-map.js';
export { BwTechniqueCard, BwTechniqueList } from './technique-card.js';
export type { TechniqueCardVariant, TryRoutineDetail, TechniqueContent } from './technique-card.js';
export { BwStretchTimer } from './stretch-timer.js';
export type {
  StepChangeDetail,
  TimerClock,
  TimerCompleteDetail,
  TimerDetail,
  TimerStatus,
  TimerStopDetail,
} from './stretch-timer.js';
export {
  BwProvider,
  clinicContext,
  datasetContext,
  selectionContext,
  ensureContextRoot,
  fillBookingUrl,
} from './provider.js';
export type { SelectionChangeDetail, ClinicConfig, SharedSelection, BookingValues } from './provider.js';
export { VERSION } from './internal/version.js';
export { registerTranslation } from './internal/localize/localize.js';
export type { Translation, PartialTranslation, TermKey } from './internal/localize/en.js';
export type { BwErrorDetail, BwEventDetails, BwEventMap, BwEventName } from './internal/events.js';
export type * from './data/types.js';
