import type { Dataset } from './types.js';
import { areas } from './areas.js';
import { regions } from './regions.js';
import { techniques } from './techniques.js';
import { conditions } from './conditions.js';
import { evidence } from './evidence.js';
import { precautions } from './precautions.js';
import { routines } from './routines.js';
import { sources } from './sources.js';
import { help } from './help.js';

/** Content version (semver). Bump the minor for new items, the major when an id changes or goes. */
export const DATASET_VERSION = '2.0.0';

/** The bundled default content. Treat it as read-only; use `mergeDataset` for clinic changes. */
export const dataset: Dataset = {
  version: DATASET_VERSION,
  areas,
  regions,
  techniques,
  conditions,
  evidence,
  precautions,
  routines,
  sources,
  help,
};
