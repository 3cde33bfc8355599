import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../support/test-element.js';
import type { BwTestElement } from '../support/test-element.js';
import { captureWarnings } from '../support/warnings.js';

describe('BwElement base', () => {
  it('shows a polite message, fires bw-error and warns once for bad input — never a blank box or a throw', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<BwTestElement>(html`<bw-test-element></bw-test-element>`);
      const heard = oneEvent(el, 'bw-error');
      el.item = 'nowhere';
      const event = await heard;
      await el.updateComplete;
      expect(event.detail.code).to.equal('unknown-region');
      expect(event.detail.value).to.equal('nowhere');
      const message = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(message.textContent).to.contain('There is no region called “nowhere”.');
      expect(message.getBoundingClientRect().height).to.be.greaterThan(0);
      el.item = 'shoulder';
      await el.updateComplete;
      el.item = 'nowhere';
      await el.updateComplete;
      expect(warnings.calls).to.have.length(1);
      expect(String(warnings.calls[0]![0])).to.contain('<bw-test-element>');
    } finally {
      warnings.restore();
    }
  });

  it('sizes in em from the reader default, so a page with html{font-size:62.5%} does not shrink it', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 62.5% !important; }';
    const reference = await fixture<BwTestElement>(html`<bw-test-element></bw-test-element>`);
    const normalWidth = reference.shadowRoot!.querySelector('.box')!.getBoundingClientRect().width;
    document.head.append(style);
    try {
      const el = await fixture<BwTestElement>(html`<bw-test-element></bw-test-element>`);
      const box = el.shadowRoot!.querySelector('.box')!;
      expect(parseFloat(getComputedStyle(el).fontSize)).to.be.at.least(16);
      expect(box.getBoundingClientRect().width).to.be.closeTo(normalWidth, 0.5);
    } finally {
      style.remove();
    }
  });

  it('resets inherited text styles that hostile pages set on body', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="line-height: 3; letter-spacing: 2px; text-transform: uppercase">
        <bw-test-element></bw-test-element>
      </div>`,
    );
    const el = wrapper.querySelector('bw-test-element')!;
    const styles = getComputedStyle(el);
    expect(styles.letterSpacing).to.equal('normal');
    expect(styles.textTransform).to.equal('none');
    expect(parseFloat(styles.lineHeight) / parseFloat(styles.fontSize)).to.be.closeTo(1.5, 0.01);
  });

  it('lets a clinic set the font size and tokens', async () => {
    const el = await fixture<BwTestElement>(
      html`<bw-test-element style="--bw-font-size: 20px; --bw-color-accent: rgb(1, 2, 3)"></bw-test-element>`,
    );
    expect(getComputedStyle(el).fontSize).to.equal('20px');
    expect(getComputedStyle(el).getPropertyValue('--_accent').trim()).to.equal('rgb(1, 2, 3)');
  });
});
