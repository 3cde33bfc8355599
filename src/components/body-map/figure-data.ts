// GENERATED: do not edit. Regenerate: node scripts/generate-figure.mjs. Each view: viewBox 0 0 200 412.
// Anatomical sides: the person's left is at larger x in the front view, smaller x in the back view.

export interface Point {
  x: number;
  y: number;
}

export interface RegionShape {
  id: string;
  d: string;
  /** Visual centre. */
  center: Point;
  /** Larger invisible pointer target (>= 24 CSS px when a view is 150 px wide). */
  hit?: string;
}

export interface FigureView {
  view: 'front' | 'back';
  /** Centres of the "L" and "R" side markers. */
  markers: { left: Point; right: Point };
  /** Top to bottom, then the viewer's left to right. */
  regions: RegionShape[];
}

export interface Figure {
  width: number;
  height: number;
  views: { front: FigureView; back: FigureView };
}

/** A region as written below: id, path, centre, pointer target; or, in the back view, only the id of a front region it mirrors. */
type Row = [id: string, d?: string, x?: number, y?: number, hit?: string];

/** The mirror image of a path across the midline (x to 200 - x): absolute M, relative c, s, l, h and v, and Z. */
function mirror(d: string): string {
  let command = '';
  let index = 0;
  return d.replace(/[A-Za-z]|-?\d*\.?\d+/g, (token) => {
    if (/[A-Za-z]/.test(token)) {
      command = token;
      index = 0;
      return token;
    }
    const value = Number(token);
    const x = command === 'h' || (command !== 'v' && index++ % 2 === 0);
    return ` ${x ? Math.round((command === 'M' ? 200 - value : -value) * 10) / 10 : value}`;
  });
}

const flip = ({ id, d, center, hit }: RegionShape, to = id): RegionShape => ({
  id: to,
  d: mirror(d),
  center: { x: 200 - center.x, y: center.y },
  hit: hit && mirror(hit),
});

/**
 * The shapes of a view's rows. A row with only an id is the region of that id in `mirrored` (the
 * front view), mirrored; a "-left" region with no "-right" row gets its mirror image as its twin.
 */
const shapes = (rows: Row[], mirrored: RegionShape[] = []): RegionShape[] =>
  rows.flatMap(([id, d, x, y, hit]) => {
    const shape = d === undefined ? flip(mirrored.find((s) => s.id === id)!) : { id, d, center: { x: x!, y: y! }, hit };
    const right = id.replace(/-left$/, '-right');
    if (right === id || rows.some((row) => row[0] === right)) return [shape];
    return [shape, flip(shape, right)];
  });

const front = shapes([
  ['head', 'M100 2c3 0 6.5 1 9.5 3s5.5 6 7 8.5 2 5.5 2.5 7 .5 3 .5 3 2 .5 2.5 2 .5 5.5 0 7-3 3.5-3 3.5 0 4.5-.5 6.5-1 4-2.5 5.5-4.5 3.5-7 4.5-6 2-9 2-6.5-1-9-2-5.5-3-7-4.5-2-3.5-2.5-5.5-.5-6.5-.5-6.5-2.5-2-3-3.5-.5-5.5 0-7 2.5-2 2.5-2 0-1.5.5-3 1-4.5 2.5-7 4-6.5 7-8.5 6.5-3 9.5-3Z', 100, 28.9],
  ['jaw-left', 'M119 36s0 4.5-.5 6.5-1 4-2.5 5.5-4.5 3.5-7 4.5c1.5-1.5 3-2 4.5-4s2-4.5 3-6.5 2.5-6 2.5-6Z', 116.1, 44.8, 'M100.1 26.7v32.1h32.1v-32.1Z'],
  ['neck', 'M116 48s-2 8.5-2 12-.5 7 1.5 9.5c-2.5 1.5-5.5 3-8 4s-5 2-7.5 2-5-1-7.5-2-5.5-2.5-8-4c2-2.5 1.5-6 1.5-9.5s-2-12-2-12c1.5 1.5 4.5 3.5 7 4.5s6 2 9 2 6.5-1 9-2 5.5-3 7-4.5Z', 100, 62.9, 'M84 58.9v32.1h32.1v-32.1Z'],
  ['shoulder-left', 'M115.5 69.5c2 2.5 6.5 4.5 11.5 6.5s14 4 18 6.5 4 4.5 6.5 8.5 6 10 8 16.5l-19-.5s-2-13.5-4.5-18-5.5-6.5-9-9.5-7.5-6.5-11.5-10Z', 143.6, 93.1],
  ['chest-left', 'M115.5 69.5c4 3.5 8 7 11.5 10s6.5 5 9 9.5 4.5 18 4.5 18-2 21.5-3 30c-5.5-.5-9.5 0-16-1s-14.5-5.5-21.5-5.5l0-55c2.5 0 5-1 7.5-2s5.5-2.5 8-4Z', 119, 105.6],
  ['upper-arm-left', 'M159.5 107.5c2 6.5 2.5 15.5 3.5 22.5s1.5 14.5 2.5 20l-16 3c-1.5-6-3.5-13-5-20.5s-4-25.5-4-25.5Z', 153.4, 128.8],
  ['elbow-left', 'M165.5 150c1 5.5 2 10 3 14.5l-16 3c-1-4.5-1.5-8.5-3-14.5Z', 159, 158.8, 'M138.5 137.7l6.2 31.5l31.5-6.2l-6.2-31.5Z'],
  ['abdomen', 'M100 130.5c7 0 15 4.5 21.5 5.5s10.5.5 16 1c-1 8.5-3 16-3.5 21.5s.5 8.5 1.5 13c-4 4.5-9 8-12 14s-4.5 14.5-7 21.5c-5 1.5-11 3-16.5 5-5.5-2-11.5-3.5-16.5-5-2.5-7-4-15.5-7-21.5s-8-9.5-12-14c1-4.5 2-7.5 1.5-13s-2.5-13-3.5-21.5c5.5-.5 9.5 0 16-1s14.5-5.5 21.5-5.5Z', 100, 166.8],
  ['forearm-left', 'M168.5 164.5c1 4.5 2.5 5.5 3.5 12s1 20 1.5 26l-11 2c-1.5-5.5-6-17.5-7.5-23.5s-1.5-9-2.5-13.5Z', 164.2, 183.4],
  ['hip-left', 'M135.5 171.5c1 4.5 3.5 8 4.5 12.5s2.5 8 3 13c-4.5 2-9.5 4-14 5.5s-7.5 3-12.5 4.5c2.5-7 4-15.5 7-21.5s8-9.5 12-14Z', 130.6, 191],
  ['wrist-left', 'M173.5 202.5c.5 6 1 7.5 2 10l-12 1.5c0-4.5.5-4-1-9.5Z', 168.8, 208.4, 'M149.9 188.7l4.4 31.8l31.8-4.4l-4.4-31.8Z'],
  ['hand-left', 'M175.5 212.5c1 2.5 3 3 4 5s2.5 4 3 6 1 4.5 1 6.5 0 3.5-.5 4.5 0 2.5-1 2.5-1.5-.5-2-1.5-1-6-1-6 .5 3.5.5 5.5.5 5.5.5 7.5-.5 3-1.5 4-1.5-.5-1.5-.5-.5 2.5-1.5 3-2-2-2-2-.5 2-1.5 1.5-2-2.5-2-2.5-1 1-2 .5-1.5-.5-2.5-3-2-7-2.5-12 .5-13 .5-17.5Z', 172.5, 229.9, 'M155.7 220.4l4.4 31.8l31.8-4.4l-4.4-31.8Z'],
  ['thigh-left', 'M143 197c.5 5 0 9.5-.5 17s-1.5 17.5-3.5 29-6 28.5-7.5 39.5l-21-.5c-.5-11-1.5-26-3.5-37.5s-7-32.5-7-32.5c5.5-2 11.5-3.5 16.5-5s8-3 12.5-4.5 9.5-3.5 14-5.5Z', 123.1, 238.6],
  ['knee-left', 'M131.5 282.5c-1.5 11-1.5 20.5-1.5 27.5l-19 .5c0-8 0-17.5-.5-28.5Z', 120.6, 296],
  ['shin-left', 'M130 310c0 7 2.5 6.5 2.5 13s-2 18-3 25.5-2.5 14.5-2.5 20.5l-10.5.5c-.5-6-3-14.5-4-21s-2.5-12.5-3-19 1.5-11 1.5-19Z', 121, 336.6],
  ['ankle-left', 'M127 369c0 6 1 11.5 1.5 15l-12.5 0c0-3.5 1-8.5.5-14.5Z', 122, 376.9, 'M105.3 347.2l.8 32l32.1-.8l-.8-32Z'],
  ['foot-left', 'M128.5 384c.5 3.5 1 5 2 7s2 4 3 5.5 2 4 2 5 1 1.5-1 2-4.5.5-6 .5-3.5.5-3.5.5-2.5 1.5-4.5 1.5-3-.5-4-2-1-3.5-1-5.5 0-4.5 0-7 .5-4 .5-7.5Z', 123.9, 395.2, 'M109 379.3l.8 32.1l32.1-.8l-.8-32.1Z'],
]);

const back = shapes(
  [
    ['head', 'M100 2c3 0 6.5 1 9.5 3s5.5 6 7 8.5 2 5.5 2.5 7 .5 3 .5 3 2 .5 2.5 2 .5 5.5 0 7-3 3.5-3 3.5 0 4.5-.5 6.5-1 4-2.5 5.5-4.5 3.5-7 4.5-6 2-9 2-6.5-1-9-2-5.5-3-7-4.5-2-3.5-2.5-5.5-.5-6.5-.5-6.5-2.5-2-3-3.5-.5-5.5 0-7 2.5-2 2.5-2 0-1.5.5-3 1-4.5 2.5-7 4-6.5 7-8.5 6.5-3 9.5-3Z', 100, 28.9],
    ['neck', 'M116 48s-2 8.5-2 12-.5 7 1.5 9.5c-2.5 1.5-5.5 3-8 4s-5 2-7.5 2-5-1-7.5-2-5.5-2.5-8-4c2-2.5 1.5-6 1.5-9.5s-2-12-2-12c1.5 1.5 4.5 3.5 7 4.5s6 2 9 2 6.5-1 9-2 5.5-3 7-4.5Z', 100, 62.9, 'M84 54.4v32.1h32.1v-32.1Z'],
    ['shoulder-left'],
    ['upper-back-left', 'M84.5 69.5c-4 3.5-8 7-11.5 10s-6.5 5-9 9.5-4.5 18-4.5 18 2 21.5 3 30c5.5.5 10.5 1.5 17 2s13.5-.5 20.5-.5l0-63c-2.5 0-5-1-7.5-2s-5.5-2.5-8-4Z', 81.5, 107.5],
    ['upper-arm-left'],
    ['lower-back-left', 'M62.5 137c1 8.5 3 16 3.5 21.5s-.5 8.5-1.5 13c4.5-.5 9-2 13-1s8.5 4 12.5 6c3.5-1.5 6.5-3.5 10-3.5l0-34.5c-7 0-14 1-20.5.5s-11.5-1.5-17-2Z', 82.7, 155.4],
    ['elbow-left'],
    ['sacrum', 'M100 173c3.5 0 6.5 2 10 3.5-.5 3.5-.5 8-2 11s-8 7.5-8 7.5-6.5-4.5-8-7.5-1.5-7.5-2-11c3.5-1.5 6.5-3.5 10-3.5Z', 100, 182.7],
    ['forearm-left'],
    ['glute-left', 'M64.5 171.5c-1 4.5-3.5 8-4.5 12.5s-2.5 8-3 13 0 9.5.5 17c5 2 9 5 14.5 6s13 .5 17.5-1 7-4.5 10.5-7l0-17s-6.5-4.5-8-7.5-1.5-7.5-2-11c-4-2-8.5-5-12.5-6s-8.5.5-13 1Z', 77.4, 197.2],
    ['wrist-left'],
    ['hand-left'],
    ['thigh-left', 'M57.5 214c.5 7.5 1.5 17.5 3.5 29s6 28.5 7.5 39.5l21-.5c.5-11 1.5-26 3.5-37.5s7-32.5 7-32.5c-3.5 2.5-6 5.5-10.5 7s-12 2-17.5 1-9.5-4-14.5-6Z', 77.7, 246.6],
    ['knee-left'],
    ['calf-left', 'M70 310c0 7-2.5 6.5-2.5 13s2 18 3 25.5 2.5 14.5 2.5 20.5l10.5.5c.5-6 3-14.5 4-21s2.5-12.5 3-19-1.5-11-1.5-19Z', 79, 336.6],
    ['ankle-left', 'M73 369c0 6-1 10.5-1.5 15l12.5 0c0-3.5-1-8.5-.5-14.5Z', 78, 376.9, 'M94.7 347.2l-.8 32l-32.1-.8l.8-32Z'],
    ['foot-left', 'M71.5 384c-.5 4.5-.5 8.5-1 11s-2 3.5-3 5-2.5 2-2.5 3 1 1.5 2.5 2 3 .5 5 .5 4.5 1 6.5.5 4.5-1.5 5.5-3 1-4.5 1-6.5-.5-3.5-1-5.5-.5-3.5-.5-7Z', 76.9, 395.6, 'M91.8 379.3l-.8 32.1l-32.1-.8l.8-32.1Z'],
  ],
  front,
);

export const FIGURE: Figure = {
  width: 200,
  height: 412,
  views: {
    front: {
      view: 'front',
      markers: { left: { x: 160, y: 62 }, right: { x: 40, y: 62 } },
      regions: front,
    },
    back: {
      view: 'back',
      markers: { left: { x: 40, y: 62 }, right: { x: 160, y: 62 } },
      regions: back,
    },
  },
};
