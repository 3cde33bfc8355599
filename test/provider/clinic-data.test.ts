import { expect } from '@open-wc/testing';
import { clinicData, dataScriptText } from '../../src/components/provider/clinic-data.js';
import { dataset } from '../../src/data/dataset.js';
import type { Technique } from '../../src/data/types.js';
import {
  captureWarnings,
  consumer,
  html,
  mount,
  recordErrors,
  settle,
  shownTechniques,
  summary,
  text,
} from './helpers.js';

const bamboo = (): Technique => ({
  ...structuredClone(dataset.techniques.find((t) => t.id === 'swedish')!),
  id: 'bamboo-massage',
  name: 'Bamboo massage',
  aka: [],
  related: [],
  routines: [],
  conditions: [],
  typical: { areas: ['upper-back', 'lower-back'], conditions: [] },
});

/** Records bw-error events and console warnings around `run`. */
async function watched<T>(run: () => Promise<T>) {
  const errors = recordErrors();
  const warnings = captureWarnings();
  try {
    const result = await run();
    return { result, errors: errors.details, warnings: warnings.calls };
  } finally {
    errors.stop();
    warnings.restore();
  }
}

describe('<bw-provider> clinic data', () => {
  // Bad input is expected here: keep the warnings out of the test log (tests that count them capture their own).
  let quiet: ReturnType<typeof captureWarnings>;
  beforeEach(() => (quiet = captureWarnings()));
  afterEach(() => quiet.restore());

  it('merges the JSON in a child script: offered hides the rest, texts rename, techniques add', async () => {
    const json = JSON.stringify({
      techniques: [bamboo()],
      offered: ['swedish', 'deep-tissue', 'bamboo-massage'],
      texts: { techniques: { swedish: { name: 'Relaxing massage' } } },
      bookingUrl: 'https://clinic.example/book?treatment={technique}',
    });
    const { result: provider, errors } = await watched(() =>
      mount(
        `<bw-provider><script type="application/json">${json}</script><test-consumer></test-consumer></bw-provider>`,
      ),
    );
    expect(errors).to.deep.equal([]);
    const c = consumer(provider);
    expect(shownTechniques(c)).to.deep.equal(['deep-tissue', 'swedish', 'bamboo-massage']);
    expect(text(c.shadowRoot!.querySelector('[data-id="swedish"]'))).to.equal('Relaxing massage');
    expect(c.clinic!.offered).to.deep.equal(['swedish', 'deep-tissue', 'bamboo-massage']);
    expect(c.clinic!.bookingUrl).to.equal('https://clinic.example/book?treatment={technique}');
    // References to hidden techniques are gone too.
    expect(c.data!.conditions.flatMap((x) => x.techniques)).not.to.include('remedial-massage');
    // The bundled dataset is untouched.
    expect(dataset.techniques.find((t) => t.id === 'swedish')!.name).to.equal('Swedish massage');
  });

  it('takes the same data from code through the overrides property, which wins over the script', async () => {
    const provider = await mount(
      html`<bw-provider>
        <script type="application/json">
          { "offered": ["swedish"] }
        </script>
        <test-consumer></test-consumer>
      </bw-provider>`,
    );
    const c = consumer(provider);
    expect(shownTechniques(c)).to.deep.equal(['swedish']);
    provider.overrides = { hide: { techniques: ['swedish'] }, techniques: [bamboo()] };
    await settle(provider);
    expect(shownTechniques(c)).not.to.include('swedish');
    expect(shownTechniques(c)).to.include('bamboo-massage');
    expect(shownTechniques(c)).to.have.length(dataset.techniques.length);
    // JSON text works too; unsetting goes back to the script.
    provider.overrides = '{ "offered": ["deep-tissue"] }';
    await settle(provider);
    expect(shownTechniques(c)).to.deep.equal(['deep-tissue']);
    provider.overrides = undefined;
    await settle(provider);
    expect(shownTechniques(c)).to.deep.equal(['swedish']);
  });

  it('has the clinic data in place as soon as it is connected', async () => {
    const provider = document.createElement('bw-provider');
    const script = provider.appendChild(document.createElement('script'));
    script.type = 'application/json';
    script.textContent = '{ "offered": ["swedish"] }';
    document.body.append(provider);
    try {
      expect(provider.content.techniques.map((t) => t.id)).to.deep.equal(['swedish']);
      const c = provider.appendChild(document.createElement('test-consumer'));
      expect(c.data!.techniques.map((t) => t.id)).to.deep.equal(['swedish']);
    } finally {
      provider.remove();
    }
  });

  it('re-reads the script when its text changes, and when a script is added or removed', async () => {
    const provider = await mount(html`<bw-provider><test-consumer></test-consumer></bw-provider>`);
    const c = consumer(provider);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{ "offered": ["swedish"] }';
    provider.prepend(script);
    await new Promise((r) => setTimeout(r));
    await settle(provider);
    expect(shownTechniques(c)).to.deep.equal(['swedish']);
    script.firstChild!.nodeValue = '{ "offered": ["effleurage", "petrissage"] }';
    await new Promise((r) => setTimeout(r));
    await settle(provider);
    expect(shownTechniques(c)).to.deep.equal(['effleurage', 'petrissage']);
    script.remove();
    await new Promise((r) => setTimeout(r));
    await settle(provider);
    expect(c.data).to.equal(dataset);
  });

  it('reads only its own direct child script, not a nested provider’s or another type', async () => {
    const provider = await mount(
      html`<bw-provider>
        <script type="text/plain">
          { "offered": ["swedish"] }
        </script>
        <div>
          <script type="application/json">
            { "offered": ["swedish"] }
          </script>
        </div>
        <test-consumer></test-consumer>
      </bw-provider>`,
    );
    expect(consumer(provider).data).to.equal(dataset);
  });

  it('keeps the bundled dataset on invalid JSON, with one bw-error and one warning', async () => {
    const {
      result: provider,
      errors,
      warnings,
    } = await watched(() =>
      // A string, not a template: formatters would "fix" the JSON inside a template.
      mount(
        `<bw-provider><script type="application/json">{ offered: ['swedish'], }</script><test-consumer></test-consumer></bw-provider>`,
      ),
    );
    expect(consumer(provider).data).to.equal(dataset);
    expect(errors).to.have.length(1);
    expect(errors[0]!.code).to.equal('invalid-json');
    expect(errors[0]!.errors).to.have.length(1);
    expect(errors[0]!.errors![0]!.path).to.equal('overrides');
    expect(errors[0]!.errors![0]!.message).to.match(/^The text is not valid JSON: ./);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('<bw-provider>');
    expect(provider.errors).to.deep.equal(errors[0]!.errors);
  });

  it('reports every problem of invalid data, each with its path, in one bw-error', async () => {
    const {
      result: provider,
      errors,
      warnings,
    } = await watched(() =>
      mount(
        html`<bw-provider>
          <script type="application/json">
            {
              "offered": ["swedish", "no-such-technique"],
              "texts": { "techniques": { "swedish": { "name": 5 }, "nothing-here": { "name": "x" } } },
              "bookingUrl": "javascript:alert(1)",
              "colour": "teal"
            }
          </script>
          <test-consumer></test-consumer>
        </bw-provider>`,
      ),
    );
    expect(consumer(provider).data).to.equal(dataset);
    expect(errors).to.have.length(1);
    expect(errors[0]!.code).to.equal('invalid-data');
    expect(errors[0]!.message).to.equal(
      'The clinic data has 5 problems. The clinic data was not used: the elements show the bundled content.',
    );
    expect(errors[0]!.errors!.map((e) => e.path)).to.have.members([
      'overrides.colour',
      'overrides.bookingUrl',
      'overrides.offered[1]',
      'overrides.texts.techniques.swedish.name',
      'overrides.texts.techniques.nothing-here',
    ]);
    expect(warnings).to.have.length(1);
  });

  it('reports problems in added items at their place in the overrides', async () => {
    const broken = { ...bamboo(), related: ['nowhere'] };
    const { result: provider, errors } = await watched(() =>
      mount(html`<bw-provider .overrides=${{ techniques: [broken] }}><test-consumer></test-consumer></bw-provider>`),
    );
    expect(consumer(provider).data).to.equal(dataset);
    expect(errors).to.have.length(1);
    expect(errors[0]!.errors!.map((e) => e.path)).to.deep.equal(['overrides.techniques[0].related[0]']);
  });

  it('reports again only when the problems change', async () => {
    const { result: provider, errors } = await watched(async () => {
      const p = await mount(html`<bw-provider .overrides=${{ offered: ['nope'] }}></bw-provider>`);
      p.overrides = { offered: ['nope'] }; // a new object, the same problem
      await settle(p);
      p.overrides = { offered: ['nope', 'nada'] };
      await settle(p);
      return p;
    });
    expect(errors.map((e) => e.errors!.length)).to.deep.equal([1, 2]);
    provider.overrides = { offered: ['swedish'] };
    await settle(provider);
    expect(provider.errors).to.deep.equal([]);
  });

  it('shows the site author a summary of every problem only with the debug attribute', async () => {
    const template = (debug: boolean) =>
      html`<bw-provider ?debug=${debug}>
        <script type="application/json">
          { "offered": ["swedish", "no-such-technique"], "colour": "teal" }
        </script>
        <p>Page content</p>
      </bw-provider>`;
    const quiet = await mount(template(false));
    expect(summary(quiet)).to.equal(null);
    expect(getComputedStyle(quiet).display).to.equal('contents');

    const loud = await mount(template(true));
    const box = summary(loud)!;
    expect(box.getClientRects().length).to.be.greaterThan(0);
    expect(text(box)).to.contain('Clinic set-up problems 2 problems were found.');
    expect(text(box)).to.contain('The clinic data was not used');
    const items = [...box.querySelectorAll('li')].map(text);
    expect(items).to.have.length(2);
    expect(items.some((t) => t.startsWith('overrides.offered[1]: Unknown technique id "no-such-technique"'))).to.equal(
      true,
    );
    expect(items.some((t) => t.startsWith('overrides.colour: '))).to.equal(true);
    // It sits before the content, and the content is still shown.
    const content = loud.querySelector('p')!.getBoundingClientRect();
    expect(box.getBoundingClientRect().bottom).to.be.at.most(content.top + 1);

    loud.debug = false;
    await loud.updateComplete;
    expect(summary(loud)).to.equal(null);
  });

  it('shows no summary with debug when all is well', async () => {
    const provider = await mount(html`<bw-provider debug><p>Page</p></bw-provider>`);
    expect(summary(provider)).to.equal(null);
  });

  it('keeps HTML and script payloads as plain text, in the data and in the summary', async () => {
    const payload = '<img src=x onerror="window.__bwPwned=1"><script>window.__bwPwned=1</script>';
    const provider = await mount(
      html`<bw-provider
        debug
        .overrides=${{
          texts: { techniques: { swedish: { name: payload } } },
        }}
        ><test-consumer></test-consumer
      ></bw-provider>`,
    );
    const c = consumer(provider);
    expect(c.data!.techniques.find((t) => t.id === 'swedish')!.name).to.equal(payload);
    expect(text(c.shadowRoot!.querySelector('[data-id="swedish"]'))).to.equal(payload);

    provider.overrides = { offered: [payload] };
    await settle(provider);
    const box = summary(provider)!;
    expect(text(box)).to.contain(payload.slice(0, 30));
    expect(box.querySelector('img, script')).to.equal(null);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { __bwPwned?: number }).__bwPwned).to.equal(undefined);
  });

  it('never throws, whatever it is given', async () => {
    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent) => thrown.push(e.error);
    const onRejection = (e: PromiseRejectionEvent) => thrown.push(e.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const warnings = captureWarnings();
    try {
      const provider = await mount(html`<bw-provider debug><test-consumer></test-consumer></bw-provider>`);
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      const hostile = new Proxy(
        {},
        {
          get() {
            throw new Error('boom');
          },
          ownKeys() {
            throw new Error('boom');
          },
        },
      );
      const junk: unknown[] = [
        42,
        true,
        [],
        [1, 2],
        'not json',
        '[1, 2]',
        'null',
        '"text"',
        '{"__proto__": {"polluted": true}}',
        { __proto__: { polluted: true } },
        JSON.parse('{"__proto__": {"polluted": true}}'),
        { techniques: 'many' },
        { techniques: [null, 1, 'x', { id: 'half' }] },
        { texts: { techniques: { swedish: null } } },
        { hide: 'all' },
        { offered: {} },
        cyclic,
        hostile,
        Object.create(null),
        () => 1,
        Symbol('x'),
        new Date(),
        '\uD800',
      ];
      for (const value of junk) {
        (provider as unknown as { overrides: unknown }).overrides = value;
        await settle(provider);
        // Junk is reported; an empty object is valid and gives an equal copy. Either way: every technique.
        expect(consumer(provider).data!.techniques, String(typeof value)).to.have.length(dataset.techniques.length);
      }
      for (const value of [42, {}, 'javascript:alert(1)', '\uD800{technique}', 'http://[::1', null]) {
        (provider as unknown as { bookingUrl: unknown }).bookingUrl = value;
        await settle(provider);
      }
      for (const value of [undefined, null, 42, 'neck', ['neck', 7, null, {}], { length: 2 }, hostile]) {
        provider.select(value as string[]);
        await settle(provider);
      }
      const div = document.createElement('div');
      provider.append(div);
      div.dispatchEvent(new CustomEvent('bw-region-select', { bubbles: true, composed: true, detail: null }));
      div.dispatchEvent(new CustomEvent('bw-region-select', { bubbles: true, composed: true, detail: { value: 5 } }));
      await settle(provider);
      expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
      expect(summary(provider)).to.exist;
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      warnings.restore();
    }
    expect(thrown).to.deep.equal([]);
  });
});

describe('clinicData()', () => {
  it('gives the base itself, with no problems, when there is no clinic data', () => {
    for (const input of [undefined, null, '', '  \n ']) {
      const result = clinicData(dataset, input);
      expect(result.dataset).to.equal(dataset);
      expect(result.errors).to.deep.equal([]);
      expect(result.bookingUrl).to.equal(undefined);
      expect(result.offered).to.equal(undefined);
    }
  });

  it('parses JSON text and merges it, returning bookingUrl and offered', () => {
    const result = clinicData(dataset, '{"offered":["swedish"],"bookingUrl":"https://c.example/{technique}"}');
    expect(result.errors).to.deep.equal([]);
    expect(result.dataset.techniques.map((t) => t.id)).to.deep.equal(['swedish']);
    expect(result.offered).to.deep.equal(['swedish']);
    expect(Object.isFrozen(result.offered)).to.equal(true);
    expect(result.bookingUrl).to.equal('https://c.example/{technique}');
  });

  it('marks JSON that cannot be parsed', () => {
    const result = clinicData(dataset, '{ nope');
    expect(result.invalidJson).to.equal(true);
    expect(result.dataset).to.equal(dataset);
    expect(result.errors.map((e) => e.path)).to.deep.equal(['overrides']);
  });

  it('reads the text of the first direct child script only, as text', () => {
    const host = document.createElement('div');
    expect(dataScriptText(host)).to.equal(undefined);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '<b>not markup</b>';
    host.append(document.createElement('p'), script);
    expect(dataScriptText(host)).to.equal('<b>not markup</b>');
  });
});
