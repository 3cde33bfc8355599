import { AREA_IDS } from './types.js';
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

export const CERTAINTIES = ['high', 'moderate', 'low', 'very-low', 'insufficient', 'not-supported'] as const;
export const PRECAUTION_KINDS = ['avoid', 'avoid-area', 'consult-first', 'lighter-pressure', 'red-flag'] as const;
export const TOOLS = ['none', 'ball', 'foam-roller', 'towel', 'wall'] as const;
export const STEP_SIDES = ['none', 'left-then-right'] as const;
export const PRESSURE_WORDS = ['light', 'moderate', 'firm'] as const;
export const VIEWS = ['front', 'back'] as const;
export const SIDES = ['left', 'right'] as const;

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

function isIsoDate(v: unknown): boolean {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
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
    opts: { int?: boolean; minExclusive?: boolean } = {},
  ): number | undefined {
    const v = o[key];
    const p = join(path, key);
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

  oneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[]): T | undefined {
    const v = o[key];
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.report(
      join(path, key),
      v === undefined
        ? `Missing "${key}" (one of ${allowed.join(', ')})`
        : `Unknown ${key} ${describe(v)}; expected one of ${allowed.join(', ')}`,
    );
    return undefined;
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

  /** A list of strings; returns [string, path] pairs for the valid ones. */
  strings(o: Obj, key: string, path: string, optional = false): [string, string][] {
    const list = this.arr(o, key, path, optional) ?? [];
    const out: [string, string][] = [];
    list.forEach((v, i) => {
      const p = join(join(path, key), i);
      if (typeof v === 'string' && v.trim()) out.push([v, p]);
      else this.report(p, `Expected text, got ${describe(v)}`);
    });
    return out;
  }
}

/** References to check once every id is known: [path, id, collection, what]. */
type Ref = [path: string, id: string, collection: RefKind, note?: string];
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
  'red-flags': 'precaution',
};

function refList(c: Checker, refs: Ref[], o: Obj, key: string, path: string, kind: RefKind): void {
  for (const [id, p] of c.strings(o, key, path)) refs.push([p, id, kind]);
}

function checkRoutine(c: Checker, refs: Ref[], r: Obj, path: string): void {
  c.id(r, path);
  c.str(r, 'title', path);
  c.str(r, 'summary', path);
  refList(c, refs, r, 'areas', path, 'areas');
  refList(c, refs, r, 'precautions', path, 'precautions');
  refList(c, refs, r, 'sources', path, 'sources');
  c.num(r, 'prepSeconds', path, 0, LIMITS.prepSeconds);
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

/** Structural checks for each collection's items. */
const ITEM: Record<Exclude<keyof Dataset, 'version'>, (c: Checker, refs: Ref[], o: Obj, path: string) => void> = {
  areas(c, _refs, o, path) {
    c.oneOf(o, 'id', path, AREA_IDS);
    c.str(o, 'name', path);
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
    if (o.side !== undefined) c.oneOf(o, 'side', path, SIDES);
    c.str(o, 'michigan', path, true);
  },
  techniques(c, refs, o, path) {
    c.id(o, path);
    c.str(o, 'name', path);
    c.strings(o, 'aka', path);
    for (const k of ['summary', 'howItIsDone', 'feelsLike']) c.str(o, k, path);
    const pressure = o.pressure;
    const pp = join(path, 'pressure');
    if (!isObject(pressure))
      c.report(
        pp,
        pressure === undefined ? 'Missing "pressure"' : `Expected { level, scale }, got ${describe(pressure)}`,
      );
    else {
      c.oneOf(pressure, 'level', pp, PRESSURE_WORDS);
      c.num(pressure, 'scale', pp, 1, 5, { int: true });
    }
    const sm = o.sessionMinutes;
    const sp = join(path, 'sessionMinutes');
    if (!isObject(sm))
      c.report(sp, sm === undefined ? 'Missing "sessionMinutes"' : `Expected { min, max }, got ${describe(sm)}`);
    else {
      const min = c.num(sm, 'min', sp, 0, LIMITS.sessionMinutes, { minExclusive: true });
      const max = c.num(sm, 'max', sp, 0, LIMITS.sessionMinutes, { minExclusive: true });
      if (min !== undefined && max !== undefined && min > max) c.report(sp, `min (${min}) is more than max (${max})`);
    }
    refList(c, refs, o, 'areas', path, 'areas');
    refList(c, refs, o, 'conditions', path, 'conditions');
    refList(c, refs, o, 'precautions', path, 'precautions');
    refList(c, refs, o, 'related', path, 'techniques');
    refList(c, refs, o, 'routines', path, 'routines');
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
        const ev = c.strings(claim, 'evidence', p);
        if (Array.isArray(claim.evidence) && claim.evidence.length === 0)
          c.report(join(p, 'evidence'), 'A claim needs at least one evidence note');
        for (const [eid, ep] of ev) refs.push([ep, eid, 'evidence']);
      });
    }
  },
  conditions(c, refs, o, path) {
    c.id(o, path);
    c.str(o, 'name', path);
    c.str(o, 'summary', path);
    refList(c, refs, o, 'areas', path, 'areas');
    refList(c, refs, o, 'techniques', path, 'techniques');
    refList(c, refs, o, 'redFlags', path, 'red-flags');
    refList(c, refs, o, 'evidence', path, 'evidence');
    if (Array.isArray(o.evidence) && o.evidence.length === 0)
      c.report(join(path, 'evidence'), `Condition ${describe(o.id)} has no evidence notes`);
  },
  evidence(c, refs, o, path) {
    c.id(o, path);
    for (const k of ['claim', 'verdict', 'population', 'comparator']) c.str(o, k, path);
    c.str(o, 'effect', path, true);
    c.oneOf(o, 'certainty', path, CERTAINTIES);
    const src = c.str(o, 'source', path);
    if (src !== undefined) refs.push([join(path, 'source'), src, 'sources']);
  },
  precautions(c, refs, o, path) {
    c.id(o, path);
    c.oneOf(o, 'kind', path, PRECAUTION_KINDS);
    for (const k of ['title', 'when', 'action']) c.str(o, k, path);
    c.strings(o, 'signs', path, true);
    if (o.general !== undefined && typeof o.general !== 'boolean')
      c.report(join(path, 'general'), `Expected true or false, got ${describe(o.general)}`);
    const src = c.str(o, 'source', path);
    if (src !== undefined) refs.push([join(path, 'source'), src, 'sources']);
  },
  routines: checkRoutine,
  sources(c, _refs, o, path) {
    c.id(o, path);
    c.str(o, 'title', path);
    c.str(o, 'publisher', path);
    c.num(o, 'year', path, 1800, 2100, { int: true });
    const url = c.str(o, 'url', path);
    if (url !== undefined && !isHttpUrl(url))
      c.report(join(path, 'url'), `URL ${describe(url)} is not an http(s) address`);
    const acc = c.str(o, 'accessed', path);
    if (acc !== undefined && !isIsoDate(acc))
      c.report(join(path, 'accessed'), `Date ${describe(acc)} is not a valid ISO date (YYYY-MM-DD)`);
  },
};

// A pure call, so an entry that only validates routines drops the whole-dataset checks.
const COLLECTIONS = /* @__PURE__ */ Object.keys(ITEM) as (keyof typeof ITEM)[];

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
 * Checks one routine, e.g. a custom routine given to the stretch timer: its shape, a non-empty
 * list of steps and sane durations. With a dataset, its areas, precautions and sources must exist
 * there; without one, areas must be standard area ids. Paths are relative to the routine
 * (`steps[0].holdSeconds`). Never throws.
 */
export function validateRoutine(input: unknown, dataset?: Dataset): ValidationResult {
  const errors: ValidationError[] = [];
  try {
    const c = new Checker((path, message) => errors.push({ path, message }));
    if (!isObject(input)) c.report('', `Expected a routine object, got ${describe(input)}`);
    else {
      const refs: Ref[] = [];
      checkRoutine(c, refs, input, '');
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
