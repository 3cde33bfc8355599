import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/internal/version.js';
import { BwElement } from '../../src/internal/base-element.js';

describe('version', () => {
  it('matches package.json, so two copies on a page can tell each other apart', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
    expect(BwElement.version).to.equal(pkg.version);
  });
});
