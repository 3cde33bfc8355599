/**
 * Types of the bundled content dataset.
 *
 * Ids are kebab-case and stable: clinics' pages, forms and analytics refer to
 * them, so they are public API. Cross-references are always by id.
 * Everything here is plain data (JSON-compatible) so clinics can supply their
 * own through `mergeDataset`.
 */

/** Laterality-free groups of the body that content links to. */
export const AREA_IDS = [
  'head',
  'jaw',
  'neck',
  'shoulders',
  'chest',
  'arms',
  'hands-wrists',
  'upper-back',
  'lower-back',
  'abdomen',
  'hips-glutes',
  'thighs',
  'knees',
  'lower-legs',
  'feet-ankles',
] as const;

export type AreaId = (typeof AREA_IDS)[number];

/** How sure the research is, from a review or guideline's own grading (GRADE wording). */
export type Certainty = 'high' | 'moderate' | 'low' | 'very-low' | 'insufficient' | 'not-supported';

/** A drawing of the body map: the person seen from the front or from the back. */
export type View = 'front' | 'back';

/** Anatomical side: the person's own left or right, never the viewer's. */
export type Side = 'left' | 'right';

export type PressureWord = 'light' | 'moderate' | 'firm';
export type PressureScale = 1 | 2 | 3 | 4 | 5;

export type PrecautionKind = 'avoid' | 'avoid-area' | 'consult-first' | 'lighter-pressure' | 'red-flag';

export type Tool = 'none' | 'ball' | 'foam-roller' | 'towel' | 'wall';

/** `left-then-right` steps are done on the left side first, then on the right. */
export type StepSides = 'none' | 'left-then-right';

/** A published source: a review, guideline or public health page. */
export interface Source {
  id: string;
  title: string;
  /** Journal, or the organisation that publishes the page. */
  publisher: string;
  /** Year of publication; for living web pages without a fixed date (NHS, NCCIH, …), the year the page was checked. */
  year: number;
  /** http(s) address, preferably a DOI link or the publisher's own page. */
  url: string;
  /** ISO date (YYYY-MM-DD) on which the source was checked. */
  accessed: string;
}

export interface Area {
  id: AreaId;
  name: string;
}

export interface BodyRegion {
  id: string;
  /** Name without the side, e.g. "Shoulder". Elements add the side themselves. */
  name: string;
  area: AreaId;
  /** The drawings the region appears in. A region drawn in both is one region. */
  views: View[];
  /** Present only for lateral regions. Every lateral region has a mirror on the other side. */
  side?: Side;
  /** Matching area on the Michigan Body Map, where one exists, as the instrument labels it (side included, e.g. "Lt shoulder"). */
  michigan?: string;
}

/** What a review or guideline found about one question. */
export interface EvidenceNote {
  id: string;
  /** The question as tested, in plain words, e.g. "Massage for chronic low back pain". */
  claim: string;
  certainty: Certainty;
  /** A plain verdict a reader can act on, e.g. "May help a little, for a short time". */
  verdict: string;
  /** Who was studied. */
  population: string;
  /** What massage was compared with. */
  comparator: string;
  /** Effect figures as the review reports them, where it gives them. */
  effect?: string;
  /** Id of a {@link Source}. */
  source: string;
}

/** A possible benefit. It never stands alone: it always points to evidence. */
export interface Claim {
  id: string;
  /** The benefit in hedged, plain words ("may ease ..."). */
  text: string;
  /** Ids of {@link EvidenceNote}s; at least one. */
  evidence: string[];
}

export interface Precaution {
  id: string;
  kind: PrecautionKind;
  /** Short title, e.g. "Blood clots (deep vein thrombosis)". */
  title: string;
  /** Who or when it applies to. */
  when: string;
  /** What to do. */
  action: string;
  /** Warning signs, for red flags. */
  signs?: string[];
  /** True for precautions that apply to every technique and routine. */
  general?: boolean;
  /** Id of a {@link Source}. */
  source: string;
}

export interface Technique {
  id: string;
  name: string;
  /** Other names the technique goes by. */
  aka: string[];
  /** One sentence. */
  summary: string;
  howItIsDone: string;
  feelsLike: string;
  pressure: { level: PressureWord; scale: PressureScale };
  /** Typical length of a session, in minutes. */
  sessionMinutes: { min: number; max: number };
  areas: AreaId[];
  /** Ids of {@link Condition}s. */
  conditions: string[];
  claims: Claim[];
  /** Ids of {@link Precaution}s (general ones apply anyway). */
  precautions: string[];
  /** Ids of related {@link Technique}s. */
  related: string[];
  /** Ids of {@link Routine}s to do at home. */
  routines: string[];
}

export interface Condition {
  id: string;
  name: string;
  summary: string;
  areas: AreaId[];
  /** Ids of {@link Technique}s, most relevant first. */
  techniques: string[];
  /** Ids of {@link Precaution}s of kind `red-flag`: signs that mean "see a doctor first". */
  redFlags: string[];
  /** Ids of {@link EvidenceNote}s; at least one. */
  evidence: string[];
}

export interface RoutineStep {
  id: string;
  title: string;
  instruction: string;
  tool: Tool;
  /** Seconds to hold (or work) each side, each repetition. */
  holdSeconds: number;
  sides: StepSides;
  repetitions: number;
  /** Seconds of rest after each repetition. */
  restSeconds: number;
  /** One plain safety cue, e.g. "Ease off if you feel tingling". */
  safety: string;
}

export interface Routine {
  id: string;
  title: string;
  summary: string;
  areas: AreaId[];
  /** Seconds of "get ready" countdown before the first step; 0 for none. */
  prepSeconds: number;
  /** Ids of {@link Precaution}s shown before the routine starts. */
  precautions: string[];
  /** Ids of {@link Source}s behind the hold times and the exercises. */
  sources: string[];
  steps: RoutineStep[];
}

export interface Dataset {
  /** Content version, semver. */
  version: string;
  areas: Area[];
  regions: BodyRegion[];
  techniques: Technique[];
  conditions: Condition[];
  evidence: EvidenceNote[];
  precautions: Precaution[];
  routines: Routine[];
  sources: Source[];
}

/** One problem found by validation. `path` points into the input, e.g. `techniques[2].claims[0].evidence`. */
export interface ValidationError {
  path: string;
  message: string;
}

export interface ValidationResult {
  ok: boolean;
  errors: ValidationError[];
}
