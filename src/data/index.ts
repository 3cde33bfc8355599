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
export { routineSegments, routineDurationSeconds, MIN_HOLD_SCALE, MAX_HOLD_SCALE } from './sequence.js';
export type { Segment } from './sequence.js';
export {
  validateDataset,
  validateRoutine,
  CERTAINTIES,
  PRECAUTION_KINDS,
  TOOLS,
  STEP_SIDES,
  PRESSURE_WORDS,
  LIMITS,
} from './validate.js';
export { mergeDataset } from './merge.js';
export type { DatasetOverrides, MergeResult, TextOverrides, TextPatch, TextFields } from './merge.js';
export {
  certaintyRank,
  regionById,
  mirrorRegionId,
  areaOfRegion,
  techniqueEvidenceRank,
  techniquesForAreas,
  conditionsForAreas,
  routinesForTechnique,
  selectionContent,
} from './query.js';
