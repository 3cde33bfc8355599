import { html, nothing, type TemplateResult } from 'lit';
import '../../src/provider.js';

/** What a story may ask of the shared decorators, through its `parameters`. */
export interface BwStoryParameters {
  /** Render the story inside `<bw-provider>` with these attributes. */
  provider?: Record<string, string>;
  /** Force a colour scheme on the story's wrapper. */
  colorScheme?: 'light' | 'dark';
}

type StoryFn = () => unknown;
interface Context {
  parameters: BwStoryParameters & Record<string, unknown>;
}

/**
 * Wraps a story in a themed frame, and in `<bw-provider>` when the story asks for one.
 * Used by Storybook (.storybook/preview.ts) and by the test that renders every story.
 */
export function withFrame(story: StoryFn, context: Context): TemplateResult {
  const { provider, colorScheme } = context.parameters;
  const content = provider
    ? html`<bw-provider booking-url=${provider['booking-url'] ?? nothing} ?debug=${provider['debug'] !== undefined}
        >${story()}</bw-provider
      >`
    : story();
  return html`<style>
      .bw-story[data-color-scheme='dark'] {
        --bw-color-scheme: dark;
        background: #0e1619;
        color: #e6eef0;
        padding: 1em;
      }
      .bw-story[data-color-scheme='light'] {
        --bw-color-scheme: light;
      }
    </style>
    <div class="bw-story" data-color-scheme=${colorScheme ?? nothing}>${content}</div>`;
}

export const decorators = [withFrame];
