import { expect } from '@open-wc/testing';
import { fillBookingUrl, isBookingUrl, usesSelection } from '../../src/components/provider/booking-url.js';
import { captureWarnings, consumer, html, mount, recordErrors, settle, summary, text } from './helpers.js';

const BASE = 'https://clinic.example/treatments/index.html';

describe('fillBookingUrl()', () => {
  it('URL-encodes each value: spaces, &, ?, /, # and unicode cannot change the address', () => {
    const template = 'https://clinic.example/book?treatment={technique}&where={area}';
    expect(fillBookingUrl(template, { technique: 'hot stone', area: 'neck' }, BASE)).to.equal(
      'https://clinic.example/book?treatment=hot%20stone&where=neck',
    );
    expect(fillBookingUrl(template, { technique: 'a&admin=1', area: 'x?y=1#top' }, BASE)).to.equal(
      'https://clinic.example/book?treatment=a%26admin%3D1&where=x%3Fy%3D1%23top',
    );
    expect(fillBookingUrl(template, { technique: 'massage-suédois', area: '肩' }, BASE)).to.equal(
      'https://clinic.example/book?treatment=massage-su%C3%A9dois&where=%E8%82%A9',
    );
    expect(fillBookingUrl('https://clinic.example/{technique}', { technique: '../../admin' }, BASE)).to.equal(
      'https://clinic.example/..%2F..%2Fadmin',
    );
  });

  it('fills every placeholder, joins lists with commas, and empties missing ones', () => {
    const template = 'https://clinic.example/b?t={technique}&r={region}&a={area}&again={technique}&other={other}';
    expect(
      fillBookingUrl(
        template,
        { technique: 'swedish', region: ['neck', 'shoulder-left'], area: ['neck', 'shoulders'] },
        BASE,
      ),
    ).to.equal('https://clinic.example/b?t=swedish&r=neck,shoulder-left&a=neck,shoulders&again=swedish&other={other}');
    expect(fillBookingUrl(template, {}, BASE)).to.equal('https://clinic.example/b?t=&r=&a=&again=&other={other}');
  });

  it('accepts http and https only', () => {
    expect(fillBookingUrl('http://clinic.example/{technique}', { technique: 'x' }, BASE)).to.equal(
      'http://clinic.example/x',
    );
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)//{technique}',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'mailto:book@clinic.example?subject={technique}',
      'ftp://clinic.example/{technique}',
      'http://[::1',
      '',
      '   ',
    ]) {
      expect(fillBookingUrl(bad, { technique: 'x' }, BASE), bad).to.equal(undefined);
      expect(isBookingUrl(bad, BASE), bad).to.equal(false);
    }
    for (const junk of [undefined, null, 42, {}, ['https://x.example']]) {
      expect(fillBookingUrl(junk, {}, BASE)).to.equal(undefined);
    }
  });

  it('cannot be turned into another scheme by a value', () => {
    expect(fillBookingUrl('{technique}', { technique: 'javascript:alert(1)' }, BASE)).to.equal(
      'https://clinic.example/treatments/javascript%3Aalert(1)',
    );
  });

  it('resolves relative templates against the page, and refuses them where the page is not http(s)', () => {
    expect(fillBookingUrl('/book?t={technique}', { technique: 'swedish' }, BASE)).to.equal(
      'https://clinic.example/book?t=swedish',
    );
    expect(fillBookingUrl('book/{technique}', { technique: 'swedish' }, BASE)).to.equal(
      'https://clinic.example/treatments/book/swedish',
    );
    expect(fillBookingUrl('//other.example/{technique}', { technique: 'x' }, BASE)).to.equal('https://other.example/x');
    expect(fillBookingUrl('/book', {}, 'file:///C:/site/index.html')).to.equal(undefined);
    expect(fillBookingUrl('/book', {}, 'not a base')).to.equal(undefined);
    // By default: the page's own address.
    expect(fillBookingUrl('/book')).to.equal(new URL('/book', document.baseURI).href);
  });

  it('gives undefined, not an exception, for values that cannot be encoded', () => {
    expect(fillBookingUrl('https://c.example/{technique}', { technique: '\uD800' }, BASE)).to.equal(undefined);
  });

  it('knows which templates depend on the selection', () => {
    expect(usesSelection('https://c.example/{technique}')).to.equal(false);
    expect(usesSelection('https://c.example/?r={region}')).to.equal(true);
    expect(usesSelection('https://c.example/?a={area}')).to.equal(true);
    expect(usesSelection(undefined)).to.equal(false);
  });
});

describe('<bw-provider booking-url>', () => {
  // Bad input is expected here: keep the warnings out of the test log (tests that count them capture their own).
  let quiet: ReturnType<typeof captureWarnings>;
  beforeEach(() => (quiet = captureWarnings()));
  afterEach(() => quiet.restore());

  it('gives consumers the booking address for a technique, with the selection’s regions and areas', async () => {
    const provider = await mount(
      html`<bw-provider
        booking-url="https://clinic.example/book?treatment={technique}&amp;region={region}&amp;area={area}"
        ><test-consumer></test-consumer
      ></bw-provider>`,
    );
    const c = consumer(provider);
    expect(c.clinic!.bookingHref('swedish')).to.equal('https://clinic.example/book?treatment=swedish&region=&area=');
    provider.select(['shoulder-left', 'neck']);
    await settle(provider);
    expect(c.clinic!.bookingHref('deep tissue')).to.equal(
      'https://clinic.example/book?treatment=deep%20tissue&region=shoulder-left,neck&area=neck,shoulders',
    );
    expect(c.shadowRoot!.querySelector('a.book')!.getAttribute('href')).to.contain('region=shoulder-left,neck');
  });

  it('accepts a template relative to the page', async () => {
    const provider = await mount(html`<bw-provider booking-url="/book?t={technique}"></bw-provider>`);
    expect(provider.config.bookingUrl).to.equal('/book?t={technique}');
    expect(provider.config.bookingHref('swedish')).to.equal(new URL('/book?t=swedish', document.baseURI).href);
  });

  it('wins over the bookingUrl of the clinic data', async () => {
    const provider = await mount(
      html`<bw-provider
        booking-url="https://attribute.example/{technique}"
        .overrides=${{ bookingUrl: 'https://data.example/{technique}' }}
      ></bw-provider>`,
    );
    expect(provider.config.bookingHref('x')).to.equal('https://attribute.example/x');
    provider.removeAttribute('booking-url');
    await settle(provider);
    expect(provider.config.bookingHref('x')).to.equal('https://data.example/x');
  });

  for (const bad of ['javascript:alert(document.cookie)', 'data:text/html,<b>x</b>', 'mailto:desk@clinic.example']) {
    it(`ignores ${bad.split(':')[0]}: addresses, with a bw-error and one warning`, async () => {
      const errors = recordErrors();
      const warnings = captureWarnings();
      let provider;
      try {
        provider = await mount(
          html`<bw-provider debug booking-url=${bad}><test-consumer></test-consumer></bw-provider>`,
        );
      } finally {
        errors.stop();
        warnings.restore();
      }
      expect(errors.details).to.have.length(1);
      expect(errors.details[0]).to.include({ code: 'invalid-url', value: bad });
      expect(errors.details[0]!.message).to.contain('http or https');
      expect(warnings.calls).to.have.length(1);
      const c = consumer(provider);
      expect(c.clinic!.bookingUrl).to.equal(undefined);
      expect(c.clinic!.bookingHref('swedish')).to.equal(undefined);
      expect(c.shadowRoot!.querySelector('a.book')).to.equal(null);
      // The site author sees it in the debug summary; the data itself was fine.
      expect(text(summary(provider))).to.contain(`booking-url: The booking-url “${bad}” was ignored`);
      expect(text(summary(provider))).not.to.contain('The clinic data was not used');
    });
  }

  it('falls back to the clinic data’s booking URL when the attribute is invalid, and recovers when fixed', async () => {
    const provider = await mount(
      html`<bw-provider
        booking-url="javascript:void(0)"
        .overrides=${{ bookingUrl: 'https://data.example/{technique}' }}
      ></bw-provider>`,
    );
    expect(provider.config.bookingHref('x')).to.equal('https://data.example/x');
    provider.bookingUrl = 'https://fixed.example/{technique}';
    await settle(provider);
    expect(provider.config.bookingHref('x')).to.equal('https://fixed.example/x');
    expect(provider.errors).to.deep.equal([]);
  });
});
