// No blank timer: with no routine, or one it cannot play, the timer offers every routine to
// choose from, grouped by body area, each with its length and where it is done.
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/provider.js';
import '../../src/body-map.js';
import type { BwProvider } from '../../src/provider.js';
import type { BwStretchTimer } from '../../src/stretch-timer.js';
import { areas } from '../../src/data/areas.js';
import { routines } from '../../src/data/routines.js';
import { routineDurationSeconds } from '../../src/data/sequence.js';
import { routineGroups, routinePlaces } from '../../src/data/query.js';
import { captureWarnings, html, mount } from './helpers.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const choices = (el: BwStretchTimer) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="choice"]')];
const groupTitles = (el: BwStretchTimer) => [...el.shadowRoot!.querySelectorAll('[part~="group-title"]')].map(text);

describe('<bw-stretch-timer> routine chooser', () => {
  it('with no routine: every routine once, grouped by area head to feet, each with its length and place', async () => {
    const el = await mount(html`<bw-stretch-timer></bw-stretch-timer>`);
    expect(text(el.shadowRoot!.querySelector('[part~="chooser-title"]'))).to.equal('Choose a routine');
    const buttons = choices(el);
    expect(buttons.map((b) => text(b.querySelector('.choice-title'))).sort()).to.deep.equal(
      routines.map((r) => r.title).sort(),
    );
    const expectedGroups = routineGroups({ areas, routines }).map((g) => g.area!.name);
    expect(groupTitles(el)).to.deep.equal(expectedGroups);
    expect(expectedGroups).to.deep.equal(areas.map((a) => a.name).filter((n) => expectedGroups.includes(n)));
    for (const r of routines) {
      const button = buttons.find((b) => text(b.querySelector('.choice-title')) === r.title)!;
      const minutes = Math.max(1, Math.round(routineDurationSeconds(r) / 60));
      const meta = text(button.querySelector('.choice-meta'));
      expect(meta, r.id).to.contain(minutes === 1 ? 'About 1 minute' : `About ${minutes} minutes`);
      const words = { standing: 'standing', chair: 'in a chair', bed: 'in bed', floor: 'on the floor' };
      for (const place of routinePlaces(r)) expect(meta, r.id).to.contain(words[place]);
    }
    await expect(el).to.be.accessible();
  });

  it('“Where can you do it?” keeps only the routines done wholly in that place, by keyboard', async () => {
    const el = await mount(html`<bw-stretch-timer></bw-stretch-timer>`);
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="places"] input[type="radio"]')];
    const labels = radios.map((r) => text(r.closest('label')));
    expect(labels).to.deep.equal(['Anywhere', 'Standing', 'In a chair', 'In bed', 'On the floor']);
    expect(radios[0]!.checked).to.equal(true);
    const titles = () =>
      choices(el)
        .map((b) => text(b.querySelector('.choice-title')))
        .sort();
    for (const [i, place] of (['standing', 'chair', 'bed', 'floor'] as const).entries()) {
      radios[i + 1]!.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(radios[i + 1]!.checked, place).to.equal(true);
      const expected = routines.filter((r) => routinePlaces(r).every((p) => p === place)).map((r) => r.title);
      expect(titles(), place).to.deep.equal([...expected].sort());
      if (!expected.length)
        expect(text(el.shadowRoot!.querySelector('.none'))).to.contain('No routine is done wholly there');
    }
    const bed = routines.filter((r) => routinePlaces(r).every((p) => p === 'bed'));
    expect(bed.length, 'routines for people who cannot get up').to.be.greaterThan(1);
    radios[0]!.click();
    await el.updateComplete;
    expect(choices(el)).to.have.length(routines.length);
    await expect(el).to.be.accessible();
  });

  it('a choice loads the routine, ready to start, with focus on its title', async () => {
    const el = await mount(html`<bw-stretch-timer></bw-stretch-timer>`);
    const knee = routines.find((r) => r.areas.includes('knees'))!;
    const button = choices(el).find((b) => text(b).includes(knee.title))!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.routine).to.equal(knee.id);
    const title = el.shadowRoot!.querySelector('[part~="title"]')!;
    expect(text(title)).to.equal(knee.title);
    expect(el.shadowRoot!.activeElement).to.equal(title);
    expect(choices(el)).to.have.length(0);
    expect(el.start()).to.equal(true);
    el.reset();
  });

  it('with an unknown id: the message, one report, and the chooser below it', async () => {
    const warnings = captureWarnings();
    try {
      const codes: string[] = [];
      const listen = (e: Event) => codes.push((e as CustomEvent).detail.code);
      document.addEventListener('bw-error', listen);
      const el = await mount(html`<bw-stretch-timer routine="no-such"></bw-stretch-timer>`);
      document.removeEventListener('bw-error', listen);
      expect(codes).to.deep.equal(['unknown-routine']);
      expect(text(el.shadowRoot!.querySelector('[part~="error"]'))).to.contain('There is no routine called “no-such”.');
      expect(choices(el)).to.have.length(routines.length);
      expect(warnings.calls).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('inside a provider, offers first the routines for the areas chosen on its body map', async () => {
    const provider = await fixture<BwProvider>(
      html`<bw-provider>
        <bw-stretch-timer></bw-stretch-timer>
      </bw-provider>`,
    );
    const el = provider.querySelector<BwStretchTimer>('bw-stretch-timer')!;
    provider.select(['knee-left']);
    await provider.updateComplete;
    await el.updateComplete;
    expect(groupTitles(el)[0]).to.equal('For Knees');
    const first = routineGroups({ areas, routines }, ['knees'])[0]!.routines.map((r) => r.title);
    expect(first.length).to.be.greaterThan(0);
    const shown = choices(el).map((b) => text(b.querySelector('.choice-title')));
    expect(shown.slice(0, first.length)).to.deep.equal(first);
    expect(new Set(shown).size, 'each routine once').to.equal(routines.length);
  });
});
