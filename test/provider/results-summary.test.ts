// After a choice on the body map, when the technique list is out of view (a phone, where it is a
// screen or two below the figure), the provider says what was found and offers to show it.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/body-map.js';
import '../../src/technique-card.js';
import '../../src/provider.js';
import type { BwBodyMap } from '../../src/body-map.js';
import type { BwTechniqueList } from '../../src/technique-card.js';
import type { BwProvider } from '../../src/provider.js';
import { dataset } from '../../src/data/dataset.js';
import { rankTechniques } from '../../src/data/query.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const region = (provider: BwProvider) => provider.shadowRoot!.querySelector<HTMLElement>('[part="results"]')!;

/** A page where the list is far below the map, as on a phone, or (`beside`) next to it, as on a desktop. */
async function page(
  layout: 'below' | 'beside',
): Promise<{ provider: BwProvider; map: BwBodyMap; list: BwTechniqueList }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div class=${layout}>
      <style>
        .below .far {
          block-size: 200vh;
        }
        .beside {
          display: grid;
          grid-template-columns: 1fr 1fr;
        }
      </style>
      <bw-provider>
        <bw-body-map></bw-body-map>
        ${layout === 'below' ? html`<div class="far"></div>` : ''}
        <bw-technique-list></bw-technique-list>
      </bw-provider>
    </div>`,
  );
  const provider = wrapper.querySelector<BwProvider>('bw-provider')!;
  const map = provider.querySelector<BwBodyMap>('bw-body-map')!;
  const list = provider.querySelector<BwTechniqueList>('bw-technique-list')!;
  await map.updateComplete;
  await list.updateComplete;
  window.scrollTo(0, 0);
  return { provider, map, list };
}

/** Chooses Neck with the keyboard, as a visitor would. */
async function chooseNeck(map: BwBodyMap): Promise<void> {
  map.focus();
  await sendKeys({ press: 'n' });
  await sendKeys({ press: 'Enter' });
  await map.updateComplete;
}

describe('<bw-provider> results summary', () => {
  it('is a polite live region, empty until a choice', async () => {
    const { provider } = await page('below');
    expect(region(provider).getAttribute('role')).to.equal('status');
    expect(text(region(provider))).to.equal('');
  });

  it('after a choice with the list out of view: says what was found, and “Show them” takes focus to the list', async () => {
    const { provider, map, list } = await page('below');
    await chooseNeck(map);
    await provider.updateComplete;
    const { typical, more } = rankTechniques(dataset, ['neck']);
    const summary = region(provider);
    expect(text(summary)).to.contain(
      `${typical.length} techniques often used for Neck, of ${typical.length + more.length}`,
    );
    const button = provider.shadowRoot!.querySelector<HTMLButtonElement>('[part="results-button"]')!;
    expect(text(button)).to.equal('Show them');
    const box = button.getBoundingClientRect();
    expect(box.bottom, 'on screen').to.be.at.most(innerHeight);
    expect(box.top).to.be.at.least(0);
    // Its words match the list's own count.
    await list.updateComplete;
    const count = list.shadowRoot!.querySelector<HTMLElement>('[part="count"]')!;
    expect(text(summary)).to.contain(text(count));

    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => list.shadowRoot!.activeElement === count, 'focus moves to the list’s count');
    expect(Math.abs(count.getBoundingClientRect().top)).to.be.lessThan(2);
    await waitUntil(() => text(region(provider)) === '', 'the summary goes');
  });

  it('says nothing when the list is already in view', async () => {
    const { provider, map } = await page('beside');
    await chooseNeck(map);
    await provider.updateComplete;
    expect(text(region(provider))).to.equal('');
  });

  it('goes when the visitor scrolls the list into view, and when the choice is cleared', async () => {
    const { provider, map, list } = await page('below');
    await chooseNeck(map);
    await provider.updateComplete;
    expect(text(region(provider))).not.to.equal('');
    list.scrollIntoView();
    await waitUntil(() => text(region(provider)) === '', 'gone once the list shows');
    window.scrollTo(0, 0);
    const toggle = async () => {
      await sendKeys({ press: 'Enter' }); // Neck still has focus in the map
      await map.updateComplete;
      await provider.updateComplete;
    };
    await toggle(); // un-chosen
    expect(map.selected).to.deep.equal([]);
    expect(text(region(provider))).to.equal('');
    await toggle(); // chosen again, the list out of view again
    expect(text(region(provider))).not.to.equal('');
    await toggle(); // cleared
    expect(text(region(provider))).to.equal('');
  });
});
