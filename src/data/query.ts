import type { Area, AreaId, BodyRegion, Certainty, Condition, Dataset, Routine, Technique } from './types.js';

/** Small pure look-ups the elements share. None of them throws on unknown ids. */

const CERTAINTY_RANK: Record<Certainty, number> = {
  high: 5,
  moderate: 4,
  low: 3,
  'very-low': 2,
  insufficient: 1,
  'not-supported': 0,
};

/** How strong a certainty label is: high 5, moderate 4, low 3, very-low 2, insufficient 1, not-supported 0. */
export function certaintyRank(certainty: Certainty): number {
  return CERTAINTY_RANK[certainty] ?? 0;
}

export function regionById(dataset: Dataset, id: string): BodyRegion | undefined {
  return dataset.regions.find((r) => r.id === id);
}

/** The id of the same region on the other side (`shoulder-left` → `shoulder-right`), or undefined for midline ids. */
export function mirrorRegionId(id: string): string | undefined {
  const m = /^(.+)-(left|right)$/.exec(id);
  return m ? `${m[1]}-${m[2] === 'left' ? 'right' : 'left'}` : undefined;
}

export function areaOfRegion(dataset: Dataset, regionId: string): AreaId | undefined {
  return regionById(dataset, regionId)?.area;
}

/** The strongest certainty behind any of a technique's claims, leaving out `not-supported` ones (0 when none). */
export function techniqueEvidenceRank(dataset: Dataset, technique: Technique): number {
  let best = 0;
  for (const claim of technique.claims)
    for (const id of claim.evidence) {
      const note = dataset.evidence.find((e) => e.id === id);
      if (note) best = Math.max(best, certaintyRank(note.certainty));
    }
  return best;
}

/**
 * Techniques used for any of `areaIds`, most relevant first:
 *  1. how many of the selected areas the technique covers (more first);
 *  2. then the strongest evidence certainty behind its claims (`techniqueEvidenceRank`; claims the
 *     evidence goes against count for nothing, so a debunked benefit never lifts a technique);
 *  3. then dataset order, which lists techniques from broad to specialised.
 * With no areas, every technique in dataset order.
 */
export function techniquesForAreas(dataset: Dataset, areaIds: readonly string[]): Technique[] {
  if (areaIds.length === 0) return [...dataset.techniques];
  const wanted = new Set(areaIds);
  return dataset.techniques
    .map((t, order) => ({
      t,
      order,
      hits: t.areas.filter((a) => wanted.has(a)).length,
      ev: techniqueEvidenceRank(dataset, t),
    }))
    .filter((x) => x.hits > 0)
    .sort((a, b) => b.hits - a.hits || b.ev - a.ev || a.order - b.order)
    .map((x) => x.t);
}

/** Conditions felt in any of `areaIds`: most selected areas shared first, then dataset order. */
export function conditionsForAreas(dataset: Dataset, areaIds: readonly string[]): Condition[] {
  if (areaIds.length === 0) return [...dataset.conditions];
  const wanted = new Set(areaIds);
  return dataset.conditions
    .map((c, order) => ({ c, order, hits: c.areas.filter((a) => wanted.has(a)).length }))
    .filter((x) => x.hits > 0)
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .map((x) => x.c);
}

/** The routines a technique points to, in its order; ids that are not in the dataset are skipped. */
export function routinesForTechnique(dataset: Dataset, techniqueId: string): Routine[] {
  const t = dataset.techniques.find((x) => x.id === techniqueId);
  if (!t) return [];
  return t.routines.map((id) => dataset.routines.find((r) => r.id === id)).filter((r): r is Routine => !!r);
}

/**
 * What the body map's selection links to: the areas of the selected regions (dataset order),
 * and the techniques and conditions for those areas, ranked as above. Unknown region ids are ignored.
 */
export function selectionContent(
  dataset: Dataset,
  regionIds: readonly string[],
): { areas: Area[]; techniques: Technique[]; conditions: Condition[] } {
  const ids = new Set(regionIds.map((id) => areaOfRegion(dataset, id)).filter((a): a is AreaId => !!a));
  const areas = dataset.areas.filter((a) => ids.has(a.id));
  if (areas.length === 0) return { areas, techniques: [], conditions: [] };
  const areaIds = areas.map((a) => a.id);
  return { areas, techniques: techniquesForAreas(dataset, areaIds), conditions: conditionsForAreas(dataset, areaIds) };
}
