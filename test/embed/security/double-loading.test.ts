// The library loaded twice on one page, as happens when a plugin and a theme each add it:
// the same build twice, the classic build after the module build, and two different versions.
// No error may escape, at most one console warning (only for two versions), and every element
// must still work: the first copy's elements are kept and serve the page.
import { expect } from '@open-wc/testing';
import {
  FakeClock,
  type BwBodyMap,
  type BwProvider,
  type BwStretchTimer,
  type BwTechniqueCard,
  type BwTechniqueList,
  type HostPage,
  TAGS,
  clickRegion,
  closePages,
  listed,
  openPage,
  part,
  settle,
  text,
} from './helpers.js';

type Copy = Record<string, unknown> & { VERSION: string; registerTranslation: (...t: object[]) => void };
type DoublePage = HostPage & { win: HostPage['win'] & { bwCopies: Copy[]; litElementVersions?: string[] } };

/** Selects a region, checks the list follows, opens a card's details and runs the timer a little. */
async function expectEveryElementWorks(page: HostPage) {
  const { doc } = page;
  const map = doc.querySelector<BwBodyMap>('#map')!;
  const list = doc.querySelector<BwTechniqueList>('#list')!;
  const timer = doc.querySelector<BwStretchTimer>('#timer')!;
  const card = doc.querySelector<BwTechniqueCard>('#card')!;
  const provider = doc.querySelector<BwProvider>('#journey')!;

  // Body map → provider → list: the list narrows to the techniques for the neck.
  const all = listed(list);
  expect(all.length, 'techniques before choosing').to.be.greaterThan(3);
  clickRegion(map, 'neck');
  await settle(doc);
  expect(map.value).to.equal('neck');
  expect([...provider.selection.regions]).to.deep.equal(['neck']);
  const forNeck = listed(list);
  expect(forNeck.length, 'techniques for the neck').to.be.within(1, all.length - 1);
  expect(text(part(list, 'count'))).to.match(/Neck/);

  // A card's details open.
  part(card, 'more-button')!.click();
  await settle(doc);
  expect(Boolean(part(card, 'how')), 'card details shown').to.equal(true);

  // The timer starts, and time moves it on to the first step.
  const clock = new FakeClock();
  timer.clock = clock;
  await settle(doc);
  const steps: string[] = [];
  timer.addEventListener('bw-step-change', (event) =>
    steps.push((event as CustomEvent<{ phase: string }>).detail.phase),
  );
  part(timer, 'primary')!.click();
  await settle(doc);
  expect(timer.state).to.equal('running');
  clock.advance(20_000);
  await settle(doc);
  expect(steps.slice(0, 2)).to.deep.equal(['prep', 'hold']);
}

/** A small French translation, enough to see it applied. */
const french = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
  showAsList: 'Afficher en liste',
  timerStart: 'Commencer',
};

afterEach(closePages);

const cases = [
  { name: 'double-module.html', what: 'the module build twice (once under another address)', warnings: 0 },
  { name: 'double-classic.html', what: 'the classic build after the module build', warnings: 0 },
  { name: 'double-versions.html', what: 'two versions of the library', warnings: 1 },
] as const;

describe('the library loaded twice', () => {
  for (const { name, what, warnings } of cases) {
    describe(what, () => {
      it(`no uncaught error, ${warnings ? 'one warning naming both versions' : 'no warning'}, the first copy's elements kept`, async () => {
        const page = (await openPage(name)) as DoublePage;
        const { win, record } = page;
        // Both copies really ran: each brings its own Lit, which announces itself.
        expect(win.litElementVersions, 'copies of Lit evaluated').to.have.length(2);
        const [first, second] = win.bwCopies;
        expect(first?.VERSION).to.be.a('string');
        expect(second?.VERSION).to.be.a('string');
        for (const tag of TAGS) {
          const kept = win.customElements.get(tag);
          expect(Object.values(first!).includes(kept), `<${tag}> from the first copy`).to.equal(true);
        }
        expect(record.errors, 'uncaught errors').to.deep.equal([]);
        expect(record.consoleErrors, 'console errors').to.deep.equal([]);
        expect(record.warnings, 'console warnings').to.have.length(warnings);
        if (warnings) {
          expect(second!.VERSION).to.not.equal(first!.VERSION);
          expect(record.warnings[0]).to.include(first!.VERSION).and.to.include(second!.VERSION);
        }
      });

      it('every element works: a region selected, the list follows, a card opens, the timer runs', async () => {
        const page = await openPage(name);
        await expectEveryElementWorks(page);
        expect(page.record.errors, 'uncaught errors').to.deep.equal([]);
        expect(page.record.consoleErrors, 'console errors').to.deep.equal([]);
      });

      for (const index of [0, 1]) {
        it(`a translation registered through the ${index ? 'second' : 'first'} copy reaches the elements`, async () => {
          const page = (await openPage(name)) as DoublePage;
          const { doc, win } = page;
          win.bwCopies[index]!.registerTranslation(french);
          doc.documentElement.lang = 'fr';
          await settle(doc);
          const map = doc.querySelector('#map')!;
          const timer = doc.querySelector('#timer')!;
          expect(text(part(map, 'toggle'))).to.equal('Afficher en liste');
          expect(text(part(timer, 'primary'))).to.equal('Commencer');
        });
      }
    });
  }
});
