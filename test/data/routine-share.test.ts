import { expect } from '@open-wc/testing';
import { dataset, validateRoutine } from '../../src/data/index.js';
import type { Routine } from '../../src/data/index.js';
import {
  MAX_ROUTINE_CODE_LENGTH,
  MAX_ROUTINE_JSON_LENGTH,
  decodeRoutine,
  encodeRoutine,
  routineFragment,
  routineFromFragment,
  routineFromJson,
  routineToJson,
} from '../../src/data/routine-share.js';
import type { SharedRoutineResult } from '../../src/data/routine-share.js';
import { errorAt, paths } from './helpers.js';
import type { Loose } from './helpers.js';

/** Base64url of the UTF-8 bytes of `text`, written here apart from the module under test. */
function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
/** A format-1 code of any JSON text, right or wrong. */
const packText = (json: string): string => '1.' + base64url(new TextEncoder().encode(json));
/** A format-1 code of any value. */
const pack = (value: unknown): string => packText(JSON.stringify(value));
/** The compact object inside a code made by encodeRoutine. */
function unpack(code: string): Loose {
  const binary = atob(code.slice(2).replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
}

const good = (): Routine => structuredClone(dataset.routines[0]!);
/** A good routine's compact object, to break one thing in. */
const compact = (): Loose => unpack(encodeRoutine(good()));

/** Every character RFC 3986 lets a fragment hold without percent-encoding, less "%" itself. */
const FRAGMENT_SAFE = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]*$/;

/** A result that failed as it should: no routine, an error at `path`. */
function failedAt(result: SharedRoutineResult | undefined, path: string, label: string) {
  expect(result, label).to.be.an('object');
  expect(result!.routine, label).to.equal(undefined);
  expect(result!.errors.length, label).to.be.greaterThan(0);
  for (const e of result!.errors) {
    expect(e.path, label).to.be.a('string');
    expect(e.message, label).to.be.a('string').and.not.equal('');
  }
  return errorAt(result!.errors, path);
}

describe('routine sharing: links', () => {
  it('round-trips every bundled routine through the fragment', () => {
    expect(dataset.routines.length).to.be.greaterThan(0);
    for (const r of dataset.routines) {
      const result = routineFromFragment(routineFragment(r));
      expect(result, r.id).to.deep.equal({ routine: r, errors: [] });
      expect(decodeRoutine(encodeRoutine(r)), r.id).to.deep.equal({ routine: r, errors: [] });
    }
  });

  it('keeps the fragments short and made of characters a URL fragment holds as they are', () => {
    const lengths = dataset.routines.map((r) => routineFragment(r).length);
    // Measured: 1198 (jaw-release) to 1802 (thigh-stretch) characters.
    expect(Math.max(...lengths)).to.be.below(2000);
    expect(Math.min(...lengths)).to.be.above(500);
    for (const r of dataset.routines) {
      const fragment = routineFragment(r);
      expect(fragment, r.id).to.match(/^#routine=1\.[A-Za-z0-9_-]+$/);
      expect(fragment.slice(1), r.id).to.match(FRAGMENT_SAFE);
      // The browser keeps it byte for byte: nothing in it is escaped.
      expect(new URL(`https://clinic.example/stretch/${fragment}`).hash, r.id).to.equal(fragment);
      // Compact: clearly shorter than the base64 of the routine's own JSON.
      const plain = base64url(new TextEncoder().encode(JSON.stringify(r))).length;
      expect(fragment.length, r.id).to.be.below(plain * 0.85);
    }
  });

  it('leaves out default values and puts them back when reading', () => {
    const r = good();
    const code = unpack(encodeRoutine(r));
    // Every field but prepSeconds (p), which is at its default of 15.
    expect(code).to.have.all.keys('i', 't', 's', 'a', 'c', 'k', 'e', 'o', 'r', 'x');
    expect(r.prepSeconds).to.equal(15);
    expect(code.r).to.deep.equal([r.reviewed!.date, r.reviewed!.role]);
    const first = r.steps[0]!;
    expect([first.tool, first.sides]).to.deep.equal(['none', 'none']);
    expect(code.x[0]).to.not.have.any.keys('o', 'd');
    expect(code.x[0].h).to.equal(first.holdSeconds);

    // Values that are not the defaults travel, including the zeros.
    r.prepSeconds = 0;
    Object.assign(r.steps[0]!, { tool: 'ball', sides: 'left-then-right', repetitions: 3, restSeconds: 0 });
    Object.assign(r.steps[1]!, { repetitions: 1, restSeconds: 10, tool: 'none' });
    const back = decodeRoutine(encodeRoutine(r));
    expect(back).to.deep.equal({ routine: r, errors: [] });
    expect(unpack(encodeRoutine(r)).p).to.equal(0);
  });

  it('round-trips a routine without the optional fields, and with empty lists, as it is', () => {
    const bare = good() as Loose;
    delete bare.reviewed;
    delete bare.conditions;
    delete bare.evidence;
    for (const s of bare.steps) {
      delete s.position;
      delete s.kind;
    }
    const back = decodeRoutine(encodeRoutine(bare)).routine as Loose;
    expect(back).to.deep.equal(bare);
    expect(back).to.not.have.any.keys('reviewed', 'conditions', 'evidence');
    expect(back.steps[0]).to.not.have.any.keys('position', 'kind');

    const empty = good();
    empty.conditions = [];
    empty.evidence = [];
    empty.precautions = [];
    expect(decodeRoutine(encodeRoutine(empty)).routine).to.deep.equal(empty);
  });

  it('round-trips text outside ASCII as UTF-8', () => {
    const r = good();
    // Typographic dash and apostrophe, accents, CJK, an astral emoji.
    r.title = 'Nacken \u2014 Entspannung f\u00fcr\u2019s B\u00fcro \u808c\u8089 \u{1F9D8}';
    r.steps[1]!.instruction = 'Tip your head \u2018gently\u2019 \u2026 then hold';
    const code = encodeRoutine(r);
    expect(code).to.match(/^1\.[A-Za-z0-9_-]+$/);
    expect(decodeRoutine(code)).to.deep.equal({ routine: r, errors: [] });
    expect(routineFromJson(routineToJson(r))).to.deep.equal({ routine: r, errors: [] });
    // The em dash travels as its three UTF-8 bytes, not as a six-character \u escape.
    const binary = atob(code.slice(2).replace(/-/g, '+').replace(/_/g, '/'));
    expect(binary).to.contain('\xe2\x80\x94');
    expect(binary).to.not.contain('\\u2014');
  });

  it('reports every kind of bad code by path, with no routine, and never throws', () => {
    const valid = encodeRoutine(good());
    const withProto = JSON.stringify(compact()).replace(/^\{/, '{"__proto__":{"polluted":true},');
    const stepProto = JSON.stringify(compact()).replace('"x":[{', '"x":[{"__proto__":{"polluted":true},');
    const cases: [label: string, input: unknown, path: string, message?: string][] = [
      ['empty', '', '', 'empty'],
      ['white space', '  \n ', '', 'empty'],
      ['punctuation', '!!!', '', 'should start with "1."'],
      ['bad characters after the version', '1.!!!', '', '"!"'],
      ['a space in the middle', valid.slice(0, 40) + ' ' + valid.slice(40), '', 'position 40'],
      ['no version', valid.slice(2), '', 'should start'],
      ['a newer format', '2.' + valid.slice(2), '', 'format 2'],
      ['cut short by 7', valid.slice(0, -7), '', 'cut short'],
      ['cut short to 1 mod 4', valid.slice(0, 2 + 4 * 10 + 1), '', 'cut short'],
      ['cut short to the version', '1.', '', ''],
      ['over-long', '1.' + 'A'.repeat(MAX_ROUTINE_CODE_LENGTH), '', String(MAX_ROUTINE_CODE_LENGTH)],
      ['huge', '1.' + 'QUFB'.repeat(250_000), '', 'characters long'],
      ['not a string', undefined, '', 'as text'],
      ['a number', 42, '', 'as text'],
      ['base64 of non-JSON', packText('stretch your neck'), '', 'cut short or damaged'],
      ['base64 of bytes that are not UTF-8', '1.' + base64url(new Uint8Array([0xff, 0xfe, 0x7b])), '', 'text'],
      ['base64 of null', pack(null), '', 'got null'],
      ['base64 of []', pack([]), '', 'got an array'],
      ['base64 of a string', pack('routine'), '', 'got "routine"'],
      ['deep nesting', packText('['.repeat(3000)), '', ''],
      ['missing steps', pack({ ...compact(), x: undefined }), 'steps', 'Missing list "steps"'],
      ['steps not a list', pack({ ...compact(), x: 'stretch' }), 'steps', 'Expected a list'],
      ['no steps', pack({ ...compact(), x: [] }), 'steps', 'at least one step'],
      ['a step that is not an object', pack({ ...compact(), x: [5] }), 'steps[0]', 'number 5'],
      [
        'a negative hold',
        pack({ ...compact(), x: compact().x.map((s: Loose, i: number) => (i === 1 ? { ...s, h: -5 } : s)) }),
        'steps[1].holdSeconds',
        '-5',
      ],
      [
        'a hold given as text',
        pack({ ...compact(), x: compact().x.map((s: Loose, i: number) => (i === 2 ? { ...s, h: '30' } : s)) }),
        'steps[2].holdSeconds',
        '"30"',
      ],
      [
        'an unknown position',
        pack({ ...compact(), x: compact().x.map((s: Loose, i: number) => (i === 0 ? { ...s, p: 'hammock' } : s)) }),
        'steps[0].position',
        '"hammock"',
      ],
      ['an unknown area', pack({ ...compact(), a: ['tail'] }), 'areas[0]', '"tail"'],
      ['a bad id', pack({ ...compact(), i: 'Neck Release' }), 'id', 'kebab-case'],
      ['reviewed in the wrong shape', pack({ ...compact(), r: 'yesterday' }), 'reviewed', '[date, role]'],
      ['a bad review date', pack({ ...compact(), r: ['2026-02-30', 'editor'] }), 'reviewed.date', 'not a valid date'],
      ['an unknown key', pack({ ...compact(), z: 1 }), 'z', 'Unknown field "z"'],
      ['a long field name in a code', pack({ ...compact(), title: 'Neck' }), 'title', 'Unknown field'],
      ['__proto__ in the routine', packText(withProto), '__proto__', 'Unknown field "__proto__"'],
      ['__proto__ in a step', packText(stepProto), 'steps[0].__proto__', 'Unknown field'],
      ['__proto__ alone', packText('{"__proto__":{"polluted":true}}'), '__proto__', 'Unknown field'],
      ['constructor', pack({ ...compact(), constructor: { prototype: { polluted: true } } }), 'constructor', ''],
    ];
    expect(cases.length).to.be.at.least(10);
    for (const [label, input, path, message] of cases) {
      let result: SharedRoutineResult | undefined;
      expect(() => (result = decodeRoutine(input as string)), label).not.to.throw();
      expect(failedAt(result, path, label).message, label).to.contain(message ?? '');
      // The same code in a link fails the same way (strings only: a link is text).
      if (typeof input === 'string' && input.trim() && !input.includes(' '))
        expect(routineFromFragment(`#routine=${input}`), label).to.deep.equal(result);
    }
    expect(({} as Loose).polluted).to.equal(undefined);
    expect((Object.prototype as Loose).polluted).to.equal(undefined);
  });

  it('reads a damaged code of any kind without throwing', () => {
    // A small seeded generator, so a failure can be replayed.
    let seed = 20260903;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const pick = (s: string) => s[Math.floor(random() * s.length)]!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/%# \u00e9\u2014';
    const valid = encodeRoutine(good());
    for (let n = 0; n < 300; n++) {
      const chars = [...valid];
      for (let k = 1 + Math.floor(random() * 4); k > 0; k--)
        chars[Math.floor(random() * chars.length)] = pick(alphabet);
      const damaged = n % 3 === 0 ? chars.join('').slice(0, Math.floor(random() * valid.length)) : chars.join('');
      const junk = Array.from({ length: Math.floor(random() * 60) }, () => pick(alphabet)).join('');
      for (const input of [damaged, junk, '1.' + junk]) {
        let result: SharedRoutineResult | undefined;
        expect(() => (result = decodeRoutine(input)), input).not.to.throw();
        // Either a routine that validates and no errors, or errors and no routine.
        expect(result!.routine === undefined, input).to.equal(result!.errors.length > 0);
        if (result!.routine) expect(validateRoutine(result!.routine).ok, input).to.equal(true);
      }
    }
  });

  it('checks references against a dataset when given one', () => {
    const r = good();
    r.precautions = ['made-up'];
    const code = encodeRoutine(r);
    expect(decodeRoutine(code).routine).to.deep.equal(r);
    expect(paths(decodeRoutine(code, dataset).errors)).to.deep.equal(['precautions[0]']);
    expect(routineFromFragment(`#routine=${code}`, dataset)!.routine).to.equal(undefined);
    expect(paths(routineFromJson(routineToJson(r), dataset).errors)).to.deep.equal(['precautions[0]']);
  });
});

describe('routine sharing: fragments', () => {
  const r = dataset.routines[1]!;
  const code = encodeRoutine(r);

  it('ignores fragments without a routine parameter', () => {
    for (const hash of [
      '',
      '#',
      '#other=1',
      '#top',
      '#a=1&b=2',
      '#routines=' + code,
      '#xroutine=' + code,
      '#ROUTINE=1',
    ])
      expect(routineFromFragment(hash), hash).to.equal(undefined);
    expect(routineFromFragment(undefined as unknown as string)).to.equal(undefined);
  });

  it('finds the routine among other parameters, with or without the #', () => {
    const want = { routine: r, errors: [] };
    expect(routineFromFragment(`#a=1&routine=${code}`)).to.deep.equal(want);
    expect(routineFromFragment(`#routine=${code}&lang=de&x`)).to.deep.equal(want);
    expect(routineFromFragment(`#a=1&&routine=${code}&b=`)).to.deep.equal(want);
    expect(routineFromFragment(`routine=${code}`)).to.deep.equal(want);
    expect(routineFromFragment(`https://clinic.example/timer?routine=no#routine=${code}`)).to.deep.equal(want);
    // A link whose dot an app percent-encoded still reads.
    expect(routineFromFragment(`#routine=${code.replace('.', '%2E')}`)).to.deep.equal(want);
  });

  it('reports a routine parameter that is empty or broken', () => {
    failedAt(routineFromFragment('#routine='), '', 'empty');
    failedAt(routineFromFragment('#a=1&routine=%E0%A4%A'), '', 'bad percent-encoding');
    failedAt(routineFromFragment(`#routine=${code.slice(0, 100)}`), '', 'cut short');
  });
});

describe('routine sharing: JSON files', () => {
  it('round-trips every bundled routine through pretty JSON', () => {
    for (const r of dataset.routines) {
      const json = routineToJson(r);
      expect(json, r.id).to.contain('\n  "id": ');
      expect(JSON.parse(json), r.id).to.deep.equal(r);
      expect(routineFromJson(json), r.id).to.deep.equal({ routine: r, errors: [] });
    }
  });

  it('writes the fields of the type in order, and nothing else', () => {
    const r = { extra: 'x', ...good() } as Loose;
    r.steps[0].note = 'mine';
    const parsed = JSON.parse(routineToJson(r));
    expect(Object.keys(parsed)).to.deep.equal([
      'id',
      'title',
      'summary',
      'areas',
      'conditions',
      'prepSeconds',
      'precautions',
      'evidence',
      'sources',
      'reviewed',
      'steps',
    ]);
    expect(parsed.steps[0]).to.not.have.property('note');
  });

  it('reports bad files by path, with no routine, and never throws', () => {
    const full = (): Loose => JSON.parse(routineToJson(good()));
    const holdMinus5 = full();
    holdMinus5.steps[1].holdSeconds = -5;
    const noTool = full();
    delete noTool.steps[0].tool;
    const cases: [label: string, input: unknown, path: string, message?: string][] = [
      ['empty', '', '', 'empty'],
      ['not JSON', '{"id": ', '', 'not valid JSON'],
      ['null', 'null', '', 'got null'],
      ['a list', '[]', '', 'got an array'],
      ['too long', ' '.repeat(MAX_ROUTINE_JSON_LENGTH + 1), '', String(MAX_ROUTINE_JSON_LENGTH)],
      ['not text', { id: 'x' }, '', 'JSON text'],
      ['a negative hold', JSON.stringify(holdMinus5), 'steps[1].holdSeconds', '-5'],
      ['a missing tool (no defaults in files)', JSON.stringify(noTool), 'steps[0].tool', 'Missing'],
      ['a compact key', JSON.stringify({ ...full(), x: [] }), 'x', 'Unknown field'],
      [
        '__proto__',
        JSON.stringify(full()).replace(/^\{/, '{"__proto__":{"polluted":true},'),
        '__proto__',
        'Unknown field',
      ],
      [
        '__proto__ in reviewed',
        JSON.stringify(full()).replace('"reviewed":{', '"reviewed":{"__proto__":{"polluted":true},'),
        'reviewed.__proto__',
        'Unknown field',
      ],
    ];
    for (const [label, input, path, message] of cases) {
      let result: SharedRoutineResult | undefined;
      expect(() => (result = routineFromJson(input as string)), label).not.to.throw();
      expect(failedAt(result, path, label).message, label).to.contain(message ?? '');
    }
    expect(({} as Loose).polluted).to.equal(undefined);
  });
});
