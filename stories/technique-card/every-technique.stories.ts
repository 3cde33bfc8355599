import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { techniques } from '../../src/data/techniques.js';
import { renderCard, type CardArgs } from './technique-card.stories.js';

/*
 * One story per technique in the dataset. Storybook needs each story as a named export, so they
 * are listed here; test/technique-card/stories.test.ts fails when a technique has no story.
 */
const meta: Meta<CardArgs> = {
  title: 'Elements/Technique card/Every technique',
  component: 'bw-technique-card',
  args: { variant: 'full', headingLevel: 3, bookingUrl: '', routineHref: '', techniqueHref: '', expanded: false },
  render: renderCard,
};

export default meta;
type Story = StoryObj<CardArgs>;

/** A full card for the technique with this id; its name comes from the dataset. */
function forTechnique(id: string): Story {
  const technique = techniques.find((t) => t.id === id);
  return { name: technique?.name ?? id, args: { technique: id } };
}

export const RemedialMassage: Story = forTechnique('remedial-massage');
export const DeepTissue: Story = forTechnique('deep-tissue');
export const SportsMassage: Story = forTechnique('sports-massage');
export const Swedish: Story = forTechnique('swedish');
export const TriggerPoint: Story = forTechnique('trigger-point');
export const NeuromuscularTherapy: Story = forTechnique('neuromuscular-therapy');
export const MyofascialRelease: Story = forTechnique('myofascial-release');
export const ManualLymphaticDrainage: Story = forTechnique('manual-lymphatic-drainage');
export const Reflexology: Story = forTechnique('reflexology');
export const Shiatsu: Story = forTechnique('shiatsu');
export const ThaiMassage: Story = forTechnique('thai-massage');
export const HotStone: Story = forTechnique('hot-stone');
export const Cupping: Story = forTechnique('cupping');
export const InstrumentAssisted: Story = forTechnique('instrument-assisted');
export const FoamRolling: Story = forTechnique('foam-rolling');
export const MassageGun: Story = forTechnique('massage-gun');
export const JointMobilization: Story = forTechnique('joint-mobilization');
export const AssistedStretching: Story = forTechnique('assisted-stretching');
export const SelfMassage: Story = forTechnique('self-massage');
export const Effleurage: Story = forTechnique('effleurage');
export const Petrissage: Story = forTechnique('petrissage');
export const CrossFiberFriction: Story = forTechnique('cross-fiber-friction');
export const PregnancyMassage: Story = forTechnique('pregnancy-massage');
export const OncologyMassage: Story = forTechnique('oncology-massage');
