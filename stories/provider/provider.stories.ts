import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../../src/provider.js';
import '../../src/body-map.js';
import '../../src/technique-card.js';
import '../../src/stretch-timer.js';
import './context-readout.js';

interface Args {
  bookingUrl: string;
  debug: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Provider',
  component: 'bw-provider',
  args: { bookingUrl: '', debug: false },
  render: (args) =>
    html`<bw-provider booking-url=${args.bookingUrl || nothing} ?debug=${args.debug}>
      <h2>Where does it hurt?</h2>
      <bw-body-map multiple></bw-body-map>
      <h2>What can help</h2>
      <bw-technique-list></bw-technique-list>
      <h2>What you can do at home</h2>
      <bw-stretch-timer routine="neck-release" heading-level="3"></bw-stretch-timer>
    </bw-provider>`,
};

export default meta;
type Story = StoryObj<Args>;

// The other stories below show a readout instead: a story helper (context-readout.ts) showing what
// the provider gives the elements inside it (the library's elements read the same contexts).
const readout = (args: Args) =>
  html`<bw-provider booking-url=${args.bookingUrl || nothing} ?debug=${args.debug}>
    <bw-story-context-readout></bw-story-context-readout>
  </bw-provider>`;

/**
 * The guided flow, with no script: a body map, a technique list and a stretch timer inside one
 * provider, with the bundled dataset. Choosing regions on the map makes the list show the
 * techniques for those areas; "Try at home" on a card loads its routine into the timer and moves
 * focus to it; the "Book" link uses the provider's booking link with the technique and the
 * chosen areas. See Compositions/Clinic page for the same flow laid out on a clinic's page.
 */
export const Default: Story = { args: { bookingUrl: 'https://clinic.example/book?treatment={technique}&area={area}' } };

/** What the provider gives the elements inside it: no clinic data, so the bundled dataset; with a booking URL, every technique gets a booking link. */
export const ContextReadout: Story = {
  name: 'Context readout (debug)',
  args: { bookingUrl: 'https://clinic.example/book?treatment={technique}' },
  render: readout,
};

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
 * provider hears it (here the readout; in Default, the technique list).
 */
export const SharedSelection: Story = {
  args: { bookingUrl: 'https://clinic.example/book?treatment={technique}&area={area}' },
  render: (args) =>
    html`<bw-provider booking-url=${args.bookingUrl || nothing} ?debug=${args.debug}>
      <bw-body-map multiple view="front" value="neck"></bw-body-map>
      <bw-story-context-readout></bw-story-context-readout>
    </bw-provider>`,
};
