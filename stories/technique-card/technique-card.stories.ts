import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { dataset } from '../../src/data/dataset.js';
import { techniques } from '../../src/data/techniques.js';
import '../../src/technique-card.js';

export interface CardArgs {
  technique: string;
  variant: 'full' | 'compact';
  headingLevel: number;
  bookingUrl: string;
  routineHref: string;
  techniqueHref: string;
  expanded: boolean;
}

export const renderCard = (args: CardArgs) =>
  html`<bw-technique-card
    technique=${args.technique}
    variant=${args.variant}
    heading-level=${args.headingLevel}
    booking-url=${args.bookingUrl || nothing}
    routine-href=${args.routineHref || nothing}
    technique-href=${args.techniqueHref || nothing}
    ?expanded=${args.expanded}
  ></bw-technique-card>`;

const meta: Meta<CardArgs> = {
  title: 'Elements/Technique card',
  component: 'bw-technique-card',
  args: {
    technique: 'deep-tissue',
    variant: 'full',
    headingLevel: 3,
    bookingUrl: '',
    routineHref: '',
    techniqueHref: '',
    expanded: false,
  },
  argTypes: {
    technique: { control: 'select', options: techniques.map((t) => t.id) },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: renderCard,
};

export default meta;
type Story = StoryObj<CardArgs>;

/** Everything about one technique: the full variant. */
export const Full: Story = {};

/** Summary, pressure, what it is used for and safety warnings; the rest behind “Learn more”. */
export const Compact: Story = { args: { variant: 'compact', technique: 'self-massage' } };

export const CompactOpen: Story = { args: { variant: 'compact', technique: 'self-massage', expanded: true } };

/**
 * With the clinic's links: “Book this treatment” (the technique id fills `{technique}`), “Try at
 * home” as a real link, and related techniques linked to the clinic's pages.
 */
export const WithClinicLinks: Story = {
  args: {
    technique: 'remedial-massage',
    bookingUrl: 'https://clinic.example/book?treatment={technique}',
    routineHref: 'https://clinic.example/self-care?routine={routine}',
    techniqueHref: 'https://clinic.example/treatments/{technique}',
  },
};

/** The clinic's own picture and notes, through the `image` and `notes` slots. */
export const WithImageAndNotes: Story = {
  args: { technique: 'swedish', variant: 'compact', expanded: true },
  render: (args) =>
    html`<bw-technique-card technique=${args.technique} variant=${args.variant} ?expanded=${args.expanded}>
      <img
        slot="image"
        alt="Illustration: two hands resting on a shoulder"
        width="640"
        height="240"
        src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 640 240'%3E%3Crect width='640' height='240' fill='%23e3eeed'/%3E%3Cpath d='M120 200c80-120 320-150 400-40' stroke='%2323706b' stroke-width='14' fill='none' stroke-linecap='round'/%3E%3Ccircle cx='250' cy='120' r='36' fill='%2393c5bf'/%3E%3Ccircle cx='390' cy='110' r='36' fill='%2393c5bf'/%3E%3C/svg%3E"
      />
      <p slot="notes">
        <strong>At our clinic:</strong> 30 or 60 minutes, with Sam or Priya. Tell us about any health problems when you
        book.
      </p>
    </bw-technique-card>`,
};

/** Routine titles show when the content includes routines (a provider gives the whole dataset). */
export const WithRoutineTitles: Story = {
  args: { technique: 'trigger-point' },
  render: (args) => html`<bw-technique-card technique=${args.technique} .content=${dataset}></bw-technique-card>`,
};

/** In a page whose outline puts the card's name at level 2: sections become level 3. */
export const InAPageOutline: Story = {
  args: { headingLevel: 2, technique: 'joint-mobilization', variant: 'compact' },
  render: (args) =>
    html`<h1>Our treatments</h1>
      ${renderCard(args)}`,
};

/**
 * What a printed card looks like: open your browser's print preview (Ctrl+P, or ⌘P) on this story.
 * On paper every section shows (compact cards too), buttons are left out, and each link is
 * followed by its address, so the booking page and every source can be typed in.
 */
export const PrintPreview: Story = {
  args: {
    technique: 'trigger-point',
    variant: 'compact',
    bookingUrl: 'https://clinic.example/book?treatment={technique}',
    routineHref: 'https://clinic.example/self-care?routine={routine}',
  },
  parameters: { docs: { description: { story: 'Use print preview: every section prints, with link addresses.' } } },
};

export const Dark: Story = {
  args: { technique: 'self-massage', variant: 'compact', expanded: true, bookingUrl: 'https://clinic.example/book' },
  parameters: { colorScheme: 'dark' },
};

/** An unknown id: a short, polite message instead of a blank box (and a `bw-error` event). */
export const UnknownTechnique: Story = { args: { technique: 'hot-stones' } };

/** At 320 px, the width of a small phone. */
export const Phone: Story = {
  args: {
    technique: 'cross-fiber-friction',
    variant: 'compact',
    expanded: true,
    bookingUrl: 'https://clinic.example/book',
  },
  render: (args) =>
    html`<div class="phone-frame">
      <style>
        .phone-frame {
          inline-size: 320px;
          border: 1px dashed #9fb0b5;
        }
      </style>
      ${renderCard(args)}
    </div>`,
};
