import { expect } from '@open-wc/testing';
import { techniques } from '../../src/data/techniques.js';
import * as everyTechnique from '../../stories/technique-card/every-technique.stories.js';

describe('technique card stories', () => {
  it('has one story for each technique in the dataset', () => {
    const stories = Object.entries(everyTechnique).filter(([key]) => key !== 'default');
    const ids = stories.map(([, story]) => (story as { args: { technique: string } }).args.technique);
    expect([...ids].sort()).to.deep.equal(techniques.map((t) => t.id).sort());
    for (const [, story] of stories) {
      const { name, args } = story as { name: string; args: { technique: string } };
      expect(name).to.equal(techniques.find((t) => t.id === args.technique)!.name);
    }
  });
});
