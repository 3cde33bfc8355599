import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define.js';

let counter = 0;
const uniqueTag = () => `bw-define-test-${++counter}-${Math.random().toString(36).slice(2, 7)}`;

function elementOfVersion(version: string) {
  return class extends HTMLElement {
    static readonly version = version;
  };
}

function captureWarnings(run: () => void): unknown[][] {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return calls;
}

describe('defineElement', () => {
  it('registers a free tag', () => {
    const tag = uniqueTag();
    const Element = elementOfVersion('1.0.0');
    defineElement(tag, Element);
    expect(customElements.get(tag)).to.equal(Element);
    expect(document.createElement(tag)).to.be.instanceOf(Element);
  });

  it('reuses an element of the same version silently when loaded twice', () => {
    const tag = uniqueTag();
    const First = elementOfVersion('1.0.0');
    const Second = elementOfVersion('1.0.0');
    const warnings = captureWarnings(() => {
      defineElement(tag, First);
      defineElement(tag, Second);
    });
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.have.length(0);
  });

  it('keeps the first version and warns once, naming both versions, when another version loads', () => {
    const tags = [uniqueTag(), uniqueTag(), uniqueTag()];
    const old = tags.map(() => elementOfVersion('9.1.0'));
    const newer = tags.map(() => elementOfVersion('9.2.0'));
    const warnings = captureWarnings(() => {
      tags.forEach((tag, i) => defineElement(tag, old[i]!));
      tags.forEach((tag, i) => defineElement(tag, newer[i]!));
    });
    tags.forEach((tag, i) => expect(customElements.get(tag)).to.equal(old[i]));
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('9.1.0').and.to.contain('9.2.0');
  });

  it('never throws, even when the class is already registered under another tag', () => {
    const Element = elementOfVersion('1.0.0');
    defineElement(uniqueTag(), Element);
    const warnings = captureWarnings(() => expect(() => defineElement(uniqueTag(), Element)).not.to.throw());
    expect(warnings).to.have.length(1);
  });
});
