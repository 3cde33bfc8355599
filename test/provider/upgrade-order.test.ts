// Script-tag pages load in any order. Here the consumers are defined and connected first, and
// `<bw-provider>` is defined only afterwards (this file must not import the provider statically).
import { expect, fixture, html } from '@open-wc/testing';
import { dataset } from '../../src/data/dataset.js';
import type { BwProvider } from '../../src/provider.js';
import type { TestConsumer } from './consumer.js';
import './consumer.js';

const ids = (c: TestConsumer) => c.data?.techniques.map((t) => t.id);

describe('<bw-provider> defined after its consumers', () => {
  let page: HTMLElement;
  const get = (id: string) => page.querySelector<TestConsumer>(`#${id}`)!;

  const errors: unknown[] = [];
  const onError = (e: Event) => errors.push((e as CustomEvent).detail);

  // Not a fixture: fixtures are removed after each test, and these tests share one page.
  after(() => {
    page.remove();
    document.removeEventListener('bw-error', onError);
  });

  before(async () => {
    document.addEventListener('bw-error', onError);
    const bamboo = {
      ...structuredClone(dataset.techniques.find((t) => t.id === 'swedish')!),
      id: 'bamboo-massage',
      name: 'Bamboo massage',
      related: [],
      routines: [],
      conditions: [],
      typical: undefined, // its own: counts as typical wherever it is used
    };
    const outerData = { offered: ['swedish', 'deep-tissue', 'bamboo-massage'], techniques: [bamboo] };
    // As a page's HTML would be written (Lit cannot bind inside a script).
    page = document.body.appendChild(document.createElement('div'));
    page.innerHTML = `
      <bw-provider id="outer" booking-url="https://clinic.example/book?t={technique}&amp;a={area}">
        <script type="application/json">${JSON.stringify(outerData)}</script>
        <test-consumer id="in-outer"></test-consumer>
        <bw-provider id="inner">
          <script type="application/json">{ "offered": ["swedish", "bamboo-massage"] }</script>
          <div><test-consumer id="in-inner"></test-consumer></div>
        </bw-provider>
      </bw-provider>
      <test-consumer id="outside"></test-consumer>`;
    expect(customElements.get('bw-provider'), 'not defined yet').to.equal(undefined);
    await get('in-outer').updateComplete;
    expect(get('in-outer').data, 'nothing provided before the provider is defined').to.equal(undefined);

    await import('../../src/provider.js');
    await customElements.whenDefined('bw-provider');
    for (let i = 0; i < 3; i++) {
      await Promise.all(
        [...page.querySelectorAll<BwProvider | TestConsumer>('bw-provider, test-consumer')].map(
          (e) => e.updateComplete,
        ),
      );
    }
  });

  it('reaches a consumer that connected before the provider was defined', () => {
    const c = get('in-outer');
    expect(ids(c)).to.deep.equal(['deep-tissue', 'swedish', 'bamboo-massage']);
    expect(c.clinic!.bookingUrl).to.equal('https://clinic.example/book?t={technique}&a={area}');
    expect(c.selection!.regions).to.deep.equal([]);
    // What the reader sees: the consumer rendered the clinic's techniques and a booking link.
    expect(c.shadowRoot!.querySelectorAll('.techniques li')).to.have.length(3);
    // The inner provider's data refers to a technique only the outer one adds: no false alarm.
    expect(errors).to.deep.equal([]);
    expect(c.shadowRoot!.querySelector('a.book')!.getAttribute('href')).to.equal(
      'https://clinic.example/book?t=swedish&a=',
    );
  });

  it('gives the nearest provider’s values to a consumer inside nested providers', () => {
    const c = get('in-inner');
    expect(ids(c)).to.deep.equal(['swedish', 'bamboo-massage']);
    // The inner provider starts from the outer one's booking URL.
    expect(c.clinic!.bookingUrl).to.equal('https://clinic.example/book?t={technique}&a={area}');
    expect(c.selection).not.to.equal(get('in-outer').selection);
  });

  it('leaves a consumer outside every provider on its own default', () => {
    expect(get('outside').data).to.equal(undefined);
    expect(get('outside').shadowRoot!.querySelector('.source')!.textContent).to.equal('none');
  });

  it('keeps working for consumers connected after the provider exists', async () => {
    const late = document.createElement('test-consumer');
    page.querySelector('#inner')!.append(late);
    await late.updateComplete;
    expect(ids(late)).to.deep.equal(['swedish', 'bamboo-massage']);
    late.remove();
  });

  it('provides the bundled dataset itself when there is no clinic data', async () => {
    const el = await fixture<BwProvider>(html`<bw-provider><test-consumer></test-consumer></bw-provider>`);
    const c = el.querySelector('test-consumer')!;
    await c.updateComplete;
    expect(c.data).to.equal(dataset);
  });
});
