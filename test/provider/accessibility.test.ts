import { expect } from '@open-wc/testing';
import { emulate, resetMedia } from '../support/media.js';
import { captureWarnings, html, mount, summary } from './helpers.js';

const bad = html`<bw-provider debug booking-url="javascript:alert(1)">
  <script type="application/json">
    { "offered": ["swedish", "no-such-technique"], "texts": { "techniques": { "swedish": { "name": 5 } } } }
  </script>
  <p>Page content</p>
</bw-provider>`;

describe('<bw-provider> accessibility', () => {
  // Bad input is expected here: keep the warnings out of the test log (tests that count them capture their own).
  let quiet: ReturnType<typeof captureWarnings>;
  beforeEach(() => (quiet = captureWarnings()));
  afterEach(() => quiet.restore());

  afterEach(resetMedia);

  it('has no axe violations with the debug summary shown', async () => {
    const provider = await mount(bad);
    expect(summary(provider)).to.exist;
    await expect(provider).to.be.accessible();
  });

  it('has no axe violations with the debug summary in dark mode', async () => {
    await emulate({ colorScheme: 'dark' });
    const provider = await mount(bad);
    await expect(provider).to.be.accessible();
  });

  it('keeps its content in the accessibility tree and the reading order, with nothing added', async () => {
    const provider = await mount(
      html`<bw-provider
        ><h2>Treatments</h2>
        <p>Text</p></bw-provider
      >`,
    );
    await expect(provider).to.be.accessible();
    expect(provider.getAttribute('role')).to.equal(null);
    expect(provider.shadowRoot!.textContent!.trim()).to.equal('');
  });

  it('puts the summary first, as a list, in the page’s reading order', async () => {
    const provider = await mount(bad);
    const box = summary(provider)!;
    expect(box.querySelectorAll('ul > li')).to.have.length(3);
    expect(provider.shadowRoot!.firstElementChild).to.equal(box);
    expect(getComputedStyle(box).display).to.equal('block');
  });
});
