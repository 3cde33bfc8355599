import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../../src/provider.js';
import '../../src/body-map.js';
import './context-readout.js';

interface Args {
  bookingUrl: string;
  debug: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Provider',
  component: 'bw-provider',
  args: { bookingUrl: '', debug: false },
  // The readout below each provider is a story helper showing what the provider gives the
  // elements inside it (the library's elements read the same contexts).
  render: (args) =>
    html`<bw-provider booking-url=${args.bookingUrl || nothing} ?debug=${args.debug}>
      <bw-story-context-readout></bw-story-context-readout>
    </bw-provider>`,
};

export default meta;
type Story = StoryObj<Args>;

/** No clinic data: the bundled dataset. With a booking URL, every technique gets a booking link. */
export const Default: Story = { args: { bookingUrl: 'https://clinic.example/book?treatment={technique}' } };

/**
 * Clinic data without code: a `<script type="application/json">` inside the provider adds a
 * technique, renames one, keeps only the techniques the clinic offers, and sets the booking link.
 */
export const WithClinicData: Story = {
  render: (args) =>
    html`<bw-provider ?debug=${args.debug}>
      <script type="application/json">
        {
          "offered": ["swedish", "deep-tissue", "myofascial-release"],
          "texts": {
            "techniques": {
              "swedish": { "name": "Relaxation massage (Swedish)" }
            }
          },
          "bookingUrl": "https://clinic.example/book?treatment={technique}"
        }
      </script>
      <bw-story-context-readout></bw-story-context-readout>
    </bw-provider>`,
};

/**
 * Bad clinic data with the `debug` attribute: the page keeps the bundled content and the site
 * author sees every problem with its path. Without `debug` there is no box, only one `bw-error`
 * event and one console warning.
 */
export const DebugSummary: Story = {
  args: { debug: true, bookingUrl: 'javascript:alert(1)' },
  render: (args) =>
    html`<bw-provider booking-url=${args.bookingUrl || nothing} ?debug=${args.debug}>
      <script type="application/json">
        {
          "offered": ["swedish", "hot-stone"],
          "texts": { "techniques": { "swedish": { "name": "" } } },
          "colour": "teal"
        }
      </script>
      <bw-story-context-readout></bw-story-context-readout>
    </bw-provider>`,
};

/**
 * The shared selection, with no script: choose areas on the body map and every element in the
 * provider hears it (here the readout; the technique lists follow it once wired).
 */
export const SharedSelection: Story = {
  args: { bookingUrl: 'https://clinic.example/book?treatment={technique}&area={area}' },
  render: (args) =>
    html`<bw-provider booking-url=${args.bookingUrl || nothing} ?debug=${args.debug}>
      <bw-body-map multiple view="front" value="neck"></bw-body-map>
      <bw-story-context-readout></bw-story-context-readout>
    </bw-provider>`,
};
