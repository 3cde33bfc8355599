/*
 * Any value in any property. For every public writable property in the custom elements manifest,
 * fast-check assigns generated values (numbers, booleans, null, undefined, text, lists, objects,
 * Symbols, null-prototype objects, objects whose toString or every property access throws,
 * revoked proxies, and values known to be right) and checks after each one what a page would
 * notice: the update does not reject, the element is not a blank box, at most one `bw-error` and
 * at most one console warning came of it, a refused value was not kept, and a right value was
 * taken without a word. Properties come from the manifest, so a new one is covered as soon as it is
 * documented; the suite fails until it is given right values below.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { dataset } from '../../src/data/dataset.js';
import { regions } from '../../src/data/regions.js';
import { routines } from '../../src/data/routines.js';
import { captureWarnings } from '../support/warnings.js';

interface ManifestField {
  kind: string;
  name: string;
  static?: boolean;
  privacy?: string;
  readonly?: boolean;
  attribute?: string;
}
interface Manifest {
  modules: { declarations?: { tagName?: string; members?: ManifestField[] }[] }[];
}

const SEED = 20261203;

const fakeClock = { now: () => 0, setTimeout: () => 0, clearTimeout: () => undefined };

/** Values each property must take without a report, by tag and property. */
const RIGHT: Record<string, Record<string, unknown[]>> = {
  'bw-body-map': {
    view: ['front', 'back', 'both'],
    multiple: [true, false],
    severity: [true, false],
    disabled: [true, false],
    required: [true, false],
    name: ['pain', ''],
    label: ['Where does it hurt?', ''],
    listView: [true, false],
    value: ['neck', ''],
    defaultValue: ['neck', ''],
    regions: [regions, null],
    selected: [['neck'], [], 'neck'],
  },
  'bw-provider': {
    bookingUrl: ['https://clinic.example/book?t={technique}', undefined],
    debug: [true, false],
    overrides: [{}, '{}', null],
  },
  'bw-technique-card': {
    technique: ['swedish', 'deep-tissue'],
    areas: [['neck'], [], 'neck shoulders'],
    variant: ['full', 'compact'],
    expanded: [true, false],
    content: [dataset, null],
    headingLevel: [1, 2, 6],
    bookingUrl: ['https://clinic.example/book?t={technique}', undefined],
    routineHref: ['/self-care?routine={routine}', undefined],
    techniqueHref: ['/treatments/{technique}', undefined],
  },
  'bw-technique-list': {
    area: ['neck', 'neck shoulders', ''],
    region: ['shoulder-left', ''],
    condition: ['neck-pain', ''],
    areas: [['neck'], [], 'knees'],
    content: [dataset, null],
    headingLevel: [1, 4, 6],
    bookingUrl: ['https://clinic.example/book?t={technique}', undefined],
    routineHref: ['/self-care?routine={routine}', undefined],
    techniqueHref: ['/treatments/{technique}', undefined],
  },
  'bw-stretch-timer': {
    routine: ['neck-release', routines[1]!],
    holdScale: [0.5, 1, 2],
    sidePause: [0, 5, 30],
    sound: [true, false],
    voice: [true, false],
    vibrate: [true, false],
    persist: [true, false],
    headingLevel: [1, 2, 6],
    clock: [fakeClock, null],
  },
};

/** How each element is put on the page before its properties are tried. */
const MOUNT: Record<string, () => Promise<HTMLElement>> = {
  'bw-body-map': () => fixture(html`<bw-body-map></bw-body-map>`),
  'bw-provider': () => fixture(html`<bw-provider><p>Clinic page</p></bw-provider>`),
  'bw-technique-card': () => fixture(html`<bw-technique-card technique="swedish"></bw-technique-card>`),
  'bw-technique-list': () => fixture(html`<bw-technique-list area="neck"></bw-technique-list>`),
  'bw-stretch-timer': () => fixture(html`<bw-stretch-timer routine="neck-release"></bw-stretch-timer>`),
};

const thrower = () => {
  throw new Error('no access');
};
const hostile = (): unknown =>
  new Proxy(
    {},
    { get: thrower, has: thrower, ownKeys: thrower, getPrototypeOf: thrower, getOwnPropertyDescriptor: thrower },
  );
const revoked = (): unknown => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

/**
 * Values that fight back, made only when assigned: fast-check itself reads generated values (to
 * clone and print them), and these throw on any read.
 */
class Special {
  constructor(readonly kind: 'throwing toString' | 'throwing proxy' | 'revoked proxy') {}
  make(): unknown {
    if (this.kind === 'throwing toString') return { toString: thrower, valueOf: thrower };
    return this.kind === 'throwing proxy' ? hostile() : revoked();
  }
  toString(): string {
    return `<${this.kind}>`;
  }
}
const SPECIALS = [new Special('throwing toString'), new Special('throwing proxy'), new Special('revoked proxy')];

/** Values no element expects: every kind of JavaScript value, and some that fight back. */
const anyValue = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, -0, 0),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', '<img src=x onerror=alert(1)>', ' ', 'javascript:alert(1)', 'true', '7'),
  fc.array(fc.anything(), { maxLength: 4 }),
  fc.object({ maxDepth: 2 }),
  fc.string().map((s) => Symbol(s)),
  fc.bigInt(),
  fc.constant(() => 1),
  fc.object({ maxDepth: 1 }).map((o) => Object.assign(Object.create(null), o)),
  fc.constantFrom(...SPECIALS),
  fc.constant(0).map(() => new Date(Number.NaN)),
);

async function manifestFields(): Promise<[tag: string, name: string, attribute: string][]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  const out: [string, string, string][] = [];
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      for (const m of declaration.members ?? [])
        if (m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public')
          out.push([declaration.tagName, m.name, m.attribute ?? m.name]);
    }
  return out;
}

/** A value as fast-check writes it, or its kind when even that throws. */
const said = (value: unknown): string => {
  try {
    return fc.stringify(value);
  } catch {
    return `<${typeof value} that throws>`;
  }
};

/** The same value, or a list with the same items; text of ids reads back as the list of them. */
const same = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (typeof b === 'string' && Array.isArray(a)) return a.join(' ') === b.trim().split(/\s+/).filter(Boolean).join(' ');
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
};

/** Assigns `value` to `el[name]` and returns what a page would notice. */
async function assign(el: HTMLElement, name: string, value: unknown) {
  const errors: { code: string; message: string }[] = [];
  const listen = (e: Event) => errors.push((e as CustomEvent).detail);
  el.addEventListener('bw-error', listen);
  const warnings = captureWarnings();
  let thrown: unknown;
  try {
    (el as unknown as Record<string, unknown>)[name] = value;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  } catch (error) {
    thrown = error;
  } finally {
    warnings.restore();
    el.removeEventListener('bw-error', listen);
  }
  const root = el.shadowRoot!;
  const blank = root.childElementCount === 0 && !root.textContent!.trim();
  return {
    errors,
    warnings: warnings.calls.length,
    thrown,
    blank,
    now: (el as unknown as Record<string, unknown>)[name],
  };
}

describe('any value in any property', function () {
  this.timeout(120_000);

  it('covers every public writable property in the manifest, each with values known to be right', async () => {
    const fields = await manifestFields();
    expect(fields.length).to.be.greaterThan(40);
    for (const [tag, name] of fields) expect(RIGHT[tag]?.[name], `right values for ${tag}.${name}`).to.be.an('array');
  });

  for (const tag of Object.keys(RIGHT)) {
    it(`<${tag}>: never throws, never goes blank, reports a refused value once and keeps a right one`, async () => {
      const fields = (await manifestFields()).filter(([t]) => t === tag);
      for (const [, name, attribute] of fields) {
        const right = RIGHT[tag]![name]!;
        await fc.assert(
          fc.asyncProperty(
            fc.array(
              fc.oneof({ weight: 3, arbitrary: anyValue }, { weight: 1, arbitrary: fc.constantFrom(...right) }),
              {
                minLength: 1,
                maxLength: 4,
              },
            ),
            async (values) => {
              const el = await MOUNT[tag]!();
              for (const generated of values) {
                const value = generated instanceof Special ? generated.make() : generated;
                const r = await assign(el, name, value);
                const what = `${tag}.${name} = ${said(generated)}`;
                expect(r.thrown, `${what}: the update rejected`).to.equal(undefined);
                expect(r.blank, `${what}: blank box`).to.equal(false);
                expect(r.errors.length, `${what}: bw-error events`).to.be.at.most(1);
                expect(r.warnings, `${what}: console warnings`).to.be.at.most(1);
                // A value of the wrong kind is refused and not kept (a routine object that fails
                // validation is kept, and what is wrong with it is shown in place).
                if (r.errors[0]?.code === `invalid-${attribute}` && !el.shadowRoot!.querySelector('[part="error"]'))
                  expect(same(r.now, value), `${what}: a refused value was kept`).to.equal(false);
                if (right.includes(value)) {
                  expect(r.errors, `${what}: a right value was reported`).to.deep.equal([]);
                  if (value != null) expect(same(r.now, value), `${what}: reads back`).to.equal(true);
                }
              }
              el.remove();
            },
          ),
          { seed: SEED, numRuns: 20, includeErrorInReport: true },
        );
      }
    });
  }
});
