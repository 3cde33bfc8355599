import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emit } from '../../src/internal/events.js';

describe('emit', () => {
  it('fires a bw- event that bubbles out of a shadow root to the document, with its detail', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    const heard = oneEvent(document, 'bw-error');
    emit(inner, 'bw-error', { code: 'test', message: 'Something happened', value: 'x' });
    const event = await heard;
    expect(event.detail).to.deep.equal({ code: 'test', message: 'Something happened', value: 'x' });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
  });

  it('reports cancellation only when the event is cancelable', async () => {
    const target = await fixture<HTMLDivElement>(html`<div></div>`);
    target.addEventListener('bw-error', (event) => event.preventDefault());
    expect(emit(target, 'bw-error', { code: 'a', message: 'b' })).to.equal(true);
    expect(emit(target, 'bw-error', { code: 'a', message: 'b' }, { cancelable: true })).to.equal(false);
  });
});
