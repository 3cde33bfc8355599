import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/body-map.js';
import type { BwBodyMap } from '../../src/body-map.js';
import type { SelectionChangeDetail } from '../../src/provider.js';
import { captureWarnings, consumer, html, mount, recordErrors, settle, text } from './helpers.js';

const listbox = (map: BwBodyMap) => map.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;

/**
 * Chooses a region with the keyboard, the way a visitor would: focus, press its first letter
 * until it is the active one (each press moves on to the next name with that letter), Enter.
 * Typing the whole name would depend on the letters arriving within the type-ahead window, which
 * a loaded machine may miss ("n", then "e" alone, lands on an elbow).
 */
async function choose(map: BwBodyMap, regionId: string) {
  map.focus();
  await map.updateComplete;
  const active = () => listbox(map).getAttribute('aria-activedescendant');
  for (let i = 0; i < 8 && active() !== `option-${regionId}`; i++) {
    await sendKeys({ press: regionId[0]! });
    await map.updateComplete;
  }
  expect(active(), 'the region to choose is active').to.equal(`option-${regionId}`);
  await sendKeys({ press: 'Enter' });
  await map.updateComplete;
}

function recordChanges(target: EventTarget) {
  const details: SelectionChangeDetail[] = [];
  target.addEventListener('bw-selection-change', (e) => details.push((e as CustomEvent<SelectionChangeDetail>).detail));
  return details;
}

describe('<bw-provider> shared selection', () => {
  it('shares what a visitor chooses on a body map inside it with every consumer, with no script', async () => {
    const provider = await mount(
      html`<bw-provider>
        <bw-body-map multiple></bw-body-map>
        <div><test-consumer></test-consumer></div>
      </bw-provider>`,
    );
    const map = provider.querySelector('bw-body-map')!;
    const c = consumer(provider);
    const changes = recordChanges(document);
    await choose(map, 'neck');
    await settle(provider);
    expect(map.selected).to.deep.equal(['neck']);
    expect(c.selection!.regions).to.deep.equal(['neck']);
    expect(c.selection!.areas).to.deep.equal(['neck']);
    expect(text(c.shadowRoot!.querySelector('.areas'))).to.equal('neck');
    expect(changes).to.deep.equal([{ regions: ['neck'], areas: ['neck'] }]);
    // Un-choosing is shared too.
    await sendKeys({ press: 'Enter' });
    await settle(provider);
    expect(c.selection!.regions).to.deep.equal([]);
    expect(changes).to.have.length(2);
    expect(listbox(map)).to.exist;
  });

  it('gives the areas of the regions in body order, both sides as one area', async () => {
    const provider = await mount(html`<bw-provider><test-consumer></test-consumer></bw-provider>`);
    provider.select(['knee-left', 'shoulder-right', 'neck', 'shoulder-left']);
    await settle(provider);
    const { selection } = consumer(provider);
    expect(selection!.regions).to.deep.equal(['knee-left', 'shoulder-right', 'neck', 'shoulder-left']);
    expect(selection!.areas).to.deep.equal(['neck', 'shoulders', 'knees']);
  });

  it('lets a consumer publish a selection through the context value', async () => {
    const provider = await mount(html`<bw-provider><test-consumer></test-consumer></bw-provider>`);
    const c = consumer(provider);
    const changes = recordChanges(provider);
    c.selection!.select(['lower-back-left']);
    await settle(provider);
    expect(c.selection!.areas).to.deep.equal(['lower-back']);
    expect(provider.selection).to.equal(c.selection);
    // The same selection again changes nothing.
    c.selection!.select(['lower-back-left']);
    provider.select('lower-back-left');
    expect(changes).to.have.length(1);
  });

  it('leaves out unknown regions with one bw-error', async () => {
    const provider = await mount(html`<bw-provider><test-consumer></test-consumer></bw-provider>`);
    const errors = recordErrors();
    const warnings = captureWarnings();
    try {
      provider.select(['neck', 'tail', 'wing-left']);
      await settle(provider);
    } finally {
      errors.stop();
      warnings.restore();
    }
    expect(provider.selection.regions).to.deep.equal(['neck']);
    expect(errors.details).to.have.length(1);
    expect(errors.details[0]).to.include({ code: 'unknown-region', value: 'tail wing-left' });
    expect(errors.details[0]!.message).to.contain('tail, wing-left');
    expect(warnings.calls).to.have.length(1);
  });

  it('is updated only by the nearest provider', async () => {
    const outer = await mount(
      html`<bw-provider id="outer">
        <test-consumer id="a"></test-consumer>
        <bw-provider id="inner">
          <bw-body-map></bw-body-map>
          <test-consumer id="b"></test-consumer>
        </bw-provider>
      </bw-provider>`,
    );
    const map = outer.querySelector('bw-body-map')!;
    const heard: string[] = [];
    document.addEventListener('bw-region-select', () => heard.push('document'), { once: true });
    await choose(map, 'head');
    await settle(outer);
    expect(consumer(outer, '#b').selection!.regions).to.deep.equal(['head']);
    expect(consumer(outer, '#a').selection!.regions).to.deep.equal([]);
    // The provider does not stop the event: analytics on the page still hear it.
    expect(heard).to.deep.equal(['document']);
  });

  it('hears a body map inside another element’s shadow root', async () => {
    const provider = await mount(
      html`<bw-provider
        ><div id="host"></div>
        <test-consumer></test-consumer
      ></bw-provider>`,
    );
    const shadow = provider.querySelector('#host')!.attachShadow({ mode: 'open' });
    const map = document.createElement('bw-body-map');
    map.multiple = true;
    shadow.append(map);
    await map.updateComplete;
    await choose(map, 'jaw-left');
    await settle(provider);
    expect(consumer(provider).selection!.areas).to.deep.equal(['jaw']);
  });

  it('does not read other elements’ events: a bw-region-select from something else changes nothing', async () => {
    const provider = await mount(html`<bw-provider><span></span></bw-provider>`);
    provider.querySelector('span')!.dispatchEvent(
      new CustomEvent('bw-region-select', {
        bubbles: true,
        composed: true,
        detail: { regionId: 'hand-left', selected: true, severity: 6, value: 'neck:3 hand-left:6' },
      }),
    );
    await settle(provider);
    expect(provider.selection.regions).to.deep.equal([]);
  });
});

describe('<bw-provider> and its body maps: one selection', () => {
  it('provider.select() shows on every map inside, and a choice on one map shows on the other', async () => {
    const provider = await mount(
      html`<bw-provider>
        <bw-body-map id="a" multiple></bw-body-map>
        <bw-body-map id="b" multiple list-view></bw-body-map>
      </bw-provider>`,
    );
    const [a, b] = [...provider.querySelectorAll('bw-body-map')];
    provider.select(['neck', 'knee-left']);
    await settle(provider);
    expect(a!.value).to.equal('neck knee-left');
    expect(b!.selected).to.deep.equal(['neck', 'knee-left']);
    expect(b!.shadowRoot!.querySelector('#option-knee-left')!.getAttribute('aria-selected')).to.equal('true');
    await choose(a!, 'head');
    await settle(provider);
    expect(provider.selection.regions).to.deep.equal(['neck', 'knee-left', 'head']);
    expect(b!.selected).to.deep.equal(['neck', 'knee-left', 'head']);
  });

  it('a script setting one map’s value, or a form reset, updates the provider and the other maps', async () => {
    const provider = await mount(
      html`<bw-provider>
        <form><bw-body-map id="a" multiple name="where" value="hip-left"></bw-body-map></form>
        <bw-body-map id="b" multiple></bw-body-map>
      </bw-provider>`,
    );
    const [a, b] = [...provider.querySelectorAll('bw-body-map')];
    await settle(provider);
    // The page's own value reaches a provider that had nothing chosen.
    expect(provider.selection.regions).to.deep.equal(['hip-left']);
    expect(b!.value).to.equal('hip-left');
    a!.value = 'shoulder-right';
    await settle(provider);
    expect(provider.selection.regions).to.deep.equal(['shoulder-right']);
    expect(b!.selected).to.deep.equal(['shoulder-right']);
    provider.querySelector('form')!.reset();
    await settle(provider);
    expect(a!.value).to.equal('hip-left');
    expect(b!.value).to.equal('hip-left');
    expect(provider.selection.areas).to.deep.equal(['hips-glutes']);
  });

  it('a single-choice map shows the first of several shared regions, and the provider follows it', async () => {
    const provider = await mount(html`<bw-provider><bw-body-map></bw-body-map></bw-provider>`);
    const map = provider.querySelector('bw-body-map')!;
    const warnings = captureWarnings();
    try {
      provider.select(['neck', 'knee-left']);
      await settle(provider);
    } finally {
      warnings.restore();
    }
    expect(map.value).to.equal('neck');
    expect(provider.selection.regions).to.deep.equal(['neck']);
  });

  it('keeps pain ratings of regions still chosen when the shared selection changes', async () => {
    const provider = await mount(
      html`<bw-provider><bw-body-map multiple severity value="neck:7"></bw-body-map></bw-provider>`,
    );
    const map = provider.querySelector('bw-body-map')!;
    await settle(provider);
    provider.select(['neck', 'hand-left']);
    await settle(provider);
    expect(map.value).to.equal('neck:7 hand-left');
  });

  it('shows the clinic’s names for regions, and keeps its own selection once moved out of the provider', async () => {
    const clinic = JSON.stringify({ texts: { regions: { neck: { name: 'Neck and throat' } } } });
    const provider = await mount(
      `<bw-provider><script type="application/json">${clinic}</script><bw-body-map></bw-body-map></bw-provider>`,
    );
    const map = provider.querySelector('bw-body-map')!;
    await settle(provider);
    expect(map.shadowRoot!.querySelector('#option-neck')!.getAttribute('aria-label')).to.equal('Neck and throat');
    provider.select(['neck']);
    await settle(provider);
    document.body.append(map);
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('#option-neck')!.getAttribute('aria-label')).to.equal('Neck');
    map.value = 'head';
    await map.updateComplete;
    expect(provider.selection.regions, 'the provider no longer follows it').to.deep.equal(['neck']);
    map.remove();
  });
});
