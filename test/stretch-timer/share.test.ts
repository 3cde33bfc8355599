// Share a routine: "Copy a link to this routine" gives an address whose fragment holds the
// routine; a page opened with it (or a timer given the code) loads it after checking it.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/stretch-timer.js';
import type { BwStretchTimer } from '../../src/stretch-timer.js';
import { routines } from '../../src/data/routines.js';
import { decodeRoutine, encodeRoutine, routineFragment, routineFromFragment } from '../../src/data/routine-share.js';
import type { Routine } from '../../src/data/types.js';
import { captureWarnings, stubProperty } from './helpers.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function mountTimer(template = html`<bw-stretch-timer routine="neck-release"></bw-stretch-timer>`) {
  const el = await fixture<BwStretchTimer>(template);
  await el.updateComplete;
  return el;
}

/** A custom routine, as a clinic might write one. */
function custom(): Routine {
  const r = structuredClone(routines.find((x) => x.id === 'neck-release')!);
  r.id = 'desk-break';
  r.title = 'Desk break — two minutes';
  return r;
}

describe('<bw-stretch-timer> share a routine', () => {
  let restoreHash: string;
  beforeEach(() => (restoreHash = location.href));
  afterEach(() => history.replaceState(null, '', restoreHash));

  it('“Copy a link to this routine” copies this page’s address with the routine in its fragment', async () => {
    const copied: string[] = [];
    const restore = stubProperty(navigator, 'clipboard', { writeText: async (t: string) => void copied.push(t) });
    try {
      const el = await mountTimer();
      el.routine = custom();
      await el.updateComplete;
      const button = part(el, 'share-button') as HTMLButtonElement;
      expect(text(button)).to.equal('Copy a link to this routine');
      button.click();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(copied).to.have.length(1);
      const link = new URL(copied[0]!);
      expect(link.origin + link.pathname).to.equal(location.origin + location.pathname);
      expect(routineFromFragment(link.hash)!.routine).to.deep.equal(custom());
      expect(text(part(el, 'share'))).to.contain('Link copied.');
    } finally {
      restore();
    }
  });

  it('without a clipboard, shows the link in a field, selected, to copy by hand', async () => {
    const restore = stubProperty(navigator, 'clipboard', {
      writeText: () => Promise.reject(new Error('denied')),
    });
    try {
      const el = await mountTimer();
      part(el, 'share-button')!.click();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      await el.updateComplete;
      const field = part(el, 'share-field') as HTMLInputElement;
      expect(field.readOnly).to.equal(true);
      expect(decodeRoutine(field.value.split('#routine=')[1]!).routine!.id).to.equal('neck-release');
      expect(el.shadowRoot!.activeElement).to.equal(field);
      expect(field.selectionEnd! - field.selectionStart!).to.equal(field.value.length);
    } finally {
      restore();
    }
  });

  it('a timer given a shared code as its routine plays that routine', async () => {
    const code = encodeRoutine(custom());
    const el = await mountTimer(html`<bw-stretch-timer routine=${code}></bw-stretch-timer>`);
    expect(text(part(el, 'title'))).to.equal('Desk break — two minutes');
    expect(el.start()).to.equal(true);
    el.reset();
  });

  it('a broken code: a message with the path, one report, nothing runs', async () => {
    const warnings = captureWarnings();
    try {
      const broken = { ...custom(), steps: [{ ...custom().steps[0]!, holdSeconds: -5 }] };
      const code = encodeRoutine(broken as Routine);
      const errors: CustomEvent[] = [];
      const listen = (e: Event) => errors.push(e as CustomEvent);
      document.addEventListener('bw-error', listen);
      const el = await mountTimer(html`<bw-stretch-timer routine=${code}></bw-stretch-timer>`);
      document.removeEventListener('bw-error', listen);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.errors.map((e: { path: string }) => e.path)).to.include('steps[0].holdSeconds');
      expect(text(part(el, 'error'))).to.contain('The routine in this link cannot be played.');
      expect(text(part(el, 'error'))).to.contain('steps[0].holdSeconds');
      expect(el.start()).to.equal(false);
      expect(warnings.calls).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('a page opened with #routine=… loads it into its first timer, over the routine attribute', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}${routineFragment(custom())}`);
    const el = await mountTimer();
    expect(text(part(el, 'title'))).to.equal('Desk break — two minutes');
    expect(el.start()).to.equal(true);
    el.reset();
  });

  it('a page opened with a broken #routine=… keeps its own routine, shows the problem and runs nothing from it', async () => {
    const warnings = captureWarnings();
    try {
      history.replaceState(null, '', `${location.pathname}${location.search}#routine=1.broken!`);
      const el = await mountTimer();
      expect(text(part(el, 'error'))).to.contain('The routine in this link cannot be played.');
      expect(text(part(el, 'title'))).to.equal(routines.find((r) => r.id === 'neck-release')!.title);
      expect(warnings.calls).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('ignores a page fragment that holds no routine', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#section-2`);
    const el = await mountTimer();
    expect(part(el, 'error')).to.equal(null);
    expect(el.routine).to.equal('neck-release');
  });
});
