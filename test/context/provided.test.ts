// `Provided`, the controller every element reads a provider context with: what a visitor would
// notice when an element is inside a provider, moved out of it, moved into another, or on a page
// where the provider's script runs last.
import { ContextProvider, createContext } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, ReactiveElement } from 'lit';
import { Provided } from '../../src/context/provided.js';

const colour = createContext<string, 'test/colour'>('test/colour');

/** A provider of `colour`: the value of its `value` attribute when it connects. */
class TestColourProvider extends ReactiveElement {
  readonly provider = new ContextProvider(this, { context: colour });

  override connectedCallback(): void {
    this.provider.setValue(this.getAttribute('value') ?? '');
    super.connectedCallback();
  }
}

/** An element that shows the colour provided around it, or "none". */
class TestColourReader extends LitElement {
  /** Every change heard, as [value, old]. */
  readonly changes: [string | undefined, string | undefined][] = [];
  readonly colour = new Provided(this, colour, (value, old) => this.changes.push([value, old]));

  protected override render() {
    return this.colour.value ?? 'none';
  }
}

customElements.define('test-colour-provider', TestColourProvider);
customElements.define('test-colour-reader', TestColourReader);

const shown = async (reader: TestColourReader) => {
  await reader.updateComplete;
  return reader.shadowRoot!.textContent;
};

describe('Provided', () => {
  it('gives an element inside a provider that provider’s value, and every new one', async () => {
    const provider = await fixture<TestColourProvider>(
      html`<test-colour-provider value="red"><test-colour-reader></test-colour-reader></test-colour-provider>`,
    );
    const reader = provider.querySelector<TestColourReader>('test-colour-reader')!;
    expect(reader.colour.value).to.equal('red');
    expect(await shown(reader)).to.equal('red');

    provider.provider.setValue('blue');
    expect(reader.colour.value).to.equal('blue');
    expect(await shown(reader)).to.equal('blue');
    expect(reader.changes).to.deep.equal([
      ['red', undefined],
      ['blue', 'red'],
    ]);
  });

  it('falls back to undefined when moved out of every provider', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <test-colour-provider value="red"><test-colour-reader></test-colour-reader></test-colour-provider>
        <section></section>
      </div>`,
    );
    const reader = page.querySelector<TestColourReader>('test-colour-reader')!;
    page.querySelector('section')!.append(reader);
    expect(reader.colour.value).to.equal(undefined);
    expect(await shown(reader)).to.equal('none');
    expect(reader.changes.at(-1)).to.deep.equal([undefined, 'red']);
  });

  it('takes another provider’s value at once when moved into it, with no fallback in between', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <test-colour-provider id="one" value="red"><test-colour-reader></test-colour-reader></test-colour-provider>
        <test-colour-provider id="two" value="green"></test-colour-provider>
      </div>`,
    );
    const reader = page.querySelector<TestColourReader>('test-colour-reader')!;
    page.querySelector('#two')!.append(reader);
    expect(reader.colour.value, 'right after the move').to.equal('green');
    expect(await shown(reader)).to.equal('green');
    expect(reader.changes).to.deep.equal([
      ['red', undefined],
      ['green', 'red'],
    ]);
    // The old provider no longer reaches it.
    page.querySelector<TestColourProvider>('#one')!.provider.setValue('black');
    expect(reader.colour.value).to.equal('green');
  });

  it('is answered by a provider whose script runs after the element’s', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <test-late-provider value="violet"><test-colour-reader></test-colour-reader></test-late-provider>
      </div>`,
    );
    const reader = page.querySelector<TestColourReader>('test-colour-reader')!;
    expect(reader.colour.value, 'no provider yet').to.equal(undefined);
    expect(await shown(reader)).to.equal('none');

    customElements.define('test-late-provider', class extends TestColourProvider {});
    expect(reader.colour.value).to.equal('violet');
    expect(await shown(reader)).to.equal('violet');
  });
});
