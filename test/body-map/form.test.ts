import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, html, listbox, mount, option, choose, recordEvents } from './helpers.js';
import type { BwBodyMap } from '../../src/body-map.js';

const formOf = (map: BwBodyMap) => map.closest('form')!;

describe('<bw-body-map> as a form field', () => {
  it('submits one entry per selected region under its name', async () => {
    const map = await mount(
      html`<form><bw-body-map name="pain" multiple value="neck shoulder-left"></bw-body-map></form>`,
    );
    expect(new FormData(formOf(map)).getAll('pain')).to.deep.equal(['neck', 'shoulder-left']);
    choose(map, 'knee-right');
    await map.updateComplete;
    expect(new FormData(formOf(map)).getAll('pain')).to.deep.equal(['neck', 'shoulder-left', 'knee-right']);
  });

  it('submits id:severity in severity mode once a region is rated', async () => {
    const map = await mount(
      html`<form><bw-body-map name="pain" multiple severity value="neck:4 hip-left"></bw-body-map></form>`,
    );
    expect(new FormData(formOf(map)).getAll('pain')).to.deep.equal(['neck:4', 'hip-left']);
    const range = map.shadowRoot!.querySelectorAll<HTMLInputElement>('.severity input[type="range"]')[1]!;
    range.value = '6';
    range.dispatchEvent(new Event('input', { bubbles: true }));
    await map.updateComplete;
    expect(new FormData(formOf(map)).getAll('pain')).to.deep.equal(['neck:4', 'hip-left:6']);
  });

  it('submits nothing without a name, and nothing when disabled', async () => {
    const unnamed = await mount(html`<form><bw-body-map value="neck"></bw-body-map></form>`);
    expect([...new FormData(formOf(unnamed)).keys()]).to.deep.equal([]);
    const disabled = await mount(html`<form><bw-body-map name="pain" value="neck" disabled></bw-body-map></form>`);
    expect(new FormData(formOf(disabled)).getAll('pain')).to.deep.equal([]);
  });

  it('goes back to its initial value when the form is reset', async () => {
    const map = await mount(html`<form><bw-body-map name="pain" multiple value="neck"></bw-body-map></form>`);
    choose(map, 'foot-left');
    await map.updateComplete;
    expect(map.value).to.equal('neck foot-left');
    formOf(map).reset();
    await map.updateComplete;
    expect(map.value).to.equal('neck');
    expect(option(map, 'foot-left').getAttribute('aria-selected')).to.equal('false');
  });

  it('restores its state from the value the browser saved', async () => {
    const map = await mount(html`<form><bw-body-map name="pain" multiple></bw-body-map></form>`);
    map.formStateRestoreCallback('calf-left calf-right');
    await map.updateComplete;
    expect(map.selected).to.deep.equal(['calf-left', 'calf-right']);
    expect(new FormData(formOf(map)).getAll('pain')).to.deep.equal(['calf-left', 'calf-right']);
  });

  it('blocks submission while required and empty, with a plain message', async () => {
    const map = await mount(html`<form><bw-body-map name="pain" required></bw-body-map></form>`);
    expect(map.checkValidity()).to.equal(false);
    expect(formOf(map).checkValidity()).to.equal(false);
    expect(map.validity.valueMissing).to.equal(true);
    expect(map.validationMessage).to.equal('Choose at least one area of the body.');
    expect(listbox(map).getAttribute('aria-required')).to.equal('true');
    choose(map, 'neck');
    await map.updateComplete;
    expect(map.checkValidity()).to.equal(true);
    expect(formOf(map).checkValidity()).to.equal(true);
  });

  it('follows a disabled fieldset', async () => {
    const map = await mount(
      html`<form>
        <fieldset disabled><bw-body-map name="pain" value="neck"></bw-body-map></fieldset>
      </form>`,
    );
    expect(listbox(map).getAttribute('aria-disabled')).to.equal('true');
    expect(new FormData(formOf(map)).getAll('pain')).to.deep.equal([]);
    map.closest('fieldset')!.disabled = false;
    await map.updateComplete;
    expect(listbox(map).getAttribute('aria-disabled')).to.equal('false');
    expect(new FormData(formOf(map)).getAll('pain')).to.deep.equal(['neck']);
  });

  it('takes its accessible name from an associated label', async () => {
    const map = await mount(
      html`<form><label for="m">Where is your pain today?</label><bw-body-map id="m"></bw-body-map></form>`,
    );
    expect(listbox(map).getAttribute('aria-label')).to.equal('Where is your pain today?');
  });
});

describe('<bw-body-map> selection', () => {
  it('keeps a single selection unless multiple is set', async () => {
    const map = await mount(html`<bw-body-map></bw-body-map>`);
    choose(map, 'neck');
    choose(map, 'knee-left');
    await map.updateComplete;
    expect(map.selected).to.deep.equal(['knee-left']);
    expect(listbox(map).getAttribute('aria-multiselectable')).to.equal('false');
  });

  it('selects a region drawn in both views in both, from either drawing', async () => {
    const map = await mount(html`<bw-body-map multiple></bw-body-map>`);
    map
      .shadowRoot!.querySelector<SVGGElement>('[data-view="back"] [data-region="shoulder-left"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await map.updateComplete;
    for (const view of ['front', 'back']) {
      const group = map.shadowRoot!.querySelector(`[data-view="${view}"] [data-region="shoulder-left"]`)!;
      expect(group.classList.contains('selected'), view).to.equal(true);
      expect(group.querySelector('.hatch'), `${view} non-colour cue`).to.exist;
    }
  });

  it('reports selected regions, their areas and their severities', async () => {
    const map = await mount(
      html`<bw-body-map multiple severity value="shoulder-right:3 shoulder-left neck:8"></bw-body-map>`,
    );
    expect(map.selected).to.deep.equal(['shoulder-right', 'shoulder-left', 'neck']);
    expect(map.selectedAreas).to.deep.equal(['neck', 'shoulders']);
    expect(map.severities).to.deep.equal({ 'shoulder-right': 3, neck: 8 });
    map.selected = ['neck', 'hand-left'];
    await map.updateComplete;
    expect(map.value).to.equal('neck:8 hand-left');
  });

  it('fires bw-region-select with the region, its state and the new value', async () => {
    const map = await mount(html`<bw-body-map multiple value="neck"></bw-body-map>`);
    const details: unknown[] = [];
    map.addEventListener('bw-region-select', (event) => details.push(event.detail));
    choose(map, 'neck');
    choose(map, 'hip-right');
    expect(details).to.deep.equal([
      { regionId: 'neck', selected: false, severity: undefined, value: '' },
      { regionId: 'hip-right', selected: true, severity: undefined, value: 'hip-right' },
    ]);
  });

  it('fires nothing for changes made by script', async () => {
    const map = await mount(html`<bw-body-map multiple></bw-body-map>`);
    const events = recordEvents(map);
    map.value = 'neck knee-left';
    await map.updateComplete;
    map.selected = ['head'];
    await map.updateComplete;
    expect(map.selected).to.deep.equal(['head']);
    expect(events).to.deep.equal([]);
  });

  it('drops unknown ids with one warning and a bw-error, and never throws', async () => {
    const warnings = captureWarnings();
    try {
      const map = await mount(html`<bw-body-map multiple></bw-body-map>`);
      const errors: unknown[] = [];
      map.addEventListener('bw-error', (event) => errors.push(event.detail));
      map.value = 'neck elbow-middle <img src=x> knee-left:99';
      await map.updateComplete;
      expect(map.value).to.equal('neck');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ code: 'unknown-region', value: 'elbow-middle <img src=x> knee-left:99' });
      expect(warnings.calls).to.have.length(1);
      for (const junk of ['', '   ', ':::', 'neck:-1', 'constructor', '__proto__']) {
        map.value = junk;
        await map.updateComplete;
      }
      map.setAttribute('view', 'sideways');
      await map.updateComplete;
      expect(map.view).to.equal('both');
      expect(map.shadowRoot!.querySelectorAll('.view')).to.have.length(2);
    } finally {
      warnings.restore();
    }
  });

  it('keeps the first region when several are given without multiple', async () => {
    const warnings = captureWarnings();
    try {
      const map = await mount(html`<bw-body-map value="neck head"></bw-body-map>`);
      expect(map.value).to.equal('neck');
      expect(warnings.calls).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('switches between the figure and a list of the same regions, keeping the selection', async () => {
    const map = await mount(html`<bw-body-map multiple value="neck"></bw-body-map>`);
    const toggle = map.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!;
    expect(toggle.textContent!.trim()).to.equal('Show as a list');
    toggle.click();
    await map.updateComplete;
    expect(map.listView).to.equal(true);
    expect(map.shadowRoot!.querySelector('.views')).to.equal(null);
    expect(option(map, 'neck').getBoundingClientRect().width).to.be.greaterThan(50);
    expect(toggle.textContent!.trim()).to.equal('Show the body figure');
    map.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: ' ' });
    await map.updateComplete;
    expect(map.selected.length).to.equal(2);
  });
});
