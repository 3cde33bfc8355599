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

/** Whether clinics typically use `technique` for this area or condition (see `Technique.typical`). */
export function isTypical(technique: Technique, kind: 'areas' | 'conditions', id: string): boolean {
  const list = technique.typical?.[kind] ?? technique[kind];
  return Array.isArray(list) && list.includes(id as AreaId);
}

/**
 * The strongest certainty behind a technique's claims about these conditions: of the evidence
 * notes behind its claims, those that are also a condition's own notes (0 when none, and for
 * `not-supported` notes, so a debunked benefit never lifts a technique).
 */
export function conditionEvidenceRank(
  dataset: Pick<Dataset, 'evidence'>,
  technique: Technique,
  conditions: readonly Condition[],
): number {
  const notes = new Set(conditions.flatMap((c) => c.evidence));
  let best = 0;
  for (const claim of technique.claims)
    for (const id of claim.evidence) {
      const note = notes.has(id) ? dataset.evidence.find((e) => e.id === id) : undefined;
      if (note) best = Math.max(best, certaintyRank(note.certainty));
    }
  return best;
}

/** A technique's claim with the certainty of its first evidence note. */
export interface RatedClaim {
  claim: Claim;
  certainty: Certainty;
}

/**
 * The claim to show on a compact card: of the claims the evidence does not go against, the one
 * with the strongest certainty, preferring those about conditions felt mainly in `areaIds` (their
 * first area), then those felt there at all; the technique's order breaks ties. Undefined when every claim is `not-supported`.
 */
export function strongestClaim(
  dataset: Pick<Dataset, 'evidence' | 'conditions'>,
  technique: Technique,
  areaIds: readonly string[] = [],
): RatedClaim | undefined {
  // Notes about conditions felt mainly in a chosen area (their first area) count most, then
  // those of conditions felt there at all.
  const felt = dataset.conditions.filter((c) => c.areas.some((a) => areaIds.includes(a)));
  const main = new Set(felt.filter((c) => areaIds.includes(c.areas[0]!)).flatMap((c) => c.evidence));
  const notes = new Set(felt.flatMap((c) => c.evidence));
  let best: (RatedClaim & { score: number }) | undefined;
  for (const claim of technique.claims) {
    const certainty = claimCertainty(dataset, claim);
    if (!certainty || certainty === 'not-supported') continue;
    const about = (set: Set<string>) => claim.evidence.some((id) => set.has(id));
    const score = certaintyRank(certainty) + (about(main) ? 20 : about(notes) ? 10 : 0);
    if (!best || score > best.score) best = { claim, certainty, score };
  }
  return best && { claim: best.claim, certainty: best.certainty };
}

/** The claims the evidence goes against (`not-supported`): what a technique cannot do. */
export function debunkedClaims(dataset: Pick<Dataset, 'evidence'>, technique: Technique): Claim[] {
  return technique.claims.filter((claim) => claimCertainty(dataset, claim) === 'not-supported');
}

/** Techniques for a choice: those clinics typically use for it first, the others used for it after. */
export interface RankedTechniques {
  /** Shown first: typically used for a chosen area (or the condition). */
  typical: Technique[];
  /** Used there only sometimes: shown behind "Show all". */
  more: Technique[];
}

/**
 * The techniques used for any of `areaIds`, split and ranked. `typical`: those clinics typically
 * use for at least one of the areas; `more`: those used there only sometimes. Within each, most
 * relevant first:
 *  0. general techniques before `specialised` ones (for one group of people, such as pregnancy);
 *  1. typical for more of the chosen areas;
 *  2. stronger evidence for the conditions felt there that the technique is used for
 *     (`conditionEvidenceRank`), then for any of its claims (`techniqueEvidenceRank`);
 *  3. used for more of the chosen areas;
 *  4. dataset order, which lists techniques from broad to specialised.
 * When no technique is typical for the areas, the others come first rather than nothing. With
 * no areas, every technique in dataset order, all typical.
 */
export function rankTechniques(dataset: Dataset, areaIds: readonly string[]): RankedTechniques {
  if (areaIds.length === 0) return { typical: [...dataset.techniques], more: [] };
  const wanted = new Set(areaIds);
  const felt = dataset.conditions.filter((c) => c.areas.some((a) => wanted.has(a)));
  const ranked = dataset.techniques
    .map((t, order) => ({
      t,
      order,
      typical: areaIds.filter((a) => t.areas.includes(a as AreaId) && isTypical(t, 'areas', a)).length,
      conditionEv: conditionEvidenceRank(
        dataset,
        t,
        felt.filter((c) => t.conditions.includes(c.id)),
      ),
      ev: techniqueEvidenceRank(dataset, t),
      hits: t.areas.filter((a) => wanted.has(a)).length,
      special: t.specialised === true ? 1 : 0,
    }))
    .filter((x) => x.hits > 0)
    .sort(
      (a, b) =>
        a.special - b.special ||
        b.typical - a.typical ||
        b.conditionEv - a.conditionEv ||
        b.ev - a.ev ||
        b.hits - a.hits ||
        a.order - b.order,
    );
  const typical = ranked.filter((x) => x.typical > 0).map((x) => x.t);
  const more = ranked.filter((x) => x.typical === 0).map((x) => x.t);
  return typical.length ? { typical, more } : { typical: more, more: [] };
}

/**
 * The techniques for a condition, in the condition's own order, split: those clinics typically
 * use for it first, those used for it only sometimes after. Ids the dataset lacks are skipped.
 */
export function rankTechniquesForCondition(
  dataset: Pick<Dataset, 'techniques'>,
  condition: Pick<Condition, 'id' | 'techniques'>,
): RankedTechniques {
  const list = condition.techniques.flatMap((id) => dataset.techniques.filter((t) => t.id === id));
  const typical = list.filter((t) => isTypical(t, 'conditions', condition.id));
  const more = list.filter((t) => !isTypical(t, 'conditions', condition.id));
  return typical.length ? { typical, more } : { typical: more, more: [] };
}

/** Every technique used for any of `areaIds`, most relevant first: `rankTechniques`, typical then more. */
export function techniquesForAreas(dataset: Dataset, areaIds: readonly string[]): Technique[] {
  const { typical, more } = rankTechniques(dataset, areaIds);
  return [...typical, ...more];
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

/** Where a routine is done, in four words a visitor chooses by. */
export type RoutinePlace = 'standing' | 'chair' | 'bed' | 'floor';

const PLACE_OF: Record<string, RoutinePlace> = {
  standing: 'standing',
  chair: 'chair',
  bed: 'bed',
  'bed-sitting': 'bed',
  floor: 'floor',
  'floor-sitting': 'floor',
  'floor-face-down': 'floor',
  kneeling: 'floor',
};

/** The places a routine's steps use (standing, chair, bed, floor), each once, in that order. */
export function routinePlaces(routine: Pick<Routine, 'steps'>): RoutinePlace[] {
  const used = new Set(routine.steps.map((s) => PLACE_OF[s.position ?? 'standing'] ?? 'standing'));
  return (['standing', 'chair', 'bed', 'floor'] as const).filter((p) => used.has(p));
}

/** A group of routines to choose from: for the chosen areas, for one area, or the others. */
export interface RoutineGroup {
  kind: 'chosen' | 'area' | 'other';
  /** For `area`: which. */
  area?: Area;
  routines: Routine[];
}

/**
 * The routines to choose from, grouped by body area (each routine under its first area, areas head
 * to feet; routines without a known area last, as `other`). With `areaIds` (a visitor's choice on
 * a body map), a first `chosen` group holds the routines covering any of them, those covering more
 * first; they are not repeated below.
 */
export function routineGroups(
  dataset: Pick<Dataset, 'areas' | 'routines'>,
  areaIds: readonly string[] = [],
): RoutineGroup[] {
  const covered = (r: Routine) => r.areas.filter((a) => areaIds.includes(a)).length;
  const first = dataset.routines
    .map((r, order) => ({ r, order, hits: covered(r) }))
    .filter((x) => x.hits > 0)
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .map((x) => x.r);
  const rest = dataset.routines.filter((r) => !first.includes(r));
  const groups: RoutineGroup[] = first.length ? [{ kind: 'chosen', routines: first }] : [];
  for (const area of dataset.areas) {
    const list = rest.filter((r) => r.areas[0] === area.id);
    if (list.length) groups.push({ kind: 'area', area, routines: list });
  }
  const placed = new Set(groups.flatMap((g) => g.routines));
  const unplaced = rest.filter((r) => !placed.has(r));
  if (unplaced.length) groups.push({ kind: 'other', routines: unplaced });
  return groups;
}
