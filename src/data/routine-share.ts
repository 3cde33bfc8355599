import type { Dataset, Routine, ValidationError } from './types.js';
import { describe, isObject, join, validateRoutine } from './validate.js';

/*
 * Sharing a routine: as a link (`#routine=<code>` in the address) and as a JSON file.
 *
 * Link format, version 1: the code is `1.` followed by the base64url (RFC 4648 section 5, no
 * padding) of the UTF-8 bytes of a compact JSON object. Every character of a code is one of
 * A-Z a-z 0-9 - _ . (all "unreserved" in RFC 3986), so it needs no escaping anywhere in a URL.
 * Texts are UTF-8, not raw UTF-16 code units, so typographic characters (an em dash, a curly
 * apostrophe) cost three bytes, not an escape.
 *
 * The compact object has one-letter keys:
 *
 *   routine:  i id, t title, s summary, a areas, c conditions, p prepSeconds, k precautions,
 *             e evidence, o sources, r reviewed as [date, role], x steps
 *   step:     i id, t title, n instruction, p position, k kind, o tool, h holdSeconds, d sides,
 *             r repetitions, w restSeconds, f safety
 *
 * A key is left out when its field is absent (the optional ones) or equals its default:
 * prepSeconds 15; tool "none", sides "none", repetitions 1, restSeconds 10. The defaults are part
 * of format 1 and written here, not imported: a link must read the same after the bundled data
 * changes. Values are stored as they are (ids and enum words in full), so a link stays readable
 * when the project adds a position or a tool.
 *
 * Reading is strict and never throws: a key outside the table (`__proto__` included) is an error,
 * the result is rebuilt field by field from the table (nothing is copied wholesale from the input),
 * and the routine is checked with `validateRoutine`, whose paths name the full field names
 * (`steps[1].holdSeconds`). A routine comes back only when there is no error.
 */

/** What reading a shared routine gives: the routine, or (and then no routine) what is wrong with it. */
export interface SharedRoutineResult {
  /** The routine, present only when `errors` is empty. */
  routine?: Routine;
  /** Problems, each with a path into the routine (`steps[1].holdSeconds`); `''` for the whole input. */
  errors: ValidationError[];
}

/** Longest link code (the part after `routine=`) that {@link decodeRoutine} reads, in characters. */
export const MAX_ROUTINE_CODE_LENGTH = 8192;

/** Longest JSON text that {@link routineFromJson} reads, in characters. */
export const MAX_ROUTINE_JSON_LENGTH = 262144;

/** The fragment parameter that carries a shared routine: `#routine=<code>`. */
export const ROUTINE_FRAGMENT_KEY = 'routine';

/** Version of the link format; a code starts with it and a dot. */
const FORMAT = '1';

type Obj = Record<string, unknown>;
/** [field of the routine or step, its key in the compact form]. */
type Table = readonly (readonly [field: string, key: string])[];

const ROUTINE_TABLE: Table = [
  ['id', 'i'],
  ['title', 't'],
  ['summary', 's'],
  ['areas', 'a'],
  ['conditions', 'c'],
  ['prepSeconds', 'p'],
  ['precautions', 'k'],
  ['evidence', 'e'],
  ['sources', 'o'],
  ['reviewed', 'r'],
  ['steps', 'x'],
];

const STEP_TABLE: Table = [
  ['id', 'i'],
  ['title', 't'],
  ['instruction', 'n'],
  ['position', 'p'],
  ['kind', 'k'],
  ['tool', 'o'],
  ['holdSeconds', 'h'],
  ['sides', 'd'],
  ['repetitions', 'r'],
  ['restSeconds', 'w'],
  ['safety', 'f'],
];

const REVIEWED_TABLE: Table = [
  ['date', 'date'],
  ['role', 'role'],
];

/** Values format 1 leaves out of a link and puts back when reading one. */
const ROUTINE_DEFAULTS: Readonly<Obj> = { prepSeconds: 15 };
const STEP_DEFAULTS: Readonly<Obj> = { tool: 'none', sides: 'none', repetitions: 1, restSeconds: 10 };

const NO_DEFAULTS: Readonly<Obj> = {};
const has = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** The compact form of an object: short keys, absent and default values left out. */
function shorten(o: Obj, table: Table, defaults: Readonly<Obj>): Obj {
  const out: Obj = {};
  for (const [field, key] of table) {
    const v = o[field];
    if (v === undefined || (has(defaults, field) && defaults[field] === v)) continue;
    out[key] = v;
  }
  return out;
}

/**
 * Rebuilds an object from the fields of `table` only, reading each from its key (`long`: the field
 * name itself), putting back defaults of absent ones, and reporting keys outside the table.
 */
function pick(o: Obj, table: Table, long: boolean, path: string, errors: ValidationError[], defaults: Readonly<Obj>) {
  const keys = new Set(table.map(([field, key]) => (long ? field : key)));
  for (const key of Object.keys(o))
    if (!keys.has(key)) errors.push({ path: join(path, key), message: `Unknown field ${describe(key)}` });
  const out: Obj = {};
  for (const [field, key] of table) {
    const k = long ? field : key;
    if (has(o, k)) out[field] = o[k];
    else if (has(defaults, field)) out[field] = defaults[field];
  }
  return out;
}

/**
 * A routine rebuilt from parsed JSON, in the long (export) or compact (link) form. Values keep
 * their type, right or wrong, for `validateRoutine` to judge; anything not an object is returned
 * as it is, for the same reason.
 */
function rebuild(input: unknown, long: boolean, errors: ValidationError[]): unknown {
  if (!isObject(input)) return input;
  const r = pick(input, ROUTINE_TABLE, long, '', errors, long ? NO_DEFAULTS : ROUTINE_DEFAULTS);
  const reviewed = r.reviewed;
  if (long) {
    if (isObject(reviewed)) r.reviewed = pick(reviewed, REVIEWED_TABLE, true, 'reviewed', errors, NO_DEFAULTS);
  } else if (reviewed !== undefined) {
    if (Array.isArray(reviewed) && reviewed.length === 2) r.reviewed = { date: reviewed[0], role: reviewed[1] };
    else {
      errors.push({ path: 'reviewed', message: `Expected [date, role], got ${describe(reviewed)}` });
      delete r.reviewed;
    }
  }
  if (Array.isArray(r.steps))
    r.steps = r.steps.map((s: unknown, i) =>
      isObject(s) ? pick(s, STEP_TABLE, long, `steps[${i}]`, errors, long ? NO_DEFAULTS : STEP_DEFAULTS) : s,
    );
  return r;
}

/** Validates a rebuilt routine and makes the result: a routine only when nothing is wrong. */
function finish(routine: unknown, errors: ValidationError[], dataset?: Partial<Dataset>): SharedRoutineResult {
  errors.push(...validateRoutine(routine, dataset).errors);
  return errors.length ? { errors } : { routine: routine as Routine, errors };
}

const failure = (message: string): SharedRoutineResult => ({ errors: [{ path: '', message }] });

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x4000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x4000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url text (checked to hold only base64url characters), or undefined. */
function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/**
 * The link code of a routine: `1.` and the base64url of its compact UTF-8 JSON (format in the
 * comment at the top of this module). Uses only A-Z a-z 0-9 - _ . so it goes into a URL as it
 * is. Give it a routine that passes `validateRoutine`; {@link decodeRoutine} reads codes of up
 * to {@link MAX_ROUTINE_CODE_LENGTH} characters, which the bundled routines stay well within.
 */
export function encodeRoutine(routine: Routine): string {
  const compact = shorten(routine as unknown as Obj, ROUTINE_TABLE, ROUTINE_DEFAULTS);
  const reviewed = routine.reviewed;
  if (reviewed) compact.r = [reviewed.date, reviewed.role];
  if (Array.isArray(routine.steps))
    compact.x = routine.steps.map((s) => shorten(s as unknown as Obj, STEP_TABLE, STEP_DEFAULTS));
  return `${FORMAT}.${toBase64Url(new TextEncoder().encode(JSON.stringify(compact)))}`;
}

/**
 * Reads a link code made by {@link encodeRoutine}. Never throws, whatever the input: empty,
 * longer than {@link MAX_ROUTINE_CODE_LENGTH}, damaged or cut short, or decoding to something
 * that is not a valid routine. Errors name a path into the routine (`steps[1].holdSeconds`), or
 * `''` when the code as a whole cannot be read; with errors there is no routine. With `dataset`,
 * the routine's areas, conditions, precautions, evidence and sources must exist there (as in
 * `validateRoutine`).
 */
export function decodeRoutine(text: string, dataset?: Partial<Dataset>): SharedRoutineResult {
  try {
    if (typeof text !== 'string') return failure(`Expected a shared routine as text, got ${describe(text)}`);
    const code = text.trim();
    if (!code) return failure('The shared routine is empty');
    if (code.length > MAX_ROUTINE_CODE_LENGTH)
      return failure(
        `The shared routine is ${code.length} characters long; at most ${MAX_ROUTINE_CODE_LENGTH} can be read`,
      );
    const dot = code.indexOf('.');
    const version = dot < 0 ? '' : code.slice(0, dot);
    if (version !== FORMAT)
      return failure(
        /^\d+$/.test(version)
          ? `The shared routine is in format ${version}, made by a newer version; this page reads format ${FORMAT}`
          : `This is not a shared routine: its code should start with "${FORMAT}."`,
      );
    const body = code.slice(dot + 1);
    const bad = /[^A-Za-z0-9_-]/.exec(body);
    if (bad)
      return failure(
        `The shared routine has a character that does not belong in it: ${describe(bad[0])} at position ${dot + 1 + bad.index}`,
      );
    const bytes = fromBase64Url(body);
    if (!bytes) return failure('The shared routine is cut short or damaged: copy the whole link again');
    let json: string;
    try {
      json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return failure('The shared routine is cut short or damaged: it does not decode to text');
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      return failure('The shared routine is cut short or damaged: it does not decode to a routine');
    }
    const errors: ValidationError[] = [];
    return finish(rebuild(parsed, false, errors), errors, dataset);
  } catch (e) {
    return failure(`The shared routine could not be read: ${e instanceof Error ? e.message : describe(e)}`);
  }
}

/** The fragment that shares a routine, `#routine=<code>`, to append to a page's address. */
export function routineFragment(routine: Routine): string {
  return `#${ROUTINE_FRAGMENT_KEY}=${encodeRoutine(routine)}`;
}

/**
 * Reads the routine in a URL fragment such as `location.hash`: the `routine=` parameter among
 * `&`-separated ones (`#a=1&routine=...`). The leading `#` may be left out; given a whole address,
 * the part after its first `#` is read. Returns `undefined` when the fragment has no `routine`
 * parameter, so a page's unrelated fragment is ignored; otherwise what {@link decodeRoutine}
 * returns. Never throws.
 */
export function routineFromFragment(hash: string, dataset?: Partial<Dataset>): SharedRoutineResult | undefined {
  if (typeof hash !== 'string') return undefined;
  const at = hash.indexOf('#');
  const prefix = `${ROUTINE_FRAGMENT_KEY}=`;
  const param = (at < 0 ? hash : hash.slice(at + 1)).split('&').find((p) => p.startsWith(prefix));
  if (param === undefined) return undefined;
  let value = param.slice(prefix.length);
  try {
    value = decodeURIComponent(value);
  } catch {
    // Not percent-encoded text: read it as it is, and let decodeRoutine say what is wrong.
  }
  return decodeRoutine(value, dataset);
}

/**
 * A routine as pretty-printed JSON (two-space indents), for saving to a file: its fields in the
 * order of the `Routine` type, with nothing else. {@link routineFromJson} reads it back.
 */
export function routineToJson(routine: Routine): string {
  return JSON.stringify(rebuild(routine, true, []), null, 2);
}

/**
 * Reads a routine from JSON text such as {@link routineToJson} writes, with full field names and
 * every required field. Never throws. Errors (and then no routine) for text longer than
 * {@link MAX_ROUTINE_JSON_LENGTH}, text that is not JSON, unknown fields (`__proto__` included)
 * and whatever `validateRoutine` reports, by path (`steps[1].holdSeconds`). With `dataset`, the
 * routine's references must exist there.
 */
export function routineFromJson(text: string, dataset?: Partial<Dataset>): SharedRoutineResult {
  try {
    if (typeof text !== 'string') return failure(`Expected JSON text, got ${describe(text)}`);
    if (text.length > MAX_ROUTINE_JSON_LENGTH)
      return failure(`The file is ${text.length} characters long; at most ${MAX_ROUTINE_JSON_LENGTH} can be read`);
    if (!text.trim()) return failure('The file is empty');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return failure(`The file is not valid JSON: ${e instanceof Error ? e.message : describe(e)}`);
    }
    const errors: ValidationError[] = [];
    return finish(rebuild(parsed, true, errors), errors, dataset);
  } catch (e) {
    return failure(`The routine could not be read: ${e instanceof Error ? e.message : describe(e)}`);
  }
}
