import type { Area } from './types.js';

/** Laterality-free groups of the body. Content (techniques, conditions, routines) links to these. */
export const areas: Area[] = [
  { id: 'head', name: 'Head' },
  { id: 'jaw', name: 'Jaw' },
  { id: 'neck', name: 'Neck' },
  { id: 'shoulders', name: 'Shoulders' },
  { id: 'chest', name: 'Chest' },
  { id: 'arms', name: 'Arms' },
  { id: 'hands-wrists', name: 'Hands and wrists' },
  { id: 'upper-back', name: 'Upper back' },
  { id: 'lower-back', name: 'Lower back' },
  { id: 'abdomen', name: 'Abdomen' },
  { id: 'hips-glutes', name: 'Hips and buttocks' },
  { id: 'thighs', name: 'Thighs' },
  { id: 'knees', name: 'Knees' },
  { id: 'lower-legs', name: 'Lower legs' },
  { id: 'feet-ankles', name: 'Feet and ankles' },
];
