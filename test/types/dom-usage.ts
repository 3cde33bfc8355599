// Compile-time checks of what a TypeScript user of the npm package gets without any framework:
// the tag names map to the element classes and `bw-` events are typed on every element. This reads
// the sources, from which dist/*.d.ts are emitted unchanged (the program also holds dist/*.d.ts,
// through the Vue and Svelte typings, and the two copies of each class are distinct types).
// Nothing here runs (the test runner only loads *.test.ts files).
import type { BwBodyMap, RegionSelectDetail } from '../../src/body-map.js';
import type { BwStretchTimer } from '../../src/stretch-timer.js';
import type { BwProvider } from '../../src/provider.js';
import type { BwTechniqueCard, BwTechniqueList, TryRoutineDetail } from '../../src/technique-card.js';

/** True only when A and B are the same type (`any` is not the same as anything else). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

/** `document.createElement`, `querySelector` and friends know every tag. */
export type Tags = [
  Expect<Equal<HTMLElementTagNameMap['bw-body-map'], BwBodyMap>>,
  Expect<Equal<HTMLElementTagNameMap['bw-technique-card'], BwTechniqueCard>>,
  Expect<Equal<HTMLElementTagNameMap['bw-technique-list'], BwTechniqueList>>,
  Expect<Equal<HTMLElementTagNameMap['bw-stretch-timer'], BwStretchTimer>>,
  Expect<Equal<HTMLElementTagNameMap['bw-provider'], BwProvider>>,
];

/** Never called: the listeners below must type-check as a user would write them. */
export function listen(): void {
  const map: BwBodyMap = document.createElement('bw-body-map');
  map.multiple = true;
  map.addEventListener('bw-region-select', (e) => {
    const detail: RegionSelectDetail = e.detail;
    console.log(detail.regionId, e.detail.selected);
  });
  // @ts-expect-error `multiple` is a boolean property
  map.multiple = 'yes';

  const list = document.querySelector('bw-technique-list');
  list?.addEventListener('bw-try-routine', (e) => {
    const detail: TryRoutineDetail = e.detail;
    e.preventDefault();
    console.log(detail.routineId);
  });
  // @ts-expect-error a bw-error detail has a code and a message, no regionId
  map.addEventListener('bw-error', (e) => e.detail.regionId);

  // The events bubble out of shadow roots: listeners on document and window are typed too.
  document.addEventListener('bw-selection-change', (e) => console.log(e.detail.areas.join(', ')));
  window.addEventListener('bw-timer-complete', (e) => console.log(e.detail.routineId, e.detail.elapsedMs));
  // @ts-expect-error a bw-timer-complete detail has no regionId
  document.addEventListener('bw-timer-complete', (e) => e.detail.regionId);
}
