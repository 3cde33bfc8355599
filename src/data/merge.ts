import type {
  Condition,
  Dataset,
  EvidenceNote,
  HelpTexts,
  Precaution,
  Routine,
  Source,
  Technique,
  ValidationError,
} from './types.js';
import { describe, isHttpUrl, isObject, join, validateDataset, validateHelp } from './validate.js';

/** New wording for a technique: any of its visible texts. Lists of claims are keyed by claim id. */
export interface TechniqueTexts {
  name?: string;
  /** Other names: a list as long as the bundled one. */
  aka?: string[];
  summary?: string;
  howItIsDone?: string;
  feelsLike?: string;
  claims?: Record<string, { text?: string }>;
  sideEffects?: { common?: string; rare?: string };
}
export interface ConditionTexts {
  name?: string;
  summary?: string;
  bestSupported?: { text?: string };
}
/** New wording for a routine: its title, summary, and its steps' texts keyed by step id. */
export interface RoutineTexts {
  title?: string;
  summary?: string;
  steps?: Record<string, { title?: string; instruction?: string; safety?: string }>;
}
export interface EvidenceTexts {
  claim?: string;
  verdict?: string;
  population?: string;
  comparator?: string;
  effect?: string;
}
/** New wording for a precaution. `signs`: a list as long as the bundled one, each a text (or `{ text }`); urgencies stay. */
export interface PrecautionTexts {
  title?: string;
  when?: string;
  action?: string;
  signs?: (string | { text?: string })[];
}
export interface SourceTexts {
  title?: string;
  publisher?: string;
}

/**
 * Text changes, by kind, then by item id: every text a visitor sees can be reworded or
 * translated, but nothing can be removed (lists keep their length) and no id, number or kind
 * can change.
 */
export interface TextOverrides {
  techniques?: Record<string, TechniqueTexts>;
  conditions?: Record<string, ConditionTexts>;
  routines?: Record<string, RoutineTexts>;
  evidence?: Record<string, EvidenceTexts>;
  precautions?: Record<string, PrecautionTexts>;
  sources?: Record<string, SourceTexts>;
  regions?: Record<string, { name?: string }>;
  areas?: Record<string, { name?: string }>;
}

/**
 * A clinic's changes to the bundled dataset (usually parsed from JSON).
 * - techniques … sources: items to add, or to replace when the id already exists. A replacement
 *   may add precautions, red flags and warning signs, never drop them.
 * - hide: ids of techniques, conditions or routines not to show; references to them are removed.
 * - offered: the technique ids the clinic offers; every other technique is hidden.
 * - texts: new wording for any visible text of any item ({@link TextOverrides}).
 * - help: the clinic's own emergency, same-day, soon and crisis-line advice, e.g.
 *   `{ "emergency": "Call 999 or go to A&E now" }`.
 * - bookingUrl: accepted (and checked to be http(s)) so one clinic JSON can hold it; the provider uses it.
 */
export interface DatasetOverrides {
  techniques?: Technique[];
  conditions?: Condition[];
  routines?: Routine[];
  evidence?: EvidenceNote[];
  precautions?: Precaution[];
  sources?: Source[];
  hide?: { techniques?: string[]; conditions?: string[]; routines?: string[] };
  offered?: string[];
  texts?: TextOverrides;
  help?: Partial<HelpTexts>;
  bookingUrl?: string;
}

export type MergeResult =
  | { ok: true; dataset: Dataset; errors: [] }
  | { ok: false; /** The base dataset, untouched. */ dataset: Dataset; errors: ValidationError[] };

const ITEM_KEYS = ['techniques', 'conditions', 'routines', 'evidence', 'precautions', 'sources'] as const;
const HIDE_KEYS = ['techniques', 'conditions', 'routines'] as const;
const KNOWN = new Set<string>([...ITEM_KEYS, 'hide', 'offered', 'texts', 'help', 'bookingUrl']);

/**
 * Which texts `texts` may change, per kind. `'text'` is one text; `'texts'` a list of texts that
 * keeps its length; an object, the named fields of a nested object; `['byId', shape]`, a list of
 * items with ids, patched by id; `['each', shape]`, a list patched position by position, keeping
 * its length (an item with a `text` may be given as that text alone).
 */
type Shape = 'text' | 'texts' | { [field: string]: Shape } | ['byId' | 'each', Shape];
const T = 'text';
const TEXT_SHAPES: Record<keyof TextOverrides, Shape> = {
  techniques: {
    name: T,
    aka: 'texts',
    summary: T,
    howItIsDone: T,
    feelsLike: T,
    claims: ['byId', { text: T }],
    sideEffects: { common: T, rare: T },
  },
  conditions: { name: T, summary: T, bestSupported: { text: T } },
  routines: { title: T, summary: T, steps: ['byId', { title: T, instruction: T, safety: T }] },
  evidence: { claim: T, verdict: T, population: T, comparator: T, effect: T },
  precautions: { title: T, when: T, action: T, signs: ['each', { text: T }] },
  sources: { title: T, publisher: T },
  regions: { name: T },
  areas: { name: T },
};
/** Optional texts that `texts` may set even where an item has none yet. */
const OPTIONAL_TEXT = new Set(['effect']);

type Obj = Record<string, unknown>;
type Err = (path: string, message: string) => void;

/**
 * A deep copy of plain JSON-like data. Functions, symbols, class instances and cycles are
 * reported, not copied. Never throws.
 */
function clone(value: unknown, path: string, err: Err, seen = new Set<object>()): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) err(path, `Expected a finite number, got ${String(value)}`);
    return value;
  }
  if (typeof value !== 'object') {
    err(path, `Only plain data is allowed, got ${describe(value)}`);
    return undefined;
  }
  if (seen.has(value)) {
    err(path, 'The data refers back to itself (a cycle)');
    return undefined;
  }
  seen.add(value);
  let out: unknown;
  if (Array.isArray(value)) out = value.map((v, i) => clone(v, join(path, i), err, seen));
  else {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) err(path, 'Only plain objects are allowed');
    const o: Obj = {};
    for (const k of Object.keys(value)) {
      const v = clone((value as Obj)[k], join(path, k), err, seen);
      if (v !== undefined) o[k] = v;
    }
    out = o;
  }
  seen.delete(value);
  return out;
}

/** Reads `key` of overrides as a list of ids; reports non-strings and unknown ids. */
function idList(o: Obj, key: string, path: string, known: Set<string>, noun: string, err: Err): string[] {
  const v = o[key];
  const p = join(path, key);
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    err(p, `Expected a list of ${noun} ids, got ${describe(v)}`);
    return [];
  }
  const out: string[] = [];
  v.forEach((id, i) => {
    if (typeof id !== 'string') err(join(p, i), `Expected a ${noun} id, got ${describe(id)}`);
    else if (!known.has(id)) err(join(p, i), `Unknown ${noun} id "${id}"`);
    else out.push(id);
  });
  return out;
}

const NOUN: Record<string, string> = { evidence: 'evidence note' };
const noun = (key: string) => NOUN[key] ?? key.slice(0, -1);

/**
 * `current` with the text changes of `patch` applied, following `shape`; each problem is
 * reported at its path in the overrides, and leaves that text as it was.
 */
function applyTexts(current: unknown, patch: unknown, shape: Shape, path: string, err: Err): unknown {
  if (shape === 'text') {
    if (typeof patch !== 'string') err(path, `Expected text, got ${describe(patch)}`);
    else if (!patch.trim()) err(path, 'Text must not be empty');
    else return patch;
    return current;
  }
  if (shape === 'texts' || (Array.isArray(shape) && shape[0] === 'each')) {
    const list = Array.isArray(current) ? current : [];
    if (!Array.isArray(patch) || patch.length !== list.length) {
      err(
        path,
        `Expected a list of ${list.length} ${list.length === 1 ? 'text' : 'texts'}, one for each in the data (nothing can be left out), got ${Array.isArray(patch) ? `${patch.length}` : describe(patch)}`,
      );
      return current;
    }
    const each = shape === 'texts' ? 'text' : shape[1];
    return list.map((item, i) => {
      const p = join(path, i);
      const value = patch[i];
      // An item with a text may be given as that text alone; a problem is reported where it was written.
      return typeof value === 'string' && isObject(each) && 'text' in each && isObject(item)
        ? { ...item, text: applyTexts(item.text, value, 'text', p, err) }
        : applyTexts(item, value, each, p, err);
    });
  }
  if (!isObject(patch)) {
    err(path, `Expected an object of text changes, got ${describe(patch)}`);
    return current;
  }
  if (Array.isArray(shape)) {
    // ['byId', shape]: a list of items with ids.
    const list = Array.isArray(current) ? current : [];
    const out = [...list];
    for (const id of Object.keys(patch)) {
      const at = list.findIndex((x) => isObject(x) && x.id === id);
      if (at < 0) err(join(path, id), `Unknown id "${id}" here`);
      else out[at] = applyTexts(list[at], patch[id], shape[1], join(path, id), err);
    }
    return out;
  }
  const item: Obj = { ...(isObject(current) ? current : {}) };
  for (const field of Object.keys(patch)) {
    const p = join(path, field);
    const fieldShape = shape[field];
    if (!fieldShape) {
      const allowed = Object.keys(shape).join(', ');
      err(p, field === 'id' ? 'Ids cannot be changed' : `"${field}" cannot be changed through texts (only ${allowed})`);
    } else if (item[field] === undefined && !OPTIONAL_TEXT.has(field)) err(p, `This item has no "${field}" to reword`);
    else item[field] = applyTexts(item[field], patch[field], fieldShape, p, err);
  }
  return item;
}

/** Ids missing from `next` that `base` had: a clinic may add to these lists, never remove. */
const dropped = (base: unknown, next: unknown): string[] =>
  (Array.isArray(base) ? base : []).filter(
    (id) => typeof id === 'string' && !(Array.isArray(next) && next.includes(id)),
  ) as string[];

/** The lists of warnings each kind of item has, which a replacement must keep. */
const WARNING_LISTS: Partial<Record<(typeof ITEM_KEYS)[number], string>> = {
  techniques: 'precautions',
  conditions: 'redFlags',
  routines: 'precautions',
};

/**
 * Reports how a clinic's replacement of a bundled item would weaken its warnings: a precaution or
 * red flag left out of an item's list, or, for a precaution itself, a changed kind, fewer warning
 * signs, a sign made less urgent, or a general precaution made narrower (fewer tools or positions too).
 */
function weakened(key: (typeof ITEM_KEYS)[number], base: Obj, next: Obj, path: string, err: Err): void {
  const list = WARNING_LISTS[key];
  if (list) {
    const gone = dropped(base[list], next[list]);
    if (gone.length)
      err(
        join(path, list),
        `Warnings can be added, not removed: keep ${gone.map((id) => `"${id}"`).join(', ')} in ${list}`,
      );
  }
  if (key !== 'precautions') return;
  if (next.kind !== base.kind)
    err(join(path, 'kind'), `The kind of a bundled precaution cannot change (it is "${String(base.kind)}")`);
  if (base.general && next.general !== true && next.general !== base.general)
    err(
      join(path, 'general'),
      `This precaution applies ${base.general === true ? 'everywhere' : `to all ${String(base.general)}`}; it cannot apply more narrowly`,
    );
  for (const key of ['tools', 'positions'] as const) {
    const gone = dropped(base[key], next[key]);
    if (gone.length)
      err(
        join(path, key),
        `This precaution applies to every routine with these ${key}; keep ${gone.map((v) => `"${v}"`).join(', ')}`,
      );
  }
  if (base.crisis === true && next.crisis !== true)
    err(join(path, 'crisis'), 'The crisis-line advice of this precaution cannot be removed');
  const signs = Array.isArray(base.signs) ? base.signs : [];
  const nextSigns = Array.isArray(next.signs) ? next.signs : [];
  if (nextSigns.length < signs.length)
    err(
      join(path, 'signs'),
      `Warning signs can be added or reworded, not removed: keep all ${signs.length} (got ${nextSigns.length})`,
    );
  else
    signs.forEach((sign, i) => {
      const was = isObject(sign) ? sign.urgency : undefined;
      const now = nextSigns[i];
      if (isObject(now) && now.urgency !== was)
        err(
          join(join(join(path, 'signs'), i), 'urgency'),
          `The urgency of a bundled warning sign cannot change (it is "${String(was)}")`,
        );
    });
}

/**
 * Applies a clinic's overrides to `base` and validates the result. `base` is never changed.
 * On any problem the result is `{ ok: false, dataset: base, errors }`, every error with a path;
 * problems in the overrides themselves have paths starting `overrides.`, and problems an added
 * or replaced item causes are reported at that item in the overrides. Never throws.
 *
 * Warnings are the clinic's to add to, never to take away: a replacement that drops a
 * precaution, red flag or warning sign, or makes one less urgent, is refused at the path the
 * clinic wrote, and texts can reword every visible text but not empty or shorten a list.
 */
export function mergeDataset(base: Dataset, overrides: unknown): MergeResult {
  const errors: ValidationError[] = [];
  const err: Err = (path, message) => errors.push({ path, message });
  const fail = (): MergeResult => ({ ok: false, dataset: base, errors });
  try {
    if (overrides === undefined) overrides = {};
    if (!isObject(overrides)) {
      err('overrides', `Expected an object of overrides, got ${describe(overrides)}`);
      return fail();
    }
    const ov = overrides;
    for (const key of Object.keys(ov))
      if (!KNOWN.has(key))
        err(join('overrides', key), `Unknown override "${key}"; expected one of ${[...KNOWN].join(', ')}`);
    if (ov.bookingUrl !== undefined && !isHttpUrl(ov.bookingUrl))
      err('overrides.bookingUrl', `Booking URL ${describe(ov.bookingUrl)} is not an http(s) address`);

    const ds = clone(base, '', () => {}) as Record<string, Obj[]> & { help?: Obj };
    if (ov.help !== undefined) {
      const problems = validateHelp(ov.help, 'overrides.help');
      errors.push(...problems);
      if (!problems.length) ds.help = { ...ds.help, ...(ov.help as Obj) };
    }
    /** Where each final item came from, to point result errors at the overrides. */
    const origin: Record<string, (string | undefined)[]> = {};

    for (const key of ITEM_KEYS) {
      const list: Obj[] = Array.isArray(ds[key]) ? ds[key] : (ds[key] = []);
      const from: (string | undefined)[] = (origin[key] = list.map(() => undefined));
      const v = ov[key];
      if (v === undefined) continue;
      const p = `overrides.${key}`;
      if (!Array.isArray(v)) {
        err(p, `Expected a list of ${noun(key)}s, got ${describe(v)}`);
        continue;
      }
      const seen = new Set<string>();
      v.forEach((item, i) => {
        const ip = join(p, i);
        const copy = clone(item, ip, err);
        if (!isObject(copy)) return err(ip, `Expected a ${noun(key)} object, got ${describe(item)}`);
        if (typeof copy.id !== 'string' || !copy.id)
          return err(join(ip, 'id'), `Each ${noun(key)} needs a text "id", got ${describe(copy.id)}`);
        if (seen.has(copy.id)) return err(join(ip, 'id'), `"${copy.id}" appears twice in overrides.${key}`);
        seen.add(copy.id);
        const at = list.findIndex((x) => x?.id === copy.id);
        if (at >= 0) {
          weakened(key, list[at]!, copy, ip, err);
          list[at] = copy;
          from[at] = ip;
        } else {
          list.push(copy);
          from.push(ip);
        }
      });
    }

    // Hiding: explicit ids, plus every technique outside `offered`.
    const hidden: Record<string, Set<string>> = {};
    const hide = ov.hide;
    if (hide !== undefined && !isObject(hide))
      err('overrides.hide', `Expected { techniques, conditions, routines }, got ${describe(hide)}`);
    for (const key of HIDE_KEYS) {
      const known = new Set(ds[key]!.map((x) => x?.id as string));
      hidden[key] = new Set(isObject(hide) ? idList(hide, key, 'overrides.hide', known, noun(key), err) : []);
    }
    if (isObject(hide))
      for (const k of Object.keys(hide))
        if (!(HIDE_KEYS as readonly string[]).includes(k))
          err(
            join('overrides.hide', k),
            `Only techniques, conditions and routines can be hidden, not "${k}"${k === 'precautions' ? ': warnings are always shown' : ''}`,
          );
    if (ov.offered !== undefined) {
      const known = new Set(ds.techniques!.map((t) => t?.id as string));
      const offered = new Set(idList(ov, 'offered', 'overrides', known, 'technique', err));
      for (const id of known) if (!offered.has(id)) hidden.techniques!.add(id);
    }

    // Texts: every visible text, reworded, never removed.
    const texts = ov.texts;
    if (texts !== undefined && !isObject(texts))
      err('overrides.texts', `Expected an object of text changes, got ${describe(texts)}`);
    if (isObject(texts)) {
      for (const key of Object.keys(texts)) {
        const p = join('overrides.texts', key);
        const shape = TEXT_SHAPES[key as keyof TextOverrides];
        if (!Object.hasOwn(TEXT_SHAPES, key)) {
          err(p, `Unknown kind "${key}"; texts can change ${Object.keys(TEXT_SHAPES).join(', ')}`);
          continue;
        }
        const byId = texts[key];
        if (!isObject(byId)) {
          err(p, `Expected an object keyed by ${noun(key)} id, got ${describe(byId)}`);
          continue;
        }
        const list: Obj[] = Array.isArray(ds[key]) ? ds[key] : [];
        for (const id of Object.keys(byId)) {
          const at = list.findIndex((x) => x?.id === id);
          if (at < 0) err(join(p, id), `Unknown ${noun(key)} id "${id}"`);
          else list[at] = applyTexts(list[at], byId[id], shape, join(p, id), err) as Obj;
        }
      }
    }
    if (errors.length) return fail();

    // Remove hidden items, keeping each kept item's origin, then prune references to them.
    for (const key of HIDE_KEYS) {
      const keep = ds[key]!.map((x) => !hidden[key]!.has(x?.id as string));
      ds[key] = ds[key]!.filter((_, i) => keep[i]);
      origin[key] = origin[key]!.filter((_, i) => keep[i]);
    }
    const prune = (list: unknown, gone: Set<string>) =>
      Array.isArray(list) ? list.filter((id) => !gone.has(id as string)) : list;
    for (const t of ds.techniques!) {
      if (!isObject(t)) continue;
      t.related = prune(t.related, hidden.techniques!);
      t.conditions = prune(t.conditions, hidden.conditions!);
      t.routines = prune(t.routines, hidden.routines!);
    }
    for (const c of ds.conditions!) if (isObject(c)) c.techniques = prune(c.techniques, hidden.techniques!);
    for (const r of ds.routines!)
      if (isObject(r) && r.conditions) r.conditions = prune(r.conditions, hidden.conditions!);

    const result = validateDataset(ds);
    if (!result.ok) {
      // Point errors in added or replaced items at the overrides that supplied them.
      for (const e of result.errors) {
        const m = /^(\w+)\[(\d+)\](.*)$/.exec(e.path);
        const src = m ? origin[m[1]!]?.[Number(m[2])] : undefined;
        errors.push(src ? { path: src + m![3], message: e.message } : e);
      }
      return fail();
    }
    return { ok: true, dataset: ds as unknown as Dataset, errors: [] };
  } catch (e) {
    err('overrides', `The overrides could not be read: ${e instanceof Error ? e.message : describe(e)}`);
    return fail();
  }
}
