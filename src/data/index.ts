/**
 * bodywork-elements/data: the bundled content dataset, its types, and the helpers elements use.
 * Side-effect free: importing it registers nothing and changes no globals.
 */
export * from './types.js';
export { dataset, DATASET_VERSION } from './dataset.js';
export { areas } from './areas.js';
export { regions } from './regions.js';
export { techniques } from './techniques.js';
export { conditions } from './conditions.js';
export { evidence } from './evidence.js';
export { precautions } from './precautions.js';
export { routines } from './routines.js';
export { sources } from './sources.js';
export { help } from './help.js';
export {
  routineSegments,
  routineDurationSeconds,
  moveSeconds,
  prepSecondsFor,
  PHASES,
  MIN_HOLD_SCALE,
  MAX_HOLD_SCALE,
  SWITCH_SECONDS,
  POSITION_SECONDS,
  MIN_PREP_SECONDS,
} from './sequence.js';
export type { Segment, Phase, SegmentOptions } from './sequence.js';
export { validateDataset, validateRoutine, validateHelp, HELP_KEYS, LIMITS } from './validate.js';
export { mergeDataset } from './merge.js';
export type {
  DatasetOverrides,
  MergeResult,
  TextOverrides,
  TechniqueTexts,
  ConditionTexts,
  RoutineTexts,
  EvidenceTexts,
  PrecautionTexts,
  SourceTexts,
} from './merge.js';
export {
  certaintyRank,
  claimCertainty,
  regionById,
  mirrorRegionId,
  areaOfRegion,
  areasOfRegions,
  techniqueEvidenceRank,
  conditionEvidenceRank,
  isTypical,
  strongestClaim,
  debunkedClaims,
  rankTechniques,
  rankTechniquesForCondition,
  techniquesForAreas,
  conditionsForAreas,
  routinesForTechnique,
  routineForAreas,
  routineGroups,
  routinePlaces,
  selectionContent,
  routineWarnings,
  techniqueWarnings,
  signsByUrgency,
} from './query.js';
export type { RankedTechniques, RatedClaim, RoutineGroup, RoutinePlace, Warnings } from './query.js';
export {
  MAX_ROUTINE_CODE_LENGTH,
  MAX_ROUTINE_JSON_LENGTH,
  ROUTINE_FRAGMENT_KEY,
  encodeRoutine,
  decodeRoutine,
  routineFragment,
  routineFromFragment,
  routineToJson,
  routineFromJson,
} from './routine-share.js';
export type { SharedRoutineResult } from './routine-share.js';
