// Renders every story of every stories file (the same args, render function and decorators
// Storybook uses) and checks each with axe. New stories are picked up automatically: the test
// server lists stories/**/*.stories.ts at /__bw__/stories.js.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { decorators as globalDecorators } from '../stories/support/decorators.js';

type Render = (args: Record<string, unknown>, context: StoryContext) => unknown;
type Decorator = (story: () => unknown, context: StoryContext) => unknown;
interface StoryContext {
  args: Record<string, unknown>;
  parameters: Record<string, unknown>;
}
interface StoryAnnotations {
  args?: Record<string, unknown>;
  parameters?: Record<string, unknown>;
  render?: Render;
  decorators?: Decorator[];
  name?: string;
}
interface StoriesModule {
  default: StoryAnnotations & { title: string; excludeStories?: string[] };
  [name: string]: unknown;
}

const { default: files } = (await import(/* @vite-ignore */ '/__bw__/stories.js' as string)) as {
  default: Array<{ file: string; module: StoriesModule }>;
};

function compose(meta: StoriesModule['default'], story: StoryAnnotations): () => unknown {
  const args = { ...meta.args, ...story.args };
  const parameters = { ...meta.parameters, ...story.parameters };
  const context: StoryContext = { args, parameters };
  const render = story.render ?? meta.render;
  if (!render) throw new Error(`${meta.title}: no render function`);
  const decorators = [...(story.decorators ?? []), ...(meta.decorators ?? []), ...(globalDecorators as Decorator[])];
  return decorators.reduce<() => unknown>(
    (inner, decorator) => () => decorator(inner, context),
    () => render(args, context),
  );
}

async function settle(root: Element): Promise<void> {
  const elements = [root, ...root.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
  await Promise.all(elements.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
}

describe('stories', () => {
  it('finds the stories files', () => {
    expect(files.length).to.be.greaterThan(0);
  });

  for (const { file, module } of files) {
    const meta = module.default;
    const names = Object.keys(module).filter(
      (key) => key !== 'default' && key !== '__namedExportsOrder' && !meta.excludeStories?.includes(key),
    );
    describe(`${meta.title} (${file})`, () => {
      for (const name of names) {
        const story = module[name] as StoryAnnotations;
        it(`${story.name ?? name} renders content and has no axe violations`, async () => {
          const el = await fixture(html`<div>${compose(meta, story)() as TemplateResult}</div>`);
          await settle(el);
          expect(el.textContent!.trim().length + el.querySelectorAll('*').length).to.be.greaterThan(0);
          await expect(el).to.be.accessible();
        });
      }
    });
  }
});
