import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../../src/provider.js';
import '../../src/body-map.js';
import '../../src/technique-card.js';
import '../../src/stretch-timer.js';

interface Args {
  bookingUrl: string;
}

const meta: Meta<Args> = {
  title: 'Compositions/Guided flow',
  component: 'bw-provider',
  args: { bookingUrl: 'https://clinic.example/book?treatment={technique}&area={area}' },
};

export default meta;
type Story = StoryObj<Args>;

/**
 * "Where does it hurt?" with no script: a body map, a technique list and a stretch timer inside
 * one provider. Choosing regions on the map makes the list show the techniques for those areas;
 * "Try at home" on a card loads its routine into the timer and moves focus to it; "Book this
 * treatment" uses the provider's booking link with the technique and the chosen areas.
 */
export const GuidedFlow: Story = {
  render: (args) =>
    html`<bw-provider booking-url=${args.bookingUrl || nothing}>
      <h2>Where does it hurt?</h2>
      <bw-body-map multiple></bw-body-map>
      <h2>What can help</h2>
      <bw-technique-list></bw-technique-list>
      <h2>What to do at home</h2>
      <bw-stretch-timer routine="neck-release"></bw-stretch-timer>
    </bw-provider>`,
};
