import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { areas } from '../../src/data/areas.js';
import { conditions } from '../../src/data/conditions.js';
import { dataset } from '../../src/data/dataset.js';
import '../../src/technique-card.js';

interface ListArgs {
  area: string;
  region: string;
  condition: string;
  headingLevel: number;
  bookingUrl: string;
}

const meta: Meta<ListArgs> = {
  title: 'Elements/Technique list',
  component: 'bw-technique-list',
  args: { area: '', region: '', condition: '', headingLevel: 3, bookingUrl: '' },
  argTypes: {
    area: { control: 'select', options: ['', ...areas.map((a) => a.id)] },
    condition: { control: 'select', options: ['', ...conditions.map((c) => c.id)] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) =>
    html`<bw-technique-list
      area=${args.area || nothing}
      region=${args.region || nothing}
      condition=${args.condition || nothing}
      heading-level=${args.headingLevel}
      booking-url=${args.bookingUrl || nothing}
    ></bw-technique-list>`,
};

export default meta;
type Story = StoryObj<ListArgs>;

/** With no filter: every technique, in dataset order (broad to specialised). */
export const Everything: Story = {};

/** For one body area, most relevant first. */
export const ByArea: Story = { args: { area: 'lower-back' } };

/** Several areas: techniques covering more of them come first, then those with stronger evidence. */
export const BySeveralAreas: Story = { args: { area: 'neck jaw' } };

/** A body map region id stands for its area: `shoulder-left` lists the techniques for the shoulders. */
export const ByBodyMapRegion: Story = { args: { region: 'shoulder-left' } };

/** For a condition, in the condition's own order, with its warning signs once above the cards. */
export const ByCondition: Story = {
  args: { condition: 'chronic-low-back-pain', bookingUrl: 'https://clinic.example/book?treatment={technique}' },
};

/** Nothing matches: a count of 0 and a polite message (here a clinic offers no technique for the knees). */
export const Empty: Story = {
  args: { area: 'knees' },
  render: (args) =>
    html`<bw-technique-list
      area=${args.area}
      .content=${{ ...dataset, techniques: dataset.techniques.filter((t) => !t.areas.includes('knees')) }}
    ></bw-technique-list>`,
};

export const Dark: Story = { args: { condition: 'tension-headache' }, parameters: { colorScheme: 'dark' } };

/** An unknown id: a short message instead of a blank box. */
export const UnknownArea: Story = { args: { area: 'elbows' } };
