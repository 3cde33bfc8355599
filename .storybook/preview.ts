import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../custom-elements.json';
import { decorators } from '../stories/support/decorators.js';

// Autodocs tables (attributes, properties, events, slots, parts, CSS properties) come from the
// custom elements manifest that `npm run build:manifest` writes from the JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  decorators,
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    backgrounds: { disable: true },
  },
};

export default preview;
