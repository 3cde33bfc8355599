import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { formatNumber, registerTranslation } from '../../src/internal/localize/localize.js';
import { en } from '../../src/internal/localize/en.js';
import '../support/test-element.js';
import type { BwTestElement } from '../support/test-element.js';

const text = (el: BwTestElement) => el.shadowRoot!.querySelector('.box')!.textContent!.trim();

describe('localization', () => {
  before(() => {
    registerTranslation({
      $code: 'fr',
      $name: 'Français',
      $dir: 'ltr',
      sideLeft: 'gauche',
      withSide: (name: string, side: string) => `${name} (${side})`,
    });
    registerTranslation({ $code: 'he', $name: 'עברית', $dir: 'rtl', sideLeft: 'שמאל' });
  });

  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('speaks English by default', async () => {
    const el = await fixture<BwTestElement>(html`<bw-test-element></bw-test-element>`);
    expect(text(el)).to.equal('Shoulder, left');
  });

  it("follows the element's own lang first", async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<BwTestElement>(html`<div lang="he"><bw-test-element lang="fr"></bw-test-element></div>`);
    expect(text(el.querySelector('bw-test-element')!)).to.equal('Shoulder (gauche)');
  });

  it('follows the closest ancestor with lang, across shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const shadowHost = document.createElement('div');
    outer.append(shadowHost);
    const el = document.createElement('bw-test-element');
    shadowHost.attachShadow({ mode: 'open' }).append(el);
    await el.updateComplete;
    expect(text(el)).to.equal('Shoulder (gauche)');
  });

  it("follows the document's lang, and re-renders when it changes", async () => {
    const el = await fixture<BwTestElement>(html`<bw-test-element></bw-test-element>`);
    document.documentElement.lang = 'fr-CA';
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('Shoulder (gauche)');
    document.documentElement.lang = 'en-GB';
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('Shoulder, left');
  });

  it('falls back to English for unknown languages and for terms a translation leaves out', async () => {
    const unknown = await fixture<BwTestElement>(html`<bw-test-element lang="xx-invalid"></bw-test-element>`);
    expect(text(unknown)).to.equal('Shoulder, left');
    const partial = await fixture<BwTestElement>(html`<bw-test-element lang="he"></bw-test-element>`);
    expect(text(partial)).to.equal('Shoulder, שמאל');
  });

  it('re-renders connected elements when a translation is registered later', async () => {
    const el = await fixture<BwTestElement>(html`<bw-test-element lang="de"></bw-test-element>`);
    expect(text(el)).to.equal('Shoulder, left');
    registerTranslation({ $code: 'de', $name: 'Deutsch', $dir: 'ltr', sideLeft: 'links' });
    await el.updateComplete;
    expect(text(el)).to.equal('Shoulder, links');
  });

  it('offers numbers and lists formatted for the language, surviving malformed lang values', async () => {
    const el = await fixture<BwTestElement>(html`<bw-test-element lang="fr"></bw-test-element>`);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const localize = (el as any).localize;
    expect(formatNumber(localize, 1234.5)).to.match(/1\s?234,5/);
    expect(localize.list(['a', 'b', 'c'])).to.equal('a, b et c');
    expect(localize.dir()).to.equal('ltr');
    el.lang = '!!not a tag';
    localize.refresh();
    expect(formatNumber(localize, 1234.5)).to.equal('1,234.5');
    expect(localize.list(['a', 'b'])).to.equal('a and b');
    expect(localize.resolvedLang()).to.equal(en.$code);
  });

  it('reports right-to-left languages', async () => {
    const el = await fixture<BwTestElement>(html`<bw-test-element lang="he-IL"></bw-test-element>`);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect((el as any).localize.dir()).to.equal('rtl');
  });
});

describe('English terms per element', () => {
  it('lets a clinic reword English by registering an "en" translation', async () => {
    const el = await fixture<BwTestElement>(html`<bw-test-element lang="en-AU"></bw-test-element>`);
    registerTranslation({ $code: 'en', $name: 'English', $dir: 'ltr', sideLeft: 'left-hand' });
    await el.updateComplete;
    expect(text(el)).to.equal('Shoulder, left-hand');
    registerTranslation({ $code: 'en', $name: 'English', $dir: 'ltr' });
    await el.updateComplete;
    expect(text(el)).to.equal('Shoulder, left');
  });

  it('gives each element only its own group of English terms, so entries stay small', async () => {
    const { BwBodyMap } = await import('../../src/components/body-map/body-map.js');
    const { bodyMap, stretchTimer } = await import('../../src/internal/localize/en.js');
    expect(Object.keys(BwBodyMap.strings)).to.include.members(Object.keys(bodyMap));
    expect(Object.keys(BwBodyMap.strings)).not.to.include.members(Object.keys(stretchTimer));
    expect(en.bodyMapLabel).to.equal(bodyMap.bodyMapLabel);
  });
});
