import { CERTAINTIES, URGENCIES } from './types.js';
import type {
  Area,
  AreaId,
  BodyRegion,
  Certainty,
  Claim,
  Condition,
  Dataset,
  Precaution,
  Routine,
  RoutineStep,
  Technique,
  Urgency,
  WarningSign,
} from './types.js';

/** Small pure look-ups the elements share. None of them throws on unknown ids. */

/** How strong a certainty label is: high 5, moderate 4, low 3, very-low 2, insufficient 1, not-supported 0. */
export function certaintyRank(certainty: Certainty): number {
  const i = CERTAINTIES.indexOf(certainty);
  return i < 0 ? 0 : CERTAINTIES.length - 1 - i;
}

/** The certainty of a claim: that of its first evidence note, or undefined when the note is unknown. */
export function claimCertainty(dataset: Pick<Dataset, 'evidence'>, claim: Claim): Certainty | undefined {
  const id = claim.evidence[0];
  return dataset.evidence.find((e) => e.id === id)?.certainty;
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

/** The areas of these regions, each once, in the dataset's area order (head to feet). Unknown ids are ignored. */
export function areasOfRegions(dataset: Pick<Dataset, 'areas' | 'regions'>, regionIds: readonly string[]): AreaId[] {
  const wanted = new Set(regionIds);
  const chosen = new Set(dataset.regions.filter((r) => wanted.has(r.id)).map((r) => r.area));
  return dataset.areas.map((a) => a.id).filter((id) => chosen.has(id));
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
 * The routine "Try at home" offers for a technique when these body areas are chosen. With no areas,
 * the technique's first routine. Otherwise, of the technique's own routines, the one covering the
 * most of the areas (its order breaks ties); if none covers any, the dataset's routine covering the
 * most of them (dataset order breaks ties); if no routine does, none: never a routine for another
 * area. Content without routines (a card's bundled content) cannot be judged: the technique's first.
 */
export function routineForAreas(
  dataset: { techniques: readonly Technique[]; routines?: readonly Routine[] },
  techniqueId: string,
  areaIds: readonly string[],
): string | undefined {
  const technique = dataset.techniques.find((t) => t.id === techniqueId);
  const routines = dataset.routines ?? [];
  if (!technique) return undefined;
  if (!areaIds.length || !routines.length) return technique.routines[0];
  const own = technique.routines.flatMap((id) => routines.filter((r) => r.id === id));
  const covered = (r: Routine) => r.areas.filter((a) => areaIds.includes(a)).length;
  const best = (list: readonly Routine[]) =>
    list.reduce<Routine | undefined>((b, r) => (covered(r) > (b ? covered(b) : 0) ? r : b), undefined);
  return (best(own) ?? best(routines))?.id;
}

/**
 * What the body map's selection links to: the areas of the selected regions (dataset order),
 * and the techniques and conditions for those areas, ranked as above. Unknown region ids are ignored.
 */
export function selectionContent(
  dataset: Dataset,
  regionIds: readonly string[],
): { areas: Area[]; techniques: Technique[]; conditions: Condition[] } {
  const areaIds = areasOfRegions(dataset, regionIds);
  const areas = areaIds.map((id) => dataset.areas.find((a) => a.id === id)!);
  if (areas.length === 0) return { areas, techniques: [], conditions: [] };
  return { areas, techniques: techniquesForAreas(dataset, areaIds), conditions: conditionsForAreas(dataset, areaIds) };
}

/** The warnings to show with an item: red flags first (with their tiered signs), then the other precautions. */
export interface Warnings {
  redFlags: Precaution[];
  precautions: Precaution[];
}

const pickPrecautions = (dataset: Pick<Dataset, 'precautions'>, ids: Iterable<string>): Precaution[] => {
  const out: Precaution[] = [];
  for (const id of new Set(ids)) {
    const p = dataset.precautions.find((x) => x.id === id);
    if (p) out.push(p);
  }
  return out;
};

function warnings(
  dataset: Pick<Dataset, 'precautions' | 'areas' | 'conditions'>,
  own: readonly string[],
  areaIds: readonly string[],
  conditionIds: readonly string[],
  scope: 'techniques' | 'routines',
  steps: readonly Partial<RoutineStep>[] = [],
): Warnings {
  const flagIds = [
    ...areaIds.flatMap((id) => dataset.areas.find((a) => a.id === id)?.redFlags ?? []),
    ...conditionIds.flatMap((id) => dataset.conditions.find((c) => c.id === id)?.redFlags ?? []),
  ];
  const uses = (list: unknown, key: 'tool' | 'position') =>
    Array.isArray(list) && steps.some((s) => s && (list as unknown[]).includes(s[key]));
  const general = dataset.precautions
    .filter((p) => p.general === true || p.general === scope || uses(p.tools, 'tool') || uses(p.positions, 'position'))
    .map((p) => p.id);
  const all = pickPrecautions(dataset, [...own, ...flagIds, ...general]);
  return {
    redFlags: all.filter((p) => p.kind === 'red-flag'),
    precautions: all.filter((p) => p.kind !== 'red-flag'),
  };
}

/**
 * What to show before a routine starts: the red flags of its areas and conditions and its own,
 * then its own precautions, those that apply to every routine, and those that apply to a tool or
 * position one of its steps uses (a ball, lying on the floor). Each once; unknown ids skipped.
 */
export function routineWarnings(
  dataset: Pick<Dataset, 'precautions' | 'areas' | 'conditions'>,
  routine: Routine,
): Warnings {
  const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
  return warnings(
    dataset,
    list(routine.precautions),
    list(routine.areas),
    list(routine.conditions),
    'routines',
    list(routine.steps) as unknown as Partial<RoutineStep>[],
  );
}

/** A technique's own precautions (red flags among them) and those that apply to every technique. */
export function techniqueWarnings(
  dataset: Pick<Dataset, 'precautions' | 'areas' | 'conditions'>,
  technique: Technique,
): Warnings {
  return warnings(dataset, technique.precautions, [], [], 'techniques');
}

/**
 * Warning signs grouped by urgency, most urgent first, each sign once (the same words in two red
 * flags are one sign, at the more urgent tier); empty groups left out. Takes one precaution or
 * several, so a page can show all the red flags that apply to it as one list.
 */
export function signsByUrgency(
  precautions: Pick<Precaution, 'signs'> | readonly Pick<Precaution, 'signs'>[],
): { urgency: Urgency; signs: WarningSign[] }[] {
  const list = Array.isArray(precautions) ? precautions : [precautions as Pick<Precaution, 'signs'>];
  const all = list.flatMap((p) => (Array.isArray(p?.signs) ? p.signs : []));
  const seen = new Set<string>();
  return URGENCIES.map((urgency) => ({
    urgency,
    signs: all.filter((s) => {
      if (s?.urgency !== urgency || seen.has(s.text)) return false;
      seen.add(s.text);
      return true;
    }),
  })).filter((group) => group.signs.length > 0);
}
