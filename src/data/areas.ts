import type { Area } from './types.js';

/**
 * Laterality-free groups of the body. Content (techniques, conditions, routines) links to these.
 * Each has the red flags for pain there: shown above a list for that area and before a routine
 * for it, whatever the condition.
 */
export const areas: Area[] = [
  { id: 'head', name: 'Head', redFlags: ['headache-red-flags'] },
  { id: 'jaw', name: 'Jaw', redFlags: ['jaw-red-flags'] },
  { id: 'neck', name: 'Neck', redFlags: ['neck-red-flags'] },
  { id: 'shoulders', name: 'Shoulders', redFlags: ['shoulder-red-flags'] },
  { id: 'chest', name: 'Chest', redFlags: ['chest-red-flags'] },
  { id: 'arms', name: 'Arms', redFlags: ['shoulder-red-flags'] },
  { id: 'hands-wrists', name: 'Hands and wrists', redFlags: ['hand-red-flags'] },
  { id: 'upper-back', name: 'Upper back', redFlags: ['back-pain-red-flags'] },
  { id: 'lower-back', name: 'Lower back', redFlags: ['back-pain-red-flags'] },
  { id: 'abdomen', name: 'Abdomen', redFlags: ['belly-red-flags'] },
  { id: 'hips-glutes', name: 'Hips and buttocks', redFlags: ['hip-red-flags'] },
  { id: 'thighs', name: 'Thighs', redFlags: ['clot-warning-signs'] },
  { id: 'knees', name: 'Knees', redFlags: ['knee-red-flags'] },
  { id: 'lower-legs', name: 'Lower legs', redFlags: ['clot-warning-signs'] },
  { id: 'feet-ankles', name: 'Feet and ankles', redFlags: ['foot-red-flags'] },
];
