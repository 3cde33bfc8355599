import {
  AREA_IDS,
  CERTAINTIES,
  POSITIONS,
  PRECAUTION_KINDS,
  PRESSURE_WORDS,
  SIDES,
  STEP_KINDS,
  STEP_SIDES,
  TOOLS,
  URGENCIES,
  VIEWS,
} from './types.js';
import type { Dataset, ValidationError, ValidationResult } from './types.js';
import { routineDurationSeconds } from './sequence.js';

/*
 * Hand-written validation of clinic-supplied data (see the closing note of the data issue for why
 * not zod/mini: it cost several times more bytes for the same checks, and the cross-reference checks
 * — most of the work — have to be written by hand either way).
 *
 * Every problem is reported, each with a path into the input (`techniques[2].claims[0].evidence[1]`)
 * and a message naming the bad value. Nothing here throws, whatever the input.
 */

/** Limits past which a duration is taken to be a mistake. */
export const LIMITS = {
  holdSeconds: 600,
  restSeconds: 600,
  prepSeconds: 600,
  repetitions: 50,
  sessionMinutes: 240,
  routineSeconds: 240 * 60,
};

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Obj = Record<string, unknown>;
type Report = (path: string, message: string) => void;

export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A short, safe description of any value for messages. */
export function describe(v: unknown): string {
  try {
    if (v === undefined) return 'nothing';
    if (v === null) return 'null';
    if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
    if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
    if (Array.isArray(v)) return 'an array';
    return `a ${typeof v}`;
  } catch {
    return 'an unreadable value';
  }
}

export const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

export function isHttpUrl(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A real calendar date as YYYY-MM-DD, or (with `partial`) YYYY or YYYY-MM. */
export function isIsoDate(v: unknown, partial = false): boolean {
  if (typeof v !== 'string' || !(partial ? /^\d{4}(-\d{2}){0,2}$/ : /^\d{4}-\d{2}-\d{2}$/).test(v)) return false;
  const [y, m = 1, d = 1] = v.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Field readers: each reports a problem and returns the value only when it has the right type. */
class Checker {
  constructor(readonly report: Report) {}

  str(o: Obj, key: string, path: string, optional = false): string | undefined {
    const v = o[key];
    const p = join(path, key);
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'string')
      this.report(p, v === undefined ? `Missing text field "${key}"` : `Expected text, got ${describe(v)}`);
    else if (!v.trim()) this.report(p, `"${key}" must not be empty`);
    else return v;
    return undefined;
  }

  id(o: Obj, path: string, key = 'id'): string | undefined {
    const v = this.str(o, key, path);
    if (v !== undefined && !KEBAB.test(v))
      this.report(
        join(path, key),
        `Id ${describe(v)} is not kebab-case (lowercase letters, digits and single hyphens)`,
      );
    return v;
  }

  num(
    o: Obj,
    key: string,
    path: string,
    min: number,
    max: number,
    opts: { int?: boolean; minExclusive?: boolean; optional?: boolean } = {},
  ): number | undefined {
    const v = o[key];
    const p = join(path, key);
    if (v === undefined && opts.optional) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.report(p, v === undefined ? `Missing number "${key}"` : `Expected a number, got ${describe(v)}`);
      return undefined;
    }
    if (opts.int && !Number.isInteger(v)) this.report(p, `Expected a whole number, got ${v}`);
    else if (opts.minExclusive ? v <= min : v < min)
      this.report(p, `${key} must be ${opts.minExclusive ? 'more than' : 'at least'} ${min}, got ${v}`);
    else if (v > max) this.report(p, `${key} of ${v} is too large (at most ${max})`);
    else return v;
    return undefined;
  }

  oneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[], optional = false): T | undefined {
    const v = o[key];
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    if (v === undefined && optional) return undefined;
    this.report(
      join(path, key),
      v === undefined
        ? `Missing "${key}" (one of ${allowed.join(', ')})`
        : `Unknown ${key} ${describe(v)}; expected one of ${allowed.join(', ')}`,
    );
    return undefined;
  }

  /** An object field; returns it, or undefined (reported unless optional and absent). */
  obj(o: Obj, key: string, path: string, shape: string, optional = false): Obj | undefined {
    const v = o[key];
    if (isObject(v)) return v;
    if (v === undefined && optional) return undefined;
    this.report(join(path, key), v === undefined ? `Missing "${key}"` : `Expected ${shape}, got ${describe(v)}`);
    return undefined;
  }

  /** An optional true/false field. */
  bool(o: Obj, key: string, path: string): void {
    const v = o[key];
    if (v !== undefined && typeof v !== 'boolean')
      this.report(join(path, key), `Expected true or false, got ${describe(v)}`);
  }

  /** A date field: YYYY-MM-DD, or with `partial` also YYYY or YYYY-MM. */
  date(o: Obj, key: string, path: string, optional = false, partial = false): void {
    const v = this.str(o, key, path, optional);
    if (v !== undefined && !isIsoDate(v, partial))
      this.report(
        join(path, key),
        `Date ${describe(v)} is not a valid date (${partial ? 'YYYY, YYYY-MM or ' : ''}YYYY-MM-DD)`,
      );
  }

  /** `reviewed: { date, role }`. */
  reviewed(o: Obj, path: string, optional = false): void {
    const r = this.obj(o, 'reviewed', path, '{ date, role }', optional);
    if (!r) return;
    const p = join(path, 'reviewed');
    this.date(r, 'date', p);
    this.str(r, 'role', p);
  }

  /** An array field; returns its items (possibly empty) or undefined when not an array. */
  arr(o: Obj, key: string, path: string, optional = false): unknown[] | undefined {
    const v = o[key];
    if (v === undefined && optional) return undefined;
    if (!Array.isArray(v)) {
      this.report(join(path, key), v === undefined ? `Missing list "${key}"` : `Expected a list, got ${describe(v)}`);
      return undefined;
    }
    return v;
  }

  /** An optional list whose every item is one of `allowed`. */
  members(o: Obj, key: string, path: string, allowed: readonly string[]): void {
    for (const [v, p] of this.strings(o, key, path, true))
      if (!allowed.includes(v))
        this.report(p, `Unknown ${key.replace(/s$/, '')} ${describe(v)}; expected one of ${allowed.join(', ')}`);
  }

  /** A list of strings; returns [string, path] pairs for the valid ones. With `min`, reports a shorter list of `what`s. */
  strings(o: Obj, key: string, path: string, optional = false, min = 0, what = 'item'): [string, string][] {
    const list = this.arr(o, key, path, optional);
    if (list && list.length < min)
      this.report(
        join(path, key),
        `Needs at least ${min === 1 ? 'one' : min} ${what}${min === 1 ? '' : 's'} in "${key}"`,
      );
    const out: [string, string][] = [];
    list?.forEach((v, i) => {
      const p = join(join(path, key), i);
      if (typeof v === 'string' && v.trim()) out.push([v, p]);
      else this.report(p, `Expected text, got ${describe(v)}`);
    });
    return out;
  }
}

/** References to check once every id is known: [path, id, collection]. */
type Ref = [path: string, id: string, collection: RefKind];
type RefKind =
  'areas' | 'techniques' | 'conditions' | 'evidence' | 'precautions' | 'routines' | 'sources' | 'red-flags';

const NOUN: Record<RefKind, string> = {
  areas: 'area',
  techniques: 'technique',
  conditions: 'condition',
  evidence: 'evidence note',
  precautions: 'precaution',
  routines: 'routine',
  sources: 'source',
  'red-flags': 'red flag',
};

function refList(c: Checker, refs: Ref[], o: Obj, key: string, path: string, kind: RefKind, min = 0): void {
  for (const [id, p] of c.strings(o, key, path, false, min, NOUN[kind])) refs.push([p, id, kind]);
}

function optionalRefList(c: Checker, refs: Ref[], o: Obj, key: string, path: string, kind: RefKind): void {
  for (const [id, p] of c.strings(o, key, path, true)) refs.push([p, id, kind]);
}

/** `{ text, sources }` (best supported) or `{ common, rare, sources }` (side effects). */
function sourcedText(c: Checker, refs: Ref[], o: Obj, key: string, path: string, fields: string[]): void {
  const v = c.obj(o, key, path, `{ ${[...fields, 'sources'].join(', ')} }`);
  if (!v) return;
  const p = join(path, key);
  for (const f of fields) c.str(v, f, p);
  refList(c, refs, v, 'sources', p, 'sources', 1);
}

/**
 * A routine. `strict` (inside a dataset) also asks for the review record; a routine given to the
 * stretch timer on its own may leave it out, as it may the optional fields.
 */
function checkRoutine(c: Checker, refs: Ref[], r: Obj, path: string, strict = true): void {
  c.id(r, path);
  c.str(r, 'title', path);
  c.str(r, 'summary', path);
  refList(c, refs, r, 'areas', path, 'areas');
  optionalRefList(c, refs, r, 'conditions', path, 'conditions');
  refList(c, refs, r, 'precautions', path, 'precautions');
  optionalRefList(c, refs, r, 'evidence', path, 'evidence');
  refList(c, refs, r, 'sources', path, 'sources');
  c.num(r, 'prepSeconds', path, 0, LIMITS.prepSeconds);
  c.reviewed(r, path, !strict);
  const steps = c.arr(r, 'steps', path);
  if (!steps) return;
  const stepsPath = join(path, 'steps');
  if (steps.length === 0) c.report(stepsPath, 'A routine needs at least one step');
  const seen = new Map<string, string>();
  let stepsOk = true;
  steps.forEach((s, i) => {
    const p = join(stepsPath, i);
    if (!isObject(s)) {
      c.report(p, `Expected a step object, got ${describe(s)}`);
      stepsOk = false;
      return;
    }
    const id = c.id(s, p);
    if (id !== undefined) {
      if (seen.has(id)) c.report(join(p, 'id'), `Duplicate step id "${id}" (first at ${seen.get(id)})`);
      else seen.set(id, p);
    }
    c.str(s, 'title', p);
    c.str(s, 'instruction', p);
    c.str(s, 'safety', p);
    c.oneOf(s, 'position', p, POSITIONS, true);
    c.oneOf(s, 'kind', p, STEP_KINDS, true);
    const ok = [
      c.oneOf(s, 'tool', p, TOOLS),
      c.oneOf(s, 'sides', p, STEP_SIDES),
      c.num(s, 'holdSeconds', p, 0, LIMITS.holdSeconds, { minExclusive: true }),
      c.num(s, 'repetitions', p, 1, LIMITS.repetitions, { int: true }),
      c.num(s, 'restSeconds', p, 0, LIMITS.restSeconds),
    ];
    if (ok.some((v) => v === undefined)) stepsOk = false;
  });
  if (stepsOk && steps.length && typeof r.prepSeconds === 'number') {
    const total = routineDurationSeconds(r as never);
    if (total > LIMITS.routineSeconds)
      c.report(
        stepsPath,
        `The routine lasts ${Math.round(total / 60)} minutes; at most ${LIMITS.routineSeconds / 60} are allowed`,
      );
  }
}

/** Checks `help`: the four texts, none empty, nothing else. */
function checkHelp(c: Checker, help: Obj, path: string, optional: boolean): void {
  for (const key of HELP_KEYS) c.str(help, key, path, optional);
  for (const key of Object.keys(help))
    if (!(HELP_KEYS as readonly string[]).includes(key))
      c.report(join(path, key), `Unknown help text "${key}"; expected one of ${HELP_KEYS.join(', ')}`);
}

/** The texts of `help`: one per urgency of warning sign, and the crisis line. */
export const HELP_KEYS = [...URGENCIES, 'crisis'] as const;

type ListKey = Exclude<keyof Dataset, 'version' | 'help'>;

/** Structural checks for each collection's items. */
const ITEM: Record<ListKey, (c: Checker, refs: Ref[], o: Obj, path: string) => void> = {
  areas(c, refs, o, path) {
    c.oneOf(o, 'id', path, AREA_IDS);
    c.str(o, 'name', path);
    optionalRefList(c, refs, o, 'redFlags', path, 'red-flags');
  },
  regions(c, refs, o, path) {
    c.id(o, path);
    c.str(o, 'name', path);
    const area = o.area;
    if (typeof area === 'string') refs.push([join(path, 'area'), area, 'areas']);
    else
      c.report(
        join(path, 'area'),
        area === undefined ? 'Missing "area"' : `Expected an area id, got ${describe(area)}`,
      );
    const views = c.arr(o, 'views', path);
    if (views) {
      if (views.length === 0) c.report(join(path, 'views'), 'A region must be drawn in at least one view');
      views.forEach((v, i) => {
        if (!(VIEWS as readonly unknown[]).includes(v))
          c.report(join(join(path, 'views'), i), `Unknown view ${describe(v)}; expected front or back`);
      });
    }
    c.oneOf(o, 'side', path, SIDES, true);
    c.str(o, 'michigan', path, true);
  },
  techniques(c, refs, o, path) {
    c.id(o, path);
    c.str(o, 'name', path);
    c.strings(o, 'aka', path);
    for (const k of ['summary', 'howItIsDone', 'feelsLike']) c.str(o, k, path);
    const pressure = c.obj(o, 'pressure', path, '{ level, scale }');
    if (pressure) {
      const pp = join(path, 'pressure');
      c.oneOf(pressure, 'level', pp, PRESSURE_WORDS);
      c.num(pressure, 'scale', pp, 1, 5, { int: true });
    }
    const sm = c.obj(o, 'sessionMinutes', path, '{ min, max }');
    if (sm) {
      const sp = join(path, 'sessionMinutes');
      const min = c.num(sm, 'min', sp, 0, LIMITS.sessionMinutes, { minExclusive: true });
      const max = c.num(sm, 'max', sp, 0, LIMITS.sessionMinutes, { minExclusive: true });
      if (min !== undefined && max !== undefined && min > max) c.report(sp, `min (${min}) is more than max (${max})`);
    }
    refList(c, refs, o, 'areas', path, 'areas');
    refList(c, refs, o, 'conditions', path, 'conditions');
    refList(c, refs, o, 'precautions', path, 'precautions');
    refList(c, refs, o, 'related', path, 'techniques');
    refList(c, refs, o, 'routines', path, 'routines');
    const typical = c.obj(o, 'typical', path, '{ areas, conditions }', true);
    if (typical) {
      const tp = join(path, 'typical');
      for (const key of ['areas', 'conditions'] as const) {
        const all = Array.isArray(o[key]) ? (o[key] as unknown[]) : [];
        for (const [id, p] of c.strings(typical, key, tp))
          if (!all.includes(id))
            c.report(p, `"${id}" is not in the technique's ${key}; typical ones are some of those`);
      }
    }
    c.bool(o, 'specialised', path);
    sourcedText(c, refs, o, 'sideEffects', path, ['common', 'rare']);
    c.reviewed(o, path);
    const claims = c.arr(o, 'claims', path);
    if (claims) {
      const cp = join(path, 'claims');
      if (claims.length === 0) c.report(cp, `Technique ${describe(o.id)} has no claims, so no evidence behind it`);
      const seen = new Set<string>();
      claims.forEach((claim, i) => {
        const p = join(cp, i);
        if (!isObject(claim)) return c.report(p, `Expected a claim object, got ${describe(claim)}`);
        const id = c.id(claim, p);
        if (id !== undefined && seen.has(id)) c.report(join(p, 'id'), `Duplicate claim id "${id}"`);
        if (id !== undefined) seen.add(id);
        c.str(claim, 'text', p);
        refList(c, refs, claim, 'evidence', p, 'evidence', 1);
      });
    }
  },
  conditions(c, refs, o, path) {
    c.id(o, path);
    c.str(o, 'name', path);
    c.str(o, 'summary', path);
    sourcedText(c, refs, o, 'bestSupported', path, ['text']);
    refList(c, refs, o, 'areas', path, 'areas');
    refList(c, refs, o, 'techniques', path, 'techniques');
    refList(c, refs, o, 'redFlags', path, 'red-flags', 1);
    refList(c, refs, o, 'evidence', path, 'evidence', 1);
    c.reviewed(o, path);
  },
  evidence(c, refs, o, path) {
    c.id(o, path);
    for (const k of ['claim', 'verdict', 'population', 'comparator']) c.str(o, k, path);
    c.str(o, 'effect', path, true);
    c.oneOf(o, 'certainty', path, CERTAINTIES);
    const src = c.str(o, 'source', path);
    if (src !== undefined) refs.push([join(path, 'source'), src, 'sources']);
    c.reviewed(o, path);
  },
  precautions(c, refs, o, path) {
    c.id(o, path);
    const kind = c.oneOf(o, 'kind', path, PRECAUTION_KINDS);
    for (const k of ['title', 'when', 'action']) c.str(o, k, path);
    const signs = c.arr(o, 'signs', path, kind !== 'red-flag');
    const sp = join(path, 'signs');
    if (signs && kind !== 'red-flag' && kind !== undefined)
      c.report(sp, `Only red flags have warning signs; this precaution's kind is "${kind}"`);
    else if (signs?.length === 0) c.report(sp, 'Needs at least one warning sign in "signs"');
    signs?.forEach((sign, i) => {
      const p = join(sp, i);
      if (!isObject(sign)) return c.report(p, `Expected { text, urgency }, got ${describe(sign)}`);
      c.str(sign, 'text', p);
      c.oneOf(sign, 'urgency', p, URGENCIES);
    });
    const general = o.general;
    if (general !== undefined && typeof general !== 'boolean' && general !== 'techniques' && general !== 'routines')
      c.report(join(path, 'general'), `Expected true, false, "techniques" or "routines", got ${describe(general)}`);
    c.members(o, 'tools', path, TOOLS);
    c.members(o, 'positions', path, POSITIONS);
    c.bool(o, 'crisis', path);
    refList(c, refs, o, 'sources', path, 'sources', 1);
    c.reviewed(o, path);
  },
  routines: checkRoutine,
  sources(c, _refs, o, path) {
    c.id(o, path);
    c.str(o, 'title', path);
    c.str(o, 'publisher', path);
    c.num(o, 'year', path, 1800, 2100, { int: true, optional: true });
    c.date(o, 'updated', path, true, true);
    const url = c.str(o, 'url', path);
    if (url !== undefined && !isHttpUrl(url))
      c.report(join(path, 'url'), `URL ${describe(url)} is not an http(s) address`);
    c.date(o, 'accessed', path);
  },
};

// A pure call, so an entry that only validates routines drops the whole-dataset checks.
const COLLECTIONS = /* @__PURE__ */ Object.keys(ITEM) as ListKey[];

function checkRegions(c: Checker, regions: unknown[]): void {
  const byId = new Map<string, Obj>();
  for (const r of regions) if (isObject(r) && typeof r.id === 'string') byId.set(r.id, r);
  regions.forEach((r, i) => {
    if (!isObject(r) || typeof r.id !== 'string') return;
    const path = `regions[${i}]`;
    const suffix = /-(left|right)$/.exec(r.id)?.[1];
    if (r.side === undefined) {
      if (suffix) c.report(join(path, 'side'), `Region "${r.id}" ends in -${suffix} but has no side`);
      return;
    }
    if (r.side !== 'left' && r.side !== 'right') return;
    if (suffix !== r.side) {
      c.report(
        join(path, 'side'),
        `Region "${r.id}" has side "${r.side}", which does not match its id (expected an id ending in -${r.side})`,
      );
      return;
    }
    const other = r.side === 'left' ? 'right' : 'left';
    const mirrorId = r.id.slice(0, -r.side.length) + other;
    const mirror = byId.get(mirrorId);
    if (!mirror) c.report(path, `Lateral region "${r.id}" has no mirror "${mirrorId}"`);
    else if (mirror.side !== other) c.report(path, `The mirror of "${r.id}", "${mirrorId}", must have side "${other}"`);
    else if (mirror.area !== r.area)
      c.report(join(path, 'area'), `"${r.id}" and its mirror "${mirrorId}" are in different areas`);
  });
}

function run(input: unknown, errors: ValidationError[]): void {
  const c = new Checker((path, message) => errors.push({ path, message }));
  if (!isObject(input)) {
    c.report('', `Expected a dataset object, got ${describe(input)}`);
    return;
  }
  const version = c.str(input, 'version', '');
  if (version !== undefined && !/^\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/.test(version))
    c.report('version', `Version ${describe(version)} is not semver (e.g. "1.0.0")`);
  const help = c.obj(input, 'help', '', `{ ${HELP_KEYS.join(', ')} }`);
  if (help) checkHelp(c, help, 'help', false);
  const refs: Ref[] = [];
  const ids: Record<string, Set<string>> = {};
  const redFlags = new Set<string>();
  for (const key of COLLECTIONS) {
    const set = (ids[key] = new Set());
    const list = c.arr(input, key, '');
    if (!list) continue;
    const first = new Map<string, number>();
    list.forEach((item, i) => {
      const path = `${key}[${i}]`;
      if (!isObject(item)) return c.report(path, `Expected an object, got ${describe(item)}`);
      ITEM[key](c, refs, item, path);
      const id = item.id;
      if (typeof id !== 'string') return;
      if (first.has(id))
        c.report(
          join(path, 'id'),
          `Duplicate ${key === 'evidence' ? 'evidence' : key.slice(0, -1)} id "${id}" (first at ${key}[${first.get(id)}])`,
        );
      else first.set(id, i);
      set.add(id);
      if (key === 'precautions' && item.kind === 'red-flag') redFlags.add(id);
    });
    if (key === 'regions') checkRegions(c, list);
  }
  for (const [path, id, kind] of refs) {
    if (kind === 'red-flags') {
      if (!ids.precautions!.has(id)) c.report(path, `Unknown precaution id "${id}"`);
      else if (!redFlags.has(id))
        c.report(path, `Precaution "${id}" is listed as a red flag but its kind is not "red-flag"`);
    } else if (!ids[kind]!.has(id)) c.report(path, `Unknown ${NOUN[kind]} id "${id}"`);
  }
}

/** Checks a whole dataset: structure, enums, durations, ids, every cross-reference and region mirroring. Never throws. */
export function validateDataset(input: unknown): ValidationResult {
  const errors: ValidationError[] = [];
  try {
    run(input, errors);
  } catch (e) {
    errors.push({
      path: '',
      message: `The dataset could not be read: ${e instanceof Error ? e.message : describe(e)}`,
    });
  }
  return { ok: errors.length === 0, errors };
}

/**
 * Checks clinic help texts (`help` in clinic data): an object of some of the four texts
 * (`emergency`, `same-day`, `soon`, `crisis`), none empty. Paths start at `path`. Never throws.
 */
export function validateHelp(input: unknown, path: string): ValidationError[] {
  const errors: ValidationError[] = [];
  const c = new Checker((p, message) => errors.push({ path: p, message }));
  if (!isObject(input)) c.report(path, `Expected { ${HELP_KEYS.join(', ')} }, got ${describe(input)}`);
  else checkHelp(c, input, path, true);
  return errors;
}

/**
 * Checks one routine, e.g. a custom routine given to the stretch timer: its shape, a non-empty
 * list of steps and sane durations. With a dataset, its areas, conditions, precautions, evidence
 * and sources must exist there; without one, areas must be standard area ids. Paths are relative
 * to the routine (`steps[0].holdSeconds`). Never throws.
 */
export function validateRoutine(input: unknown, dataset?: Partial<Dataset>): ValidationResult {
  const errors: ValidationError[] = [];
  try {
    const c = new Checker((path, message) => errors.push({ path, message }));
    if (!isObject(input)) c.report('', `Expected a routine object, got ${describe(input)}`);
    else {
      const refs: Ref[] = [];
      checkRoutine(c, refs, input, '', false);
      const known = (kind: RefKind): Set<string> | undefined => {
        if (kind === 'areas')
          return new Set(dataset && Array.isArray(dataset.areas) ? dataset.areas.map((a) => a?.id) : AREA_IDS);
        const list = dataset?.[kind as 'precautions' | 'sources'];
        return Array.isArray(list) ? new Set(list.map((x) => x?.id)) : undefined;
      };
      for (const [path, id, kind] of refs) {
        const set = known(kind);
        if (set && !set.has(id)) c.report(path, `Unknown ${NOUN[kind]} id "${id}"`);
      }
    }
  } catch (e) {
    errors.push({
      path: '',
      message: `The routine could not be read: ${e instanceof Error ? e.message : describe(e)}`,
    });
  }
  return { ok: errors.length === 0, errors };
}
