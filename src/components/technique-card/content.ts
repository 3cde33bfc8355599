import { areas } from '../../data/areas.js';
import { conditions } from '../../data/conditions.js';
import { evidence } from '../../data/evidence.js';
import { help } from '../../data/help.js';
import { precautions } from '../../data/precautions.js';
import { regions } from '../../data/regions.js';
import { sources } from '../../data/sources.js';
import { techniques } from '../../data/techniques.js';
import type { Dataset } from '../../data/types.js';

/**
 * The part of the dataset the technique elements read. A whole {@link Dataset} (e.g. from
 * `mergeDataset`, or the provider) fits. Routines are optional: with them, "Try at home" names
 * the routine; without them it still links to it by id. Without `help`, the bundled help texts
 * tell visitors what to do about warning signs.
 */
export type TechniqueContent = Pick<
  Dataset,
  'techniques' | 'conditions' | 'evidence' | 'precautions' | 'sources' | 'areas' | 'regions'
> &
  Partial<Pick<Dataset, 'routines' | 'help'>>;

/**
 * The bundled content, without routines: their steps are 2.5 KB gzip that this entry would carry
 * only for titles. Set `content` to the full `dataset` (or a provider does) to show routine titles.
 */
export const bundledContent: TechniqueContent = {
  techniques,
  conditions,
  evidence,
  precautions,
  sources,
  areas,
  regions,
  help,
};

/** The item with this id, if any. */
export const byId = <T extends { id: string }>(list: readonly T[] | undefined, id: string): T | undefined =>
  list?.find((item) => item.id === id);

/** Space-separated ids → list. */
export const ids = (value: string | null | undefined): string[] => (value ?? '').split(/\s+/).filter(Boolean);

/** The items with these ids, in the order of `wanted`; unknown ids are skipped. */
export const pick = <T extends { id: string }>(list: readonly T[] | undefined, wanted: readonly string[]): T[] =>
  wanted.map((id) => byId(list, id)).filter((item): item is T => item !== undefined);
