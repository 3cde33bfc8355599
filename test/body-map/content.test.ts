import { expect } from '@open-wc/testing';
import { dataset } from '../../src/data/dataset.js';
import { selectionContent } from '../../src/data/query.js';
import { html, mount, choose } from './helpers.js';

describe('<bw-body-map> content link', () => {
  it('gives the areas, techniques and conditions for the selection', async () => {
    const map = await mount(html`<bw-body-map multiple value="knee-left neck"></bw-body-map>`);
    const content = selectionContent(dataset, map.selected);
    expect(content.areas.map((a) => a.id)).to.have.members(['neck', 'knees']);
    expect(content.techniques.length).to.be.greaterThan(0);
    expect(content.conditions.length).to.be.greaterThan(0);
    for (const technique of content.techniques) {
      expect(
        technique.areas.some((a) => a === 'neck' || a === 'knees'),
        technique.id,
      ).to.equal(true);
    }
    for (const condition of content.conditions) {
      expect(
        condition.areas.some((a) => a === 'neck' || a === 'knees'),
        condition.id,
      ).to.equal(true);
    }
  });

  it('follows the selection as it changes, and is empty with nothing chosen', async () => {
    const map = await mount(html`<bw-body-map></bw-body-map>`);
    expect(selectionContent(dataset, map.selected)).to.deep.equal({ areas: [], techniques: [], conditions: [] });
    choose(map, 'foot-right');
    await map.updateComplete;
    expect(selectionContent(dataset, map.selected).areas.map((a) => a.id)).to.deep.equal(['feet-ankles']);
  });
});
