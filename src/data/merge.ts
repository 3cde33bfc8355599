import type {
  Area,
  BodyRegion,
  Condition,
  Dataset,
  EvidenceNote,
  Precaution,
  Routine,
  Source,
  Technique,
  ValidationError,
} from './types.js';
import { describe, isHttpUrl, isObject, join, validateDataset } from './validate.js';

/** Keys of T whose values are (possibly optional) strings: the fields `texts` may change. */
export type TextFields<T> = {
  [K in keyof T]-?: NonNullable<T[K]> extends string ? (K extends 'id' ? never : K) : never;
}[keyof T];
/** New wording for some string fields of one item. */
export type TextPatch<T> = Partial<Pick<T, TextFields<T>>>;

/** Text changes, by kind, then by item id. Only string fields (not ids) can be changed. */
export interface TextOverrides {
  techniques?: Record<string, TextPatch<Technique>>;
  conditions?: Record<string, TextPatch<Condition>>;
  routines?: Record<string, TextPatch<Routine>>;
  evidence?: Record<string, TextPatch<EvidenceNote>>;
  precautions?: Record<string, TextPatch<Precaution>>;
  sources?: Record<string, TextPatch<Source>>;
  regions?: Record<string, TextPatch<BodyRegion>>;
  areas?: Record<string, TextPatch<Area>>;
}

/**
 * A clinic's changes to the bundled dataset (usually parsed from JSON).
 * - techniques … sources: items to add, or to replace when the id already exists.
 * - hide: ids of techniques, conditions or routines not to show; references to them are removed.
 * - offered: the technique ids the clinic offers; every other technique is hidden.
 * - texts: new wording for string fields of any item.
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
  bookingUrl?: string;
}

export type MergeResult =
  | { ok: true; dataset: Dataset; errors: [] }
  | { ok: false; /** The base dataset, untouched. */ dataset: Dataset; errors: ValidationError[] };

const ITEM_KEYS = ['techniques', 'conditions', 'routines', 'evidence', 'precautions', 'sources'] as const;
const HIDE_KEYS = ['techniques', 'conditions', 'routines'] as const;
const TEXT_KEYS = [
  'techniques',
  'conditions',
  'routines',
  'evidence',
  'precautions',
  'sources',
  'regions',
  'areas',
] as const;
const KNOWN = new Set<string>([...ITEM_KEYS, 'hide', 'offered', 'texts', 'bookingUrl']);
/** Optional string fields that texts may set even when the item has none yet. */
const OPTIONAL_TEXT: Record<string, string[]> = { evidence: ['effect'], regions: ['michigan'] };

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
 * Applies a clinic's overrides to `base` and validates the result. `base` is never changed.
 * On any problem the result is `{ ok: false, dataset: base, errors }`, every error with a path;
 * problems in the overrides themselves have paths starting `overrides.`, and problems an added
 * or replaced item causes are reported at that item in the overrides. Never throws.
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

    const ds = clone(base, '', () => {}) as Record<string, Obj[]>;
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
          err(join('overrides.hide', k), `Only techniques, conditions and routines can be hidden, not "${k}"`);
    if (ov.offered !== undefined) {
      const known = new Set(ds.techniques!.map((t) => t?.id as string));
      const offered = new Set(idList(ov, 'offered', 'overrides', known, 'technique', err));
      for (const id of known) if (!offered.has(id)) hidden.techniques!.add(id);
    }

    // Texts: only existing string fields (or known optional ones), never ids.
    const texts = ov.texts;
    if (texts !== undefined && !isObject(texts))
      err('overrides.texts', `Expected an object of text changes, got ${describe(texts)}`);
    if (isObject(texts)) {
      for (const key of Object.keys(texts)) {
        const p = join('overrides.texts', key);
        if (!(TEXT_KEYS as readonly string[]).includes(key)) {
          err(p, `Unknown kind "${key}"; texts can change ${TEXT_KEYS.join(', ')}`);
          continue;
        }
        const byId = texts[key];
        if (!isObject(byId)) {
          err(p, `Expected an object keyed by ${noun(key)} id, got ${describe(byId)}`);
          continue;
        }
        const list: Obj[] = Array.isArray(ds[key]) ? ds[key] : [];
        for (const id of Object.keys(byId)) {
          const ip = join(p, id);
          const at = list.findIndex((x) => x?.id === id);
          const patch = byId[id];
          if (at < 0) {
            err(ip, `Unknown ${noun(key)} id "${id}"`);
            continue;
          }
          if (!isObject(patch)) {
            err(ip, `Expected an object of text fields, got ${describe(patch)}`);
            continue;
          }
          const item = { ...list[at]! };
          for (const field of Object.keys(patch)) {
            const fp = join(ip, field);
            const value = patch[field];
            const current = item[field];
            if (field === 'id') err(fp, 'Ids cannot be changed');
            else if (typeof current !== 'string' && !(current === undefined && OPTIONAL_TEXT[key]?.includes(field)))
              err(
                fp,
                current === undefined
                  ? `"${field}" is not a text field of a ${noun(key)}`
                  : `"${field}" is not a text field; only text can be changed here`,
              );
            else if (typeof value !== 'string') err(fp, `Expected text, got ${describe(value)}`);
            else if (!value.trim()) err(fp, 'Text must not be empty');
            else item[field] = value;
          }
          list[at] = item;
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
