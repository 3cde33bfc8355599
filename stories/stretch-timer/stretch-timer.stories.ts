import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../../src/stretch-timer.js';
import type { BwStretchTimer } from '../../src/stretch-timer.js';
import { routines } from '../../src/data/routines.js';
import type { Routine } from '../../src/data/types.js';

interface Args {
  routine: string;
  holdScale: number;
  sound: boolean;
  voice: boolean;
  vibrate: boolean;
  persist: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Stretch timer',
  component: 'bw-stretch-timer',
  args: { routine: 'neck-release', holdScale: 1, sound: false, voice: false, vibrate: false, persist: false },
  argTypes: {
    routine: { control: 'select', options: routines.map((r) => r.id) },
    holdScale: { control: { type: 'range', min: 0.5, max: 2, step: 0.25 } },
  },
  render: (args) =>
    html`<bw-stretch-timer
      routine=${args.routine}
      hold-scale=${args.holdScale === 1 ? nothing : args.holdScale}
      ?sound=${args.sound}
      ?voice=${args.voice}
      ?vibrate=${args.vibrate}
      ?persist=${args.persist}
    ></bw-stretch-timer>`,
};

export default meta;
type Story = StoryObj<Args>;

/** Neck release, before the start: what it involves, its precautions, and Start. Pick another routine in the controls. */
export const Default: Story = {};

/** Lower back relief: lying-down moves, with their own precautions. */
export const LowerBackRelief: Story = { args: { routine: 'lower-back-relief' } };

/** Playing: the ring, the side being worked, what comes next, and every control. */
export const Running: Story = {
  args: { routine: 'shoulder-ease' },
  render: (args) =>
    html`<bw-stretch-timer
      routine=${args.routine}
      ${ref((el) => (el as BwStretchTimer | undefined)?.start())}
    ></bw-stretch-timer>`,
};

/**
 * Sound, voice and vibration switched on by attribute (each is off unless switched on). Open
 * "Settings" in the element to change them, or the hold length; sound starts with the Start press.
 */
export const WithCues: Story = { args: { sound: true, voice: true, vibrate: true, holdScale: 1.5 } };

const custom: Routine = {
  id: 'desk-break',
  title: 'Two-minute desk break',
  summary: 'A short routine of our own, passed as an object.',
  areas: ['neck', 'shoulders'],
  prepSeconds: 5,
  precautions: ['stop-if-sharp'],
  sources: [],
  steps: [
    {
      id: 'shoulder-roll',
      title: 'Shoulder rolls',
      instruction: 'Roll both shoulders slowly back and down.',
      tool: 'none',
      holdSeconds: 20,
      sides: 'none',
      repetitions: 2,
      restSeconds: 5,
      safety: 'Keep it slow and small.',
    },
    {
      id: 'wrist-stretch',
      title: 'Wrist stretch',
      instruction: 'Hold one arm out, palm up, and ease the fingers back with the other hand.',
      tool: 'none',
      holdSeconds: 20,
      sides: 'left-then-right',
      repetitions: 1,
      restSeconds: 0,
      safety: 'Ease off if your hand tingles.',
    },
  ],
};

/** A clinic's own routine, set on the `routine` property and checked with the dataset validator. */
export const CustomRoutine: Story = {
  render: () => html`<bw-stretch-timer .routine=${custom}></bw-stretch-timer>`,
};

/** An unknown routine id: a clear message in place of the timer, a `bw-error` event and one console warning. */
export const BadInput: Story = { args: { routine: 'no-such-routine' } };

/** A custom routine with a zero hold: the message names the field. */
export const InvalidCustomRoutine: Story = {
  render: () =>
    html`<bw-stretch-timer
      .routine=${{ ...custom, steps: [{ ...custom.steps[0]!, holdSeconds: 0 }] }}
    ></bw-stretch-timer>`,
};

export const Dark: Story = {
  args: { routine: 'hip-glute-release' },
  parameters: { colorScheme: 'dark' },
};

/**
 * With "reduce motion" on in the operating system, the ring steps once a second instead of
 * gliding, and the last-three-seconds cue is a colour change without the pulse. Turn it on in
 * your OS, or emulate it in your browser's dev tools (Rendering → prefers-reduced-motion).
 */
export const ReducedMotion: Story = {
  ...Running,
  parameters: { docs: { description: { story: 'Emulate prefers-reduced-motion: reduce to see the difference.' } } },
};

/** On a 320 px phone the controls stack under the ring. */
export const Narrow: Story = {
  ...Running,
  args: { routine: 'neck-release' },
  decorators: [
    (story) =>
      html`<div class="narrow-frame">
        <style>
          .narrow-frame {
            inline-size: 320px;
          }
        </style>
        ${story()}
      </div>`,
  ],
};
