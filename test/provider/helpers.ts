import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/provider.js';
import type { BwProvider } from '../../src/provider.js';
import type { BwErrorDetail } from '../../src/internal/events.js';
import { TestConsumer } from './consumer.js';

export { html, TestConsumer };
export { captureWarnings } from '../support/warnings.js';

/** Waits until every provider and test consumer in `root` has finished updating (twice: values flow down). */
export async function settle(root: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const els = [root, ...root.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
    await Promise.all(els.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
  }
}

/** Mounts a template (or HTML text, for content Lit cannot bind, such as a script's text) and returns the first provider in it, settled. */
export async function mount(template: TemplateResult | string): Promise<BwProvider> {
  const root = await fixture<HTMLElement>(template);
  await settle(root);
  return (root.localName === 'bw-provider' ? root : root.querySelector('bw-provider')) as BwProvider;
}

/** The first test consumer in `root`. */
export const consumer = (root: Element, selector = 'test-consumer') => root.querySelector<TestConsumer>(selector)!;

/** Names of the techniques a consumer shows. */
export const shownTechniques = (c: TestConsumer) =>
  [...c.shadowRoot!.querySelectorAll('.techniques li')].map((li) => li.getAttribute('data-id'));

/** Collects the details of every bw-error heard on the document, until `stop()`. */
export function recordErrors() {
  const details: BwErrorDetail[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent<BwErrorDetail>).detail);
  document.addEventListener('bw-error', listener);
  return { details, stop: () => document.removeEventListener('bw-error', listener) };
}

/** Text with whitespace collapsed, as a reader sees it. */
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The debug summary of a provider, if shown. */
export const summary = (provider: BwProvider) => provider.shadowRoot!.querySelector<HTMLElement>('[part="debug"]');
