import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../../src/body-map.js';

interface Args {
  view: 'front' | 'back' | 'both';
  multiple: boolean;
  severity: boolean;
  disabled: boolean;
  required: boolean;
  value: string;
  listView: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Body map',
  component: 'bw-body-map',
  args: {
    view: 'both',
    multiple: false,
    severity: false,
    disabled: false,
    required: false,
    value: '',
    listView: false,
  },
  argTypes: {
    view: { control: 'inline-radio', options: ['front', 'back', 'both'] },
  },
  render: (args) =>
    html`<bw-body-map
      view=${args.view}
      ?multiple=${args.multiple}
      ?severity=${args.severity}
      ?disabled=${args.disabled}
      ?required=${args.required}
      ?list-view=${args.listView}
      value=${args.value || nothing}
    ></bw-body-map>`,
};

export default meta;
type Story = StoryObj<Args>;

/** One region at a time, front and back side by side. */
export const Default: Story = {};

/** Several regions at once; a region drawn in both views is chosen in both. */
export const Multiple: Story = { args: { multiple: true, value: 'neck shoulder-left lower-back-right' } };

/** Each chosen region gets a 0–10 pain rating: type a digit or press + and −, or use the sliders. */
export const Severity: Story = {
  args: { multiple: true, severity: true, value: 'neck:6 shoulder-left:8 knee-right:3' },
};

export const FrontOnly: Story = { args: { view: 'front', multiple: true, value: 'knee-left' } };

/** The same regions as an accessible list, for people who cannot use the figure. */
export const ListView: Story = { args: { multiple: true, listView: true, value: 'hand-left foot-right' } };

export const Disabled: Story = { args: { disabled: true, value: 'neck' } };

/** A no-script intake form: the map submits one `pain` entry per region, and must not be empty. */
export const InsideAForm: Story = {
  render: () =>
    html`<form action="#" method="get">
      <label for="intake-map"><strong>Where is your pain today?</strong></label>
      <bw-body-map id="intake-map" name="pain" multiple severity required></bw-body-map>
      <p><button type="submit">Send</button> <button type="reset">Start again</button></p>
    </form>`,
};

export const Dark: Story = {
  args: { multiple: true, severity: true, value: 'neck:4 lower-back-left:7' },
  parameters: { colorScheme: 'dark' },
};

/** Forced colours (Windows high contrast): turn it on in your OS, or emulate it in your browser's dev tools. */
export const ForcedColors: Story = {
  args: { multiple: true, value: 'neck shoulder-right' },
  parameters: {
    docs: {
      description: { story: 'Selections stay visible with system colours, a heavy outline and a hatch pattern.' },
    },
  },
};

/** The map in a column this wide (320 or 240 px), outlined. */
const framed = (width: 320 | 240) => (args: Parameters<NonNullable<typeof meta.render>>[0]) =>
  html`<div class="frame w${width}">
    <style>
      .frame {
        border: 1px dashed #9fb0b5;
      }
      .w320 {
        inline-size: 320px;
      }
      .w240 {
        inline-size: 240px;
      }
    </style>
    ${meta.render!(args, {} as never)}
  </div>`;

/** In a 320 px container front and back stay side by side, the map no taller than 1.25 times its width. */
export const NarrowContainer: Story = {
  args: { multiple: true, value: 'wrist-left ankle-right' },
  render: framed(320),
};

/** Narrower than 17.5em (here 240 px): one view at a time, with a Front/Back switch instead of stacking. */
export const FrontBackSwitch: Story = {
  args: { multiple: true, value: 'lower-back-left' },
  render: framed(240),
};
