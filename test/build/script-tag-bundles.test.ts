// The script-tag builds in dist/ (made by `npm run build`, which `npm test` runs first): each
// must register every element on its own, and loading both must be harmless.
import { expect, fixture, html } from '@open-wc/testing';

async function loadClassic(src: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} is missing: run npm run build first`));
    document.head.append(script);
  });
}

describe('script-tag bundles', () => {
  it('the module bundle registers every element and exports the API', async () => {
    const bundle = (await import(/* @vite-ignore */ '/dist/bodywork-elements.js' as string)) as Record<string, unknown>;
    expect(customElements.get('bw-body-map')).to.equal(bundle['BwBodyMap']);
    expect(customElements.get('bw-technique-card')).to.equal(bundle['BwTechniqueCard']);
    expect(customElements.get('bw-technique-list')).to.equal(bundle['BwTechniqueList']);
    expect(customElements.get('bw-stretch-timer')).to.equal(bundle['BwStretchTimer']);
    expect(customElements.get('bw-provider')).to.equal(bundle['BwProvider']);
    expect(bundle['VERSION']).to.be.a('string');
    expect(bundle['registerTranslation']).to.be.a('function');
    const el = await fixture(html`<bw-body-map value="neck"></bw-body-map>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('[role="listbox"]')).to.exist;
  });

  it('the classic bundle loads after the module bundle without an error or a warning, and exposes a global', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    const errors: ErrorEvent[] = [];
    const onError = (event: ErrorEvent) => errors.push(event);
    window.addEventListener('error', onError);
    try {
      await loadClassic('/dist/bodywork-elements.iife.js');
    } finally {
      console.warn = original;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    const global = (window as unknown as { BodyworkElements?: Record<string, unknown> }).BodyworkElements;
    expect(global?.['VERSION']).to.be.a('string');
    expect(global?.['BwBodyMap']).to.be.a('function');
  });
});
