import type { AreaId, BodyRegion, View } from './types.js';

/*
 * The 40 body regions of the body map. Ids are public API (forms submit them): never rename.
 *
 * Lateral regions come in pairs `<base>-left` / `<base>-right`; `side` is anatomical (the
 * person's own left or right). `name` never contains the side: elements add it.
 *
 * `michigan` is the matching area of the Michigan Body Map (Brummett et al., "Preliminary
 * validation of the Michigan Body Map", Pain 2016;157(6):1205-12, doi:10.1097/j.pain.0000000000000506),
 * spelled as the instrument's labels read ("Lt shoulder", "Rt wrist/hand", "Upper back", ...).
 * The instrument has 35 areas; several of our regions share one (hand and wrist both map to
 * "wrist/hand"; shin and calf to "lower leg"). The MBM draws "Face" on the front and "Head" on the
 * back; our head region maps to "Head". The base of the spine has no single MBM area, so it has none.
 */

const FB: View[] = ['front', 'back'];
const F: View[] = ['front'];
const B: View[] = ['back'];

/** A pair of mirrored regions. `mbm` is the MBM label without its side prefix ("Lt "/"Rt "), or a
 *  midline MBM area shared by both sides (then `shared` is true). */
function pair(base: string, name: string, area: AreaId, views: View[], mbm?: string, shared = false): BodyRegion[] {
  return (['left', 'right'] as const).map((side) => {
    const r: BodyRegion = { id: `${base}-${side}`, name, area, views, side };
    if (mbm) r.michigan = shared ? mbm : `${side === 'left' ? 'Lt' : 'Rt'} ${mbm}`;
    return r;
  });
}

export const regions: BodyRegion[] = [
  { id: 'head', name: 'Head', area: 'head', views: FB, michigan: 'Head' },
  ...pair('jaw', 'Jaw', 'jaw', F, 'jaw'),
  { id: 'neck', name: 'Neck', area: 'neck', views: FB, michigan: 'Neck' },
  ...pair('shoulder', 'Shoulder', 'shoulders', FB, 'shoulder'),
  ...pair('chest', 'Chest', 'chest', F, 'chest/breast'),
  ...pair('upper-arm', 'Upper arm', 'arms', FB, 'upper arm'),
  ...pair('elbow', 'Elbow', 'arms', FB, 'elbow'),
  ...pair('forearm', 'Forearm', 'arms', FB, 'lower arm'),
  ...pair('wrist', 'Wrist', 'hands-wrists', FB, 'wrist/hand'),
  ...pair('hand', 'Hand', 'hands-wrists', FB, 'wrist/hand'),
  { id: 'abdomen', name: 'Abdomen', area: 'abdomen', views: F, michigan: 'Abdomen' },
  ...pair('upper-back', 'Upper back', 'upper-back', B, 'Upper back', true),
  ...pair('lower-back', 'Lower back', 'lower-back', B, 'Lower back', true),
  { id: 'sacrum', name: 'Base of the spine', area: 'lower-back', views: B },
  ...pair('hip', 'Hip', 'hips-glutes', F, 'hip'),
  ...pair('glute', 'Buttock', 'hips-glutes', B, 'buttocks'),
  ...pair('thigh', 'Thigh', 'thighs', FB, 'upper leg'),
  ...pair('knee', 'Knee', 'knees', FB, 'knee'),
  ...pair('shin', 'Shin', 'lower-legs', F, 'lower leg'),
  ...pair('calf', 'Calf', 'lower-legs', B, 'lower leg'),
  ...pair('ankle', 'Ankle', 'feet-ankles', FB, 'ankle/foot'),
  ...pair('foot', 'Foot', 'feet-ankles', FB, 'ankle/foot'),
];
