// `bodywork-elements/react` used the way a React app uses it: rendered with react-dom's createRoot,
// props passed as JSX would (React.createElement), the user acting with the keyboard.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { StrictMode, createElement as h, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { BodyMap, Provider, StretchTimer, TechniqueCard, TechniqueList } from '../../src/react.js';
import { BwBodyMap, type RegionSelectDetail } from '../../src/body-map.js';
import { BwStretchTimer, type StepChangeDetail } from '../../src/stretch-timer.js';
import { BwTechniqueCard, BwTechniqueList, type TryRoutineDetail } from '../../src/technique-card.js';
import { BwProvider, type SelectionChangeDetail } from '../../src/provider.js';
import { dataset } from '../../src/data/dataset.js';
import { rankTechniques } from '../../src/data/query.js';
import { FakeClock, TEST_ROUTINE } from '../stretch-timer/helpers.js';

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  root.unmount();
  container.remove();
});

/** Renders and commits at once, so the elements are in the page with their props set. */
async function render(node: ReactNode): Promise<void> {
  flushSync(() => root.render(node));
  await settle();
}

/** Waits until every element in the container, and every card inside a list, has rendered. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const els = [...container.querySelectorAll('*')].flatMap((el) => [
      el,
      ...(el.shadowRoot ? [...el.shadowRoot.querySelectorAll('bw-technique-card')] : []),
    ]);
    await Promise.all(els.map((el) => (el as Partial<BwBodyMap>).updateComplete));
  }
}

const one = <T extends Element>(selector: string) => container.querySelector(selector) as T;
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const nameOf = (technique: string) => dataset.techniques.find((t) => t.id === technique)!.name;
const shown = (list: BwTechniqueList) =>
  [...list.shadowRoot!.querySelectorAll<BwTechniqueCard>('bw-technique-card')].map((card) => card.technique);
const ariaSelected = (map: BwBodyMap) =>
  [...map.shadowRoot!.querySelectorAll('[role="option"][aria-selected="true"]')].map((o) => o.id);

/** Chooses the first region whose name starts with `letter`, by keyboard: focus, type, Enter. */
async function choose(map: BwBodyMap, letter: string): Promise<void> {
  map.focus();
  await map.updateComplete;
  await sendKeys({ press: letter });
  await map.updateComplete;
  await sendKeys({ press: 'Enter' });
  await map.updateComplete;
}

/** Records console.warn and console.error (React reports misuse there) until `restore()`. */
function captureConsole() {
  const calls: unknown[][] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => calls.push(args);
  console.error = (...args: unknown[]) => calls.push(args);
  return { calls, restore: () => Object.assign(console, { warn, error }) };
}

describe('bodywork-elements/react', () => {
  it('renders each wrapper as its upgraded custom element, with no warning from React or the elements', async () => {
    const errors: Event[] = [];
    const logged = captureConsole();
    try {
      await render(
        h(
          'div',
          null,
          h(BodyMap, { onBwError: (e) => errors.push(e) }),
          h(TechniqueCard, { technique: 'swedish', onBwError: (e) => errors.push(e) }),
          h(TechniqueList, { area: 'neck', onBwError: (e) => errors.push(e) }),
          h(StretchTimer, { routine: 'neck-release', onBwError: (e) => errors.push(e) }),
          h(Provider, { onBwError: (e) => errors.push(e) }),
        ),
      );
    } finally {
      logged.restore();
    }
    const classes = {
      'bw-body-map': BwBodyMap,
      'bw-technique-card': BwTechniqueCard,
      'bw-technique-list': BwTechniqueList,
      'bw-stretch-timer': BwStretchTimer,
      'bw-provider': BwProvider,
    };
    for (const [tag, elementClass] of Object.entries(classes)) {
      const el = container.querySelector(`:scope > div > ${tag}`);
      expect(el, tag).to.be.instanceOf(elementClass);
      expect(el!.matches(':defined'), `${tag} is defined`).to.equal(true);
      expect(el!.shadowRoot, `${tag} has rendered its shadow root`).to.not.equal(null);
    }
    expect(part(one('bw-body-map'), 'listbox')).to.not.equal(null);
    expect(errors).to.deep.equal([]);
    expect(logged.calls).to.deep.equal([]);
  });

  it('BodyMap: `value` and `multiple` arrive as properties and select the regions, for assistive technology too', async () => {
    await render(h(BodyMap, { multiple: true, value: 'neck shoulder-left' }));
    const map = one<BwBodyMap>('bw-body-map');
    expect(map.multiple).to.equal(true);
    expect(map.selected).to.deep.equal(['neck', 'shoulder-left']);
    expect(part(map, 'listbox')!.getAttribute('aria-multiselectable')).to.equal('true');
    expect(ariaSelected(map)).to.have.members(['option-neck', 'option-shoulder-left']);

    // A new value from React state replaces the selection.
    await render(h(BodyMap, { multiple: true, value: 'knee-right' }));
    expect(one('bw-body-map')).to.equal(map, 'the same element, updated, not a new one');
    expect(ariaSelected(map)).to.deep.equal(['option-knee-right']);
  });

  it('TechniqueCard: `technique` shows that technique, and a new one when the prop changes', async () => {
    await render(h(TechniqueCard, { technique: 'swedish' }));
    const card = one<BwTechniqueCard>('bw-technique-card');
    expect(text(part(card, 'title'))).to.equal(nameOf('swedish'));
    await render(h(TechniqueCard, { technique: 'trigger-point' }));
    expect(text(part(card, 'title'))).to.equal(nameOf('trigger-point'));
  });

  it('TechniqueList: an `areas` array arrives as a property and filters the cards', async () => {
    await render(h(TechniqueList, { areas: ['neck'] }));
    const expected = rankTechniques(dataset, ['neck']).typical.map((t) => t.id);
    expect(expected.length).to.be.within(1, dataset.techniques.length - 1);
    expect(shown(one('bw-technique-list'))).to.deep.equal(expected);
  });

  it('StretchTimer: `routine` shows that routine, given by id or as an object', async () => {
    const bundled = dataset.routines.find((r) => r.id === 'neck-release')!;
    await render(h(StretchTimer, { routine: 'neck-release' }));
    const timer = one<BwStretchTimer>('bw-stretch-timer');
    expect(text(part(timer, 'title'))).to.equal(bundled.title);
    // An object can only arrive as a property: as an attribute it would be "[object Object]".
    await render(h(StretchTimer, { routine: TEST_ROUTINE }));
    expect(text(part(timer, 'title'))).to.equal(TEST_ROUTINE.title);
  });

  it('onBwRegionSelect gets the typed CustomEvent when the user chooses a region with the keyboard', async () => {
    const selects: CustomEvent<RegionSelectDetail>[] = [];
    let changes = 0;
    // In StrictMode, as most apps are: React runs effects twice there, and listeners must not double.
    await render(
      h(StrictMode, null, h(BodyMap, { onBwRegionSelect: (e) => selects.push(e), onChange: () => changes++ })),
    );
    const map = one<BwBodyMap>('bw-body-map');
    await choose(map, 'n');
    expect(selects).to.have.length(1);
    const [event] = selects;
    expect(event).to.be.instanceOf(CustomEvent);
    expect(event!.type).to.equal('bw-region-select');
    expect(event!.detail).to.deep.include({ regionId: 'neck', selected: true, value: 'neck' });
    expect(changes, 'onChange once per choice, not also by React').to.equal(1);
  });

  it('a replaced handler is no longer called, and neither is one that was removed', async () => {
    const calls: string[] = [];
    await render(h(BodyMap, { onBwRegionSelect: () => calls.push('first') }));
    const map = one<BwBodyMap>('bw-body-map');
    await choose(map, 'n');
    await render(h(BodyMap, { onBwRegionSelect: () => calls.push('second') }));
    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    await render(h(BodyMap, {}));
    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    expect(map.selected, 'the map still works: three choices').to.deep.equal(['neck']);
    expect(calls).to.deep.equal(['first', 'second']);
  });

  it('onBwTryRoutine fires from a card’s “Try at home”, with the routine and the technique', async () => {
    const tries: TryRoutineDetail[] = [];
    await render(h(TechniqueCard, { technique: 'trigger-point', onBwTryRoutine: (e) => tries.push(e.detail) }));
    const card = one<BwTechniqueCard>('bw-technique-card');
    part(card, 'try-routine')!.focus();
    await sendKeys({ press: 'Enter' });
    const routine = dataset.techniques.find((t) => t.id === 'trigger-point')!.routines[0]!;
    expect(tries).to.deep.equal([{ routineId: routine, techniqueId: 'trigger-point' }]);
  });

  it('unmounting removes the elements; a running timer stops and its handlers are not called again', async () => {
    const clock = new FakeClock();
    const steps: StepChangeDetail[] = [];
    let completed = 0;
    await render(
      h(StretchTimer, {
        routine: TEST_ROUTINE,
        clock,
        onBwStepChange: (e) => steps.push(e.detail),
        onBwTimerComplete: () => completed++,
      }),
    );
    const timer = one<BwStretchTimer>('bw-stretch-timer');
    part(timer, 'primary')!.click();
    clock.advance(4000);
    await timer.updateComplete;
    expect(steps.map((s) => s.phase)).to.deep.equal(['prep', 'hold']);
    expect(clock.pending, 'the timer is waiting for the next phase').to.be.above(0);

    root.unmount();
    expect(container.children).to.have.length(0);
    expect(timer.isConnected).to.equal(false);
    expect(clock.pending, 'no timer left behind').to.equal(0);
    clock.advance(60_000);
    await timer.updateComplete;
    expect(steps).to.have.length(2);
    expect(completed).to.equal(0);
  });

  it('Provider around BodyMap and TechniqueList: choosing a region by keyboard filters the list', async () => {
    const changes: SelectionChangeDetail[] = [];
    await render(
      h(
        Provider,
        { onBwSelectionChange: (e) => changes.push(e.detail) },
        h(BodyMap, { multiple: true }),
        h(TechniqueList),
      ),
    );
    const list = one<BwTechniqueList>('bw-technique-list');
    expect(shown(list)).to.have.length(dataset.techniques.length);

    await choose(one<BwBodyMap>('bw-body-map'), 'n');
    const expected = rankTechniques(dataset, ['neck']).typical.map((t) => t.id);
    await waitUntil(async () => {
      await settle();
      return shown(list).length === expected.length;
    }, 'the list follows the body map');
    expect(shown(list)).to.deep.equal(expected);
    expect(changes).to.deep.equal([{ regions: ['neck'], areas: ['neck'] }]);
  });
});
