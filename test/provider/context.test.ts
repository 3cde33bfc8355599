import { expect } from '@open-wc/testing';
import { dataset } from '../../src/data/dataset.js';
import { consumer, html, mount, recordErrors, settle, shownTechniques } from './helpers.js';

describe('<bw-provider> contexts', () => {
  it('provides the bundled dataset, an empty selection and no booking URL by default', async () => {
    const provider = await mount(html`<bw-provider><test-consumer></test-consumer></bw-provider>`);
    const c = consumer(provider);
    expect(c.data).to.equal(dataset);
    expect(provider.content).to.equal(dataset);
    expect(c.selection!.regions).to.deep.equal([]);
    expect(c.selection!.areas).to.deep.equal([]);
    expect(c.clinic!.bookingUrl).to.equal(undefined);
    expect(c.clinic!.offered).to.equal(undefined);
    expect(c.clinic!.bookingHref('swedish')).to.equal(undefined);
    expect(shownTechniques(c)).to.have.length(dataset.techniques.length);
  });

  it('reaches consumers deep inside other elements and shadow roots', async () => {
    const provider = await mount(
      html`<bw-provider booking-url="https://clinic.example/b/{technique}">
        <section>
          <div><span id="host"></span></div>
        </section>
      </bw-provider>`,
    );
    const host = provider.querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const c = document.createElement('test-consumer');
    shadow.append(c);
    await c.updateComplete;
    expect(c.clinic!.bookingHref('swedish')).to.equal('https://clinic.example/b/swedish');
  });

  it('gives each consumer the nearest provider: nested providers, the inner one wins', async () => {
    const outer = await mount(
      html`<bw-provider booking-url="https://clinic.example/outer/{technique}">
        <test-consumer id="a"></test-consumer>
        <bw-provider booking-url="https://clinic.example/inner/{technique}">
          <test-consumer id="b"></test-consumer>
        </bw-provider>
      </bw-provider>`,
    );
    const inner = outer.querySelector('bw-provider')!;
    expect(consumer(outer, '#a').clinic!.bookingHref('x')).to.equal('https://clinic.example/outer/x');
    expect(consumer(outer, '#b').clinic!.bookingHref('x')).to.equal('https://clinic.example/inner/x');
    // Each has its own selection.
    inner.select(['neck']);
    await settle(outer);
    expect(consumer(outer, '#b').selection!.areas).to.deep.equal(['neck']);
    expect(consumer(outer, '#a').selection!.areas).to.deep.equal([]);
  });

  it('lets an inner provider build on the outer one’s clinic data and booking URL', async () => {
    const outer = await mount(
      html`<bw-provider>
        <script type="application/json">
          { "offered": ["swedish", "deep-tissue"], "bookingUrl": "https://clinic.example/book?t={technique}" }
        </script>
        <bw-provider>
          <script type="application/json">
            { "texts": { "techniques": { "swedish": { "name": "Relaxing massage" } } } }
          </script>
          <test-consumer></test-consumer>
        </bw-provider>
      </bw-provider>`,
    );
    const c = consumer(outer);
    expect(shownTechniques(c)).to.deep.equal(['deep-tissue', 'swedish']);
    expect(c.data!.techniques.find((t) => t.id === 'swedish')!.name).to.equal('Relaxing massage');
    expect(c.clinic!.offered).to.deep.equal(['swedish', 'deep-tissue']);
    expect(c.clinic!.bookingHref('swedish')).to.equal('https://clinic.example/book?t=swedish');
  });

  it('lets an inner provider refer to what the outer one added, without a false alarm', async () => {
    const bamboo = {
      ...structuredClone(dataset.techniques.find((t) => t.id === 'swedish')!),
      id: 'bamboo-massage',
      name: 'Bamboo massage',
      related: [],
      routines: [],
      conditions: [],
      typical: undefined, // its own: counts as typical wherever it is used
    };
    const errors = recordErrors();
    let outer;
    try {
      outer = await mount(`<bw-provider>
        <script type="application/json">${JSON.stringify({ techniques: [bamboo] })}</script>
        <bw-provider>
          <script type="application/json">{ "offered": ["bamboo-massage", "swedish"] }</script>
          <test-consumer></test-consumer>
        </bw-provider>
      </bw-provider>`);
    } finally {
      errors.stop();
    }
    expect(errors.details).to.deep.equal([]);
    expect(shownTechniques(consumer(outer))).to.deep.equal(['swedish', 'bamboo-massage']);
  });

  it('switches a consumer to its new provider when it is moved', async () => {
    const page = await mount(
      html`<div>
        <bw-provider id="one" booking-url="https://one.example/{technique}"
          ><test-consumer></test-consumer
        ></bw-provider>
        <bw-provider id="two" booking-url="https://two.example/{technique}"></bw-provider>
      </div>`,
    );
    const root = page.parentElement!;
    const c = consumer(root);
    expect(c.clinic!.bookingHref('x')).to.equal('https://one.example/x');
    root.querySelector('#two')!.append(c);
    await settle(root);
    expect(c.clinic!.bookingHref('x')).to.equal('https://two.example/x');
  });

  it('provides a new, frozen value on every change, so consumers re-render', async () => {
    const provider = await mount(html`<bw-provider><test-consumer></test-consumer></bw-provider>`);
    const c = consumer(provider);
    const first = c.clinic!;
    const selection = c.selection!;
    expect(Object.isFrozen(first)).to.equal(true);
    expect(Object.isFrozen(selection)).to.equal(true);
    expect(Object.isFrozen(selection.regions)).to.equal(true);
    provider.bookingUrl = 'https://clinic.example/{technique}';
    await settle(provider);
    expect(c.clinic).not.to.equal(first);
    expect(c.clinic!.bookingUrl).to.equal('https://clinic.example/{technique}');
    expect(c.shadowRoot!.querySelector('a.book')!.getAttribute('href')).to.equal('https://clinic.example/swedish');
    // A template without {region} or {area} does not change with the selection.
    const config = c.clinic;
    provider.select(['neck']);
    await settle(provider);
    expect(c.selection).not.to.equal(selection);
    expect(c.clinic).to.equal(config);
  });

  it('adds no box of its own: its children take part in the page’s layout directly', async () => {
    const grid = (
      await mount(
        html`<div class="grid">
          <style>
            .grid {
              display: grid;
              grid-template-columns: 1fr 1fr;
              width: 400px;
            }
          </style>
          <bw-provider
            ><div id="a">A</div>
            <div id="b">B</div></bw-provider
          >
        </div>`,
      )
    ).parentElement!;
    const provider = grid.querySelector('bw-provider')!;
    expect(getComputedStyle(provider).display).to.equal('contents');
    const a = grid.querySelector('#a')!.getBoundingClientRect();
    const b = grid.querySelector('#b')!.getBoundingClientRect();
    expect(Math.abs(a.top - b.top)).to.be.lessThan(1);
    expect(b.left - a.left).to.be.closeTo(200, 1);
    // Nothing in the page's flow besides the slot: the results live region is fixed and empty.
    expect(provider.shadowRoot!.querySelector('[part="debug"]')).to.equal(null);
    const others = [...provider.shadowRoot!.children].filter((el) => el.localName !== 'slot');
    for (const el of others) {
      expect(getComputedStyle(el).position, el.getAttribute('part')!).to.equal('fixed');
      expect(el.childElementCount, 'empty until a choice on a map').to.equal(0);
    }
  });

  it('does not restyle the page content it wraps', async () => {
    const wrapper = (
      await mount(
        html`<div id="page">
          <style>
            #page {
              font-size: 13px;
              line-height: 3;
              color: rgb(200, 0, 0);
              letter-spacing: 2px;
            }
          </style>
          <bw-provider><p id="p">Text</p></bw-provider>
        </div>`,
      )
    ).parentElement!;
    const style = getComputedStyle(wrapper.querySelector('#p')!);
    expect(style.fontSize).to.equal('13px');
    expect(style.lineHeight).to.equal('39px');
    expect(style.color).to.equal('rgb(200, 0, 0)');
    expect(style.letterSpacing).to.equal('2px');
  });

  it('is hidden with its content by the hidden attribute', async () => {
    const provider = await mount(html`<bw-provider hidden><p>Text</p></bw-provider>`);
    expect(getComputedStyle(provider).display).to.equal('none');
    expect(provider.querySelector('p')!.getClientRects()).to.have.length(0);
  });
});
