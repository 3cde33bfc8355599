/**
 * Types of the bundled content dataset.
 *
 * Ids are kebab-case and stable: clinics' pages, forms and analytics refer to
 * them, so they are public API. Cross-references are always by id.
 * Everything here is plain data (JSON-compatible) so clinics can supply their
 * own through `mergeDataset`.
 *
 * Every closed set of values is a const array here, and its type is derived from it: the
 * validator, the queries and the elements read the same arrays, so a value is written once.
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

/** How sure the research is, from a review or guideline's own grading (GRADE words), strongest first. */
export const CERTAINTIES = ['high', 'moderate', 'low', 'very-low', 'insufficient', 'not-supported'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/**
 * The one lay wording of each certainty level, after GRADE's plain-language statements: a claim
 * resting on high-certainty evidence says what a treatment *does*, moderate *probably*, low *may*,
 * very low *we don't know if*. Two levels outside GRADE's four: too little research to judge, and
 * claims the evidence goes against. Every claim's text uses the wording of its evidence's level.
 */
export const CERTAINTY_WORDING: Readonly<Record<Certainty, string>> = {
  high: 'does',
  moderate: 'probably',
  low: 'may',
  'very-low': "we don't know if",
  insufficient: 'too little research',
  'not-supported': 'not shown',
};

/** A drawing of the body map: the person seen from the front or from the back. */
export const VIEWS = ['front', 'back'] as const;
export type View = (typeof VIEWS)[number];

/** Anatomical side: the person's own left or right, never the viewer's. */
export const SIDES = ['left', 'right'] as const;
export type Side = (typeof SIDES)[number];

export const PRESSURE_WORDS = ['light', 'moderate', 'firm'] as const;
export type PressureWord = (typeof PRESSURE_WORDS)[number];
export type PressureScale = 1 | 2 | 3 | 4 | 5;

export const PRECAUTION_KINDS = ['avoid', 'avoid-area', 'consult-first', 'lighter-pressure', 'red-flag'] as const;
export type PrecautionKind = (typeof PRECAUTION_KINDS)[number];

/**
 * How soon a warning sign needs help, most urgent first: `emergency` (call the local emergency
 * number now), `same-day` (urgent care today), `soon` (see a doctor or physiotherapist in the next
 * few days).
 */
export const URGENCIES = ['emergency', 'same-day', 'soon'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const TOOLS = ['none', 'ball', 'foam-roller', 'towel', 'wall', 'pillow'] as const;
export type Tool = (typeof TOOLS)[number];

/** `left-then-right` steps are done on the left side first, then on the right. */
export const STEP_SIDES = ['none', 'left-then-right'] as const;
export type StepSides = (typeof STEP_SIDES)[number];

/**
 * Where the body is during a step: `bed` and `floor` are lying on the back or side there,
 * `floor-face-down` lying on the front. A change of position gets time of its own in a routine.
 */
export const POSITIONS = [
  'standing',
  'chair',
  'bed',
  'bed-sitting',
  'floor',
  'floor-sitting',
  'floor-face-down',
  'kneeling',
] as const;
export type Position = (typeof POSITIONS)[number];

/** What a step does: `massage` presses or rolls on the body (by hand or with a tool). */
export const STEP_KINDS = ['stretch', 'massage', 'movement', 'breathing'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** When and in what role an item's content was last reviewed against its sources. */
export interface Reviewed {
  /** ISO date (YYYY-MM-DD). */
  date: string;
  /** Who reviewed it, by role, e.g. "content editor" or "physiotherapist". */
  role: string;
}

/** A published source: a review, trial, guideline or public health page. */
export interface Source {
  id: string;
  title: string;
  /** Journal, or the organisation that publishes the page. */
  publisher: string;
  /** Year of publication. Left out for living web pages (NHS, NCCIH, …), which have no fixed date. */
  year?: number;
  /** Living web pages: when the page says it was last reviewed or updated (YYYY, YYYY-MM or YYYY-MM-DD), if it says. */
  updated?: string;
  /** http(s) address, preferably a DOI link or the publisher's own page. */
  url: string;
  /** ISO date (YYYY-MM-DD) on which the source was checked. */
  accessed: string;
}

export interface Area {
  id: AreaId;
  name: string;
  /** Ids of {@link Precaution}s of kind `red-flag`: warning signs for pain in this area. */
  redFlags?: string[];
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

/** What a review, trial or guideline found about one question. */
export interface EvidenceNote {
  id: string;
  /** The question as tested, in plain words, e.g. "Massage for chronic low back pain". */
  claim: string;
  certainty: Certainty;
  /** A plain verdict a reader can act on, e.g. "May help a little, for a short time". */
  verdict: string;
  /** Who was studied, in plain words. */
  population: string;
  /** What the treatment was compared with, in plain words. */
  comparator: string;
  /** Effect figures as the review reports them, where it gives them. */
  effect?: string;
  /** Id of a {@link Source}. */
  source: string;
  reviewed: Reviewed;
}

/**
 * A possible benefit, or a popular belief the evidence does not back. It never stands alone: it
 * points to evidence, and its wording follows the certainty of the first note
 * ({@link CERTAINTY_WORDING}).
 */
export interface Claim {
  id: string;
  /** The benefit in hedged, plain words ("may ease ..."). */
  text: string;
  /** Ids of {@link EvidenceNote}s; at least one. The first sets the claim's certainty. */
  evidence: string[];
}

/** A warning sign of a red flag, with how soon it needs help. */
export interface WarningSign {
  text: string;
  urgency: Urgency;
}

export interface Precaution {
  id: string;
  kind: PrecautionKind;
  /** Short title, e.g. "Blood clots (deep vein thrombosis)". */
  title: string;
  /** Who or when it applies to. */
  when: string;
  /** What to do about massage or the routine; what to do about the signs comes from their urgency. */
  action: string;
  /** Warning signs, for red flags: at least one, each with its urgency. */
  signs?: WarningSign[];
  /**
   * Applies whether or not an item lists it: `true` to every technique and routine,
   * `'techniques'` or `'routines'` to those only.
   */
  general?: boolean | 'techniques' | 'routines';
  /** Also applies to every routine with a step that uses one of these tools (a ball, a roller). */
  tools?: Tool[];
  /** Also applies to every routine with a step in one of these positions (lying on the floor, say). */
  positions?: Position[];
  /** Also shows the clinic's crisis-line text ({@link HelpTexts.crisis}). */
  crisis?: boolean;
  /** Ids of {@link Source}s; at least one. */
  sources: string[];
  reviewed: Reviewed;
}

/** The common side effects of a technique, and how rare serious harm is. */
export interface SideEffects {
  /** What many people notice, e.g. "Soreness or tiredness for a day or two." */
  common: string;
  /** How rare serious harm is, and what it has followed. */
  rare: string;
  /** Ids of {@link Source}s; at least one. */
  sources: string[];
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
  /** Every area it is used for, typically or sometimes. */
  areas: AreaId[];
  /** Ids of {@link Condition}s it is used for, typically or sometimes. */
  conditions: string[];
  /**
   * Where it is a usual choice: the areas and conditions (from `areas` and `conditions`) clinics
   * typically use it for. The others it is used for only sometimes. A list filtered by area or
   * condition shows typical techniques first and the rest behind "Show all". Left out (a clinic's
   * own technique, say), every area and condition counts as typical.
   */
  typical?: { areas: AreaId[]; conditions: string[] };
  /**
   * Adapted for one group of people (pregnancy, cancer care, swelling after lymph node surgery):
   * a list for a body area shows it after the general techniques typical there, and first only
   * for its own conditions. Left out, a general technique.
   */
  specialised?: boolean;
  claims: Claim[];
  sideEffects: SideEffects;
  /** Ids of {@link Precaution}s (general ones apply anyway). */
  precautions: string[];
  /** Ids of related {@link Technique}s. */
  related: string[];
  /** Ids of {@link Routine}s to do at home. */
  routines: string[];
  reviewed: Reviewed;
}

/** What has the best support for a condition, massage or not, in one line, with its sources. */
export interface BestSupported {
  text: string;
  /** Ids of {@link Source}s; at least one. */
  sources: string[];
}

export interface Condition {
  id: string;
  name: string;
  summary: string;
  /** What has the best support for it (often exercise, not massage). */
  bestSupported: BestSupported;
  areas: AreaId[];
  /** Ids of {@link Technique}s, most relevant first. */
  techniques: string[];
  /** Ids of {@link Precaution}s of kind `red-flag`, at least one written for this condition. */
  redFlags: string[];
  /** Ids of {@link EvidenceNote}s; at least one. */
  evidence: string[];
  reviewed: Reviewed;
}

export interface RoutineStep {
  id: string;
  title: string;
  instruction: string;
  /** Where the body is. When it differs from the step before, the routine gives time to move. */
  position?: Position;
  /** What the step does; `massage` presses or rolls on the body. */
  kind?: StepKind;
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
  /** Ids of {@link Condition}s the routine is meant for; their red flags are shown before it starts. */
  conditions?: string[];
  /** Seconds of "get ready" countdown before the first step; 0 for none. */
  prepSeconds: number;
  /** Ids of {@link Precaution}s shown before the routine starts (with those of its areas and conditions). */
  precautions: string[];
  /** Ids of {@link EvidenceNote}s about the exercises themselves, where research tested them. */
  evidence?: string[];
  /** Ids of {@link Source}s behind the hold times and the exercises. */
  sources: string[];
  steps: RoutineStep[];
  reviewed?: Reviewed;
}

/**
 * Where to get help, as the clinic's visitors should: what each urgency of warning sign means
 * they should do, and a crisis line. Country-neutral in the bundled data ("your local emergency
 * number"); a clinic sets its own numbers and services in its JSON (`help`).
 */
export type HelpTexts = Record<Urgency | 'crisis', string>;

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
  help: HelpTexts;
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
