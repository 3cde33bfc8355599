import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../../src/provider.js';
import '../../src/body-map.js';
import '../../src/technique-card.js';
import '../../src/stretch-timer.js';

interface Args {
  bookingUrl: string;
}

// The page's own stylesheet, as a clinic's site would have it (see examples/clinic.css): its
// colours follow the reader's light or dark preference, or `--bw-color-scheme` when a story forces
// one, and it hands its accent to the elements through `--bw-color-accent`. Sizes are in em.
const pageStyles = html`<style>
  .clinic {
    container: clinic / inline-size;
    color-scheme: var(--bw-color-scheme, light dark);
    --clinic-page: light-dark(#fbfaf7, #11191c);
    --clinic-text: light-dark(#1b2428, #e6eef0);
    --clinic-muted: light-dark(#4a575c, #afbfc4);
    --clinic-line: light-dark(#c9d2d4, #3d4f55);
    --clinic-accent: light-dark(#0b5d6b, #8fd6e3);
    --clinic-on-accent: light-dark(#ffffff, #0b1b1f);
    --clinic-band: light-dark(#0b5d6b, #0d2b32);
    --bw-color-accent: var(--clinic-accent);
    --bw-color-on-accent: var(--clinic-on-accent);
    background: var(--clinic-page);
    color: var(--clinic-text);
    font-family:
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif;
    line-height: 1.55;
  }

  .clinic *,
  .clinic *::before,
  .clinic *::after {
    box-sizing: border-box;
  }

  .clinic h1,
  .clinic h2 {
    margin: 0 0 0.5em;
    line-height: 1.2;
  }

  .clinic h1 {
    font-size: clamp(1.75em, 1.25em + 2cqi, 2.5em);
  }

  .clinic h2 {
    font-size: 1.5em;
  }

  .clinic p {
    margin: 0 0 1em;
  }

  .clinic a {
    color: var(--clinic-accent);
    text-underline-offset: 0.15em;
  }

  .clinic-wrap {
    max-inline-size: 72em;
    margin-inline: auto;
    padding-inline: 1em;
  }

  .clinic-band {
    background: var(--clinic-band);
    color: #ffffff;
  }

  .clinic-band .clinic-wrap {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1.5em;
    padding-block: 0.75em;
  }

  .clinic .clinic-name {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
  }

  .clinic .clinic-book {
    display: inline-block;
    padding: 0.5em 1em;
    border: 0.0625em solid #ffffff;
    border-radius: 0.5em;
    color: #ffffff;
    font-weight: 600;
    text-decoration: none;
  }

  .clinic .clinic-book:hover {
    text-decoration: underline;
  }

  .clinic-intro {
    padding-block: 2em 0.5em;
  }

  .clinic-intro p {
    max-inline-size: 42em;
  }

  .clinic-lede {
    font-size: 1.15em;
  }

  /* The guided flow: one column on a phone; the map beside the treatments once there is room,
     with the timer across the full width below them. */
  .clinic-flow,
  .clinic-columns {
    display: grid;
    gap: 2em;
  }

  .clinic-flow {
    padding-block: 1em 2em;
  }

  .clinic-panel {
    min-inline-size: 0;
    padding-block-start: 1.5em;
    border-block-start: 0.0625em solid var(--clinic-line);
  }

  .clinic-panel > p {
    max-inline-size: 42em;
    color: var(--clinic-muted);
  }

  @container clinic (min-width: 60em) {
    .clinic-columns {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
  }

  /* On a tall enough screen the map stays in view while the reader scrolls the treatments (only
     beside them: the columns' own grid holds it, so it never covers the timer below). */
  @container clinic (min-width: 60em) {
    @media (min-height: 56em) {
      .clinic-panel-map {
        position: sticky;
        inset-block-start: 0;
      }
    }
  }

  .clinic-footer {
    padding-block: 1.5em;
    border-block-start: 0.0625em solid var(--clinic-line);
    color: var(--clinic-muted);
    font-size: 0.95em;
  }

  .clinic-footer p:last-child {
    margin-block-end: 0;
  }
</style>`;

const meta: Meta<Args> = {
  title: 'Compositions/Clinic page',
  component: 'bw-provider',
  args: { bookingUrl: 'https://clinic.example/book?treatment={technique}&area={area}' },
  parameters: { layout: 'fullscreen' },
  render: (args) =>
    html`${pageStyles}
      <div class="clinic">
        <div class="clinic-band">
          <div class="clinic-wrap">
            <p class="clinic-name">Harbour Street Physiotherapy</p>
            <a class="clinic-book" href="https://clinic.example/book">Book an appointment</a>
          </div>
        </div>

        <div class="clinic-wrap clinic-intro">
          <h1>Massage and physiotherapy on Harbour Street</h1>
          <p class="clinic-lede">
            Most people come to us with a stiff neck, a sore back or a shoulder that has bothered them for weeks.
          </p>
          <p>
            Massage may help some people feel better for a while; it is not a cure. Below, each treatment says what it
            is, how it feels and how sure anyone can be that it helps.
          </p>
        </div>

        <bw-provider booking-url=${args.bookingUrl || nothing}>
          <script type="application/json">
            {
              "offered": [
                "remedial-massage",
                "deep-tissue",
                "trigger-point",
                "myofascial-release",
                "swedish",
                "joint-mobilization",
                "assisted-stretching"
              ]
            }
          </script>

          <div class="clinic-wrap clinic-flow">
            <div class="clinic-columns">
              <section class="clinic-panel clinic-panel-map">
                <h2>Where does it hurt?</h2>
                <p>Choose one or more areas on the figure, or switch to the list. The treatments change to match.</p>
                <bw-body-map multiple label="Where does it hurt? Body areas"></bw-body-map>
              </section>

              <section class="clinic-panel">
                <h2>What can help</h2>
                <p>The treatments we offer, the most relevant first, with how strong the evidence is.</p>
                <bw-technique-list heading-level="3"></bw-technique-list>
              </section>
            </div>

            <section class="clinic-panel">
              <h2>What you can do at home</h2>
              <p>A short routine with a timer. “Try at home” on a treatment loads its routine here.</p>
              <bw-stretch-timer routine="neck-release" heading-level="3"></bw-stretch-timer>
            </section>
          </div>
        </bw-provider>

        <div class="clinic-footer">
          <div class="clinic-wrap">
            <p>Harbour Street Physiotherapy is a fictional clinic. Nothing on this page is medical advice.</p>
          </div>
        </div>
      </div>`,
};

export default meta;
type Story = StoryObj<Args>;

/**
 * The whole guided flow on an ordinary clinic page, with no script: the clinic's seven treatments
 * (an `offered` list in a JSON script) and its booking link on `<bw-provider>`. Choose areas on
 * the map and the list beside it follows; "Try at home" on a card loads its routine into the
 * timer below and moves focus there; "Book" fills in the technique and the chosen areas. The two
 * columns become one on a narrow screen.
 */
export const ClinicPage: Story = {};

/** The same page in the dark colour scheme (the elements and the page's own colours both follow it). */
export const Dark: Story = { parameters: { colorScheme: 'dark' } };
