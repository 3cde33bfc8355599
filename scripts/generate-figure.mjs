// Builds the human figure of <bw-body-map> from anatomical proportions and writes
// src/components/body-map/figure-data.ts. No dependencies, deterministic.
//
//   node scripts/generate-figure.mjs           write the module
//   node scripts/generate-figure.mjs --check   exit 1 if the committed module is out of date
//
// How the figure is built
// - Canon: the figure is 7.5 head heights tall (a slightly large head reads as friendly).
//   Every measure below is in head heights ("h"); x is the distance from the midline
//   towards the person's own side, y runs down from the top of the head.
// - Landmarks follow the classic canon: chin at 1 h, shoulder line at 1.5 h, chest at 2 h,
//   waist and elbows at 2.9 h, crotch and wrists near 3.9 h, knees at 5.5 h, soles at 7.5 h.
// - Limbs are an axis through joint centres (shoulder, elbow, wrist, fingertip; hip, knee,
//   ankle) with half-widths measured across the axis at named stations.
// - Each contour is a smooth Catmull-Rom spline through its control points, written as
//   cubic Béziers. Regions are cut at control points only, so a region edge is exactly the
//   same Bézier as the silhouette or the neighbouring region's edge (no gaps, no overlaps).
// - One half of the body is built in person coordinates and mirrored per view, so anatomical
//   left lands on the viewer's right in the front view and on the viewer's left in the back
//   view by construction.
// - Hands hang palm forwards: a thumb beside the index finger and four fingertips parted by
//   small notches. Feet turn slightly out: from the front the toes show (the big toe lowest),
//   from the back the heel; the feet are the only part that differs between the views.
// - Nothing crosses the face: the jaw regions are bands along the jaw line, under the cheeks.
// - The "L" and "R" markers stand beside the neck, above each shoulder, clear of every shape
//   and pointer target, so a view is barely more than twice as tall as it is wide.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'src/components/body-map/figure-data.ts');

// ---------------------------------------------------------------------------------------------
// Canvas and canon
// ---------------------------------------------------------------------------------------------

const W = 200; // viewBox width of one view
const H = 412; // viewBox height of one view: the figure and a small margin (at most 2.08 times W)
const CX = W / 2; // midline
const HEAD = 53.6; // one head height in viewBox units (7.5 heads = 402)
const TOP = 2; // top of the head; the soles are at TOP + 7.5 * HEAD = 404
const MIN_TARGET_PX = 24; // least pointer target, CSS px, ...
const ONE_PX = 320; // ... for every region when a view is shown alone this wide, and ...
const PAIR_PX = 150; // ... for the small ones with targets when front and back share an element 320 px wide
const ONE_SCALE = ONE_PX / W; // CSS px per viewBox unit at those widths
const PAIR_SCALE = PAIR_PX / W;
const MIN_HIT = 32.1; // viewBox units; 32.1 * 0.75 = 24.1 CSS px (rounding to 0.1 keeps it >= 24)

// ---------------------------------------------------------------------------------------------
// Small geometry helpers (person coordinates, head heights)
// ---------------------------------------------------------------------------------------------

const pt = (x, y, extra = {}) => ({ x, y, ...extra });
const add = (a, b) => pt(a.x + b.x, a.y + b.y);
const sub = (a, b) => pt(a.x - b.x, a.y - b.y);
const mul = (a, k) => pt(a.x * k, a.y * k);
const len = (a) => Math.hypot(a.x, a.y);
const unit = (a) => mul(a, 1 / len(a));
const lerp = (a, b, t) => pt(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);

/** A limb: joint centres joined by straight bones. */
function limb(joints) {
  const segs = joints.slice(1).map((b, i) => {
    const a = joints[i];
    const d = unit(sub(b, a));
    // Outward normal: the axis runs downwards, so (dy, -dx) points away from the midline.
    return { a, b, d, n: pt(d.y, -d.x) };
  });
  bone.segs = segs;
  return bone;
  /** Point on bone `seg` at fraction t, offset across the bone (+ outwards, - inwards). */
  function bone(seg, t, across, extra) {
    const s = segs[seg];
    const p = add(lerp(s.a, s.b, t), mul(s.n, across));
    return pt(p.x, p.y, extra);
  }
}

// ---------------------------------------------------------------------------------------------
// Proportions
// ---------------------------------------------------------------------------------------------

// Head: 1 h tall, 0.72 h wide, small ears at eye level, a soft jaw and a rounded chin.
const headTop = pt(0, 0, { k: 'headTop' });
const earTop = pt(0.362, 0.4, { k: 'earTop', corner: true });
const earBot = pt(0.352, 0.63, { k: 'earBot', corner: true });
const jawJoin = pt(0.3, 0.855, { k: 'J' }); // where the neck leaves the jaw line
const chinSide = pt(0.165, 0.945, { k: 'chinSide' });
const chin = pt(0, 0.975, { k: 'chin' });

// Neck and shoulder girdle.
const neckBase = pt(0.29, 1.26, { k: 'N' }); // side of the neck where the trapezius starts
const sternalNotch = pt(0, 1.37, { k: 'SN' });
const armpit = pt(0.76, 1.96, { k: 'A', corner: true });

// Arm: shoulder joint, elbow at the waist, wrist at the crotch, fingertips at mid-thigh.
// Arms hang about 10 degrees away from the body; palms face forwards (thumbs outwards).
const arm = limb([pt(0.84, 1.62), pt(1.1, 2.92), pt(1.29, 3.9), pt(1.39, 4.62)]);

// Torso side, front to back the same. Shoulders 2.2 h wide at the deltoids, waist 1.25 h, hips 1.6 h.
const chestSide = pt(0.7, 2.52, { k: 'Cs' });
const waist = pt(0.63, 2.92);
const iliacCrest = pt(0.665, 3.16, { k: 'Ic' });
const hipWide = pt(0.8, 3.64, { k: 'Ho' });
const crotch = pt(0, 3.92, { k: 'C', corner: true });

// Leg: hip joint, knee (slightly closer to the midline), ankle; feet slightly apart.
const leg = limb([pt(0.42, 3.78), pt(0.37, 5.46), pt(0.41, 7.08)]);
const ankleX = 0.41;

// ---------------------------------------------------------------------------------------------
// Contours (half figure, person side)
// ---------------------------------------------------------------------------------------------

/** Head outline from the crown round to the chin (mirrored ends keep the crown and chin smooth). */
const HEAD_C = {
  mirrorStart: true,
  mirrorEnd: true,
  pts: [
    headTop,
    // crown: an ellipse 0.72 h wide, 0.84 h tall
    ...[30, 60, 80].map((deg) =>
      pt(0.36 * Math.sin((deg * Math.PI) / 180), 0.42 - 0.42 * Math.cos((deg * Math.PI) / 180)),
    ),
    earTop,
    pt(0.415, 0.44),
    pt(0.41, 0.57),
    earBot,
    pt(0.342, 0.76),
    jawJoin,
    chinSide,
    chin,
  ],
};

const NOTCH = { corner: true };
const TIP = { round: 1.5 };

/** A hand hanging palm forwards, along the hand bone: [t from wrist to fingertip, across, kind].
 *  The thumb lies along the outer side, parted from the index finger by a narrow notch; the four
 *  fingers lie together, their rounded tips parted by small notches. */
const HAND = [
  [0.2, 0.175],
  [0.37, 0.215],
  [0.53, 0.22],
  [0.65, 0.2],
  [0.7, 0.17, TIP], // thumb
  [0.66, 0.142],
  [0.51, 0.132, NOTCH], // web between thumb and index finger
  [0.64, 0.126],
  [0.84, 0.118],
  [0.94, 0.085, TIP], // index finger
  [0.92, 0.053, NOTCH],
  [0.985, 0.02, TIP], // middle finger
  [0.935, -0.012, NOTCH],
  [0.965, -0.045, TIP], // ring finger
  [0.89, -0.077, NOTCH],
  [0.895, -0.112, TIP], // little finger
  [0.81, -0.15],
  [0.5, -0.17],
];

/** Feet, slightly turned out, from the outer ankle round to the inner ankle: [x from the ankle,
 *  y]. From the front the toes make the lower edge, the big toe lowest; from the back the heel
 *  is the rounded lower edge and the outer side of the foot shows beyond it. */
const FOOT = {
  front: [
    [0.16, 7.26],
    [0.215, 7.36],
    [0.255, 7.45],
    [0.235, 7.49, TIP], // little toe
    [0.12, 7.5],
    [0.06, 7.51, NOTCH],
    [-0.025, 7.54, TIP], // big toe
    [-0.1, 7.5],
    [-0.125, 7.4],
    [-0.125, 7.27],
  ],
  back: [
    [0.14, 7.33],
    [0.2, 7.43],
    [0.245, 7.485],
    [0.2, 7.515],
    [0.1, 7.525],
    [-0.02, 7.535], // heel
    [-0.125, 7.48],
    [-0.14, 7.36],
    [-0.12, 7.26],
  ],
};

/** Silhouette from the jaw, down the neck, over the shoulder, round the arm and hand,
 *  down the side of the torso, round the leg and foot, and up the inner leg to the crotch. */
const silhouette = (foot) => ({
  pts: [
    pt(jawJoin.x, jawJoin.y, { k: 'J', corner: true }),
    pt(0.26, 1.08),
    neckBase,
    pt(0.5, 1.38),
    pt(0.84, 1.5),
    pt(0.965, 1.66),
    // outer arm
    arm(0, 0.3, 0.2, { k: 'Do' }), // shoulder | upper arm
    arm(0, 0.62, 0.18),
    arm(0, 0.9, 0.155, { k: 'EUo' }), // upper arm | elbow
    arm(1, 0.14, 0.155, { k: 'ELo' }), // elbow | forearm
    arm(1, 0.38, 0.17),
    arm(1, 0.86, 0.11, { k: 'WUo' }), // forearm | wrist
    arm(2, 0.06, 0.115, { k: 'WLo' }), // wrist | hand
    ...HAND.map(([t, across, kind]) => arm(2, t, across, kind)),
    arm(2, 0.06, -0.11, { k: 'WLi' }),
    // inner arm
    arm(1, 0.86, -0.1, { k: 'WUi' }),
    arm(1, 0.4, -0.15),
    arm(1, 0.14, -0.15, { k: 'ELi' }),
    arm(0, 0.9, -0.15, { k: 'EUi' }),
    arm(0, 0.6, -0.17),
    armpit,
    // torso side
    chestSide,
    waist,
    iliacCrest,
    pt(0.745, 3.4),
    hipWide,
    // outer leg
    leg(0, 0.1, 0.38, { k: 'Go' }), // glute fold reaches the side
    leg(0, 0.42, 0.33),
    leg(0, 0.86, 0.21, { k: 'KUo' }), // thigh | knee
    leg(1, 0.18, 0.185, { k: 'KLo' }), // knee | shin
    leg(1, 0.33, 0.225),
    leg(1, 0.62, 0.16),
    leg(1, 0.86, 0.1, { k: 'AUo' }), // shin | ankle
    leg(1, 1.03, 0.12, { k: 'ALo' }), // ankle | foot
    ...foot.map(([x, y, kind]) => pt(ankleX + x, y, kind)),
    leg(1, 1.03, -0.11, { k: 'ALi' }),
    // inner leg
    leg(1, 0.86, -0.095, { k: 'AUi' }),
    leg(1, 0.62, -0.16),
    leg(1, 0.4, -0.205),
    leg(1, 0.18, -0.175, { k: 'KLi' }),
    leg(0, 0.86, -0.18, { k: 'KUi' }),
    leg(0, 0.45, -0.27),
    crotch,
  ],
});
/** The silhouette of each view (they differ only in the feet). */
const SIL = { front: silhouette(FOOT.front), back: silhouette(FOOT.back) };

// Inner boundaries between regions. The jaw is a band along the jaw line, under the cheek:
// nothing crosses the face.
const JAW_IN = { pts: [chinSide, pt(0.25, 0.865), pt(0.31, 0.745), earBot] };
const NECK_BASE = { mirrorEnd: true, pts: [neckBase, pt(0.14, 1.335), sternalNotch] };
const CLAVICLE = { pts: [neckBase, pt(0.5, 1.45), pt(0.67, 1.62), armpit] }; // shoulder | chest or upper back
const RIBS_FRONT = { mirrorEnd: true, pts: [chestSide, pt(0.4, 2.5), pt(0, 2.4, { k: 'M1' })] };
const RIBS_BACK = { mirrorEnd: true, pts: [chestSide, pt(0.38, 2.56), pt(0, 2.55, { k: 'M2' })] };
const ABDOMEN_SIDE = { pts: [iliacCrest, pt(0.44, 3.42), pt(0.31, 3.82, { k: 'Gi' })] };
const GROIN = { pts: [hipWide, pt(0.54, 3.74), pt(0.31, 3.82, { k: 'Gi' }), pt(0, 3.92, { k: 'C' })] };
const GLUTE_FOLD = {
  pts: [SIL.back.pts.find((p) => p.k === 'Go'), pt(0.52, 4.07), pt(0.2, 4.05), pt(0, 3.92, { k: 'C' })],
};
const ILIAC = { pts: [iliacCrest, pt(0.42, 3.14), pt(0.19, 3.26, { k: 'Q' })] };
const SACRUM_TOP = { mirrorEnd: true, pts: [pt(0.19, 3.26, { k: 'Q' }), pt(0, 3.19, { k: 'ST' })] };
const SACRUM_SIDE = { pts: [pt(0.19, 3.26, { k: 'Q' }), pt(0.15, 3.46), pt(0, 3.6, { k: 'Sa', corner: true })] };

// ---------------------------------------------------------------------------------------------
// Splines: Catmull-Rom through the control points, as cubic Béziers
// ---------------------------------------------------------------------------------------------

const CONTOURS = [
  HEAD_C,
  SIL.front,
  SIL.back,
  JAW_IN,
  NECK_BASE,
  CLAVICLE,
  RIBS_FRONT,
  RIBS_BACK,
  ABDOMEN_SIDE,
  GROIN,
  GLUTE_FOLD,
];
CONTOURS.push(ILIAC, SACRUM_TOP, SACRUM_SIDE);
CONTOURS.forEach(bake);

/** Precomputes each control point's tangent (uniform Catmull-Rom, so joins are C1 and can be
 *  written with the short S command). Corners get no tangent; mirrored ends get a horizontal one;
 *  a point with \`round\` gets a longer one (a fingertip between two sharp notches). */
function bake(chain) {
  const p = chain.pts;
  const last = p.length - 1;
  chain.tan = p.map((q, i) => {
    if (q.corner) return pt(0, 0);
    const prev = i > 0 ? p[i - 1] : chain.mirrorStart ? pt(-p[1].x, p[1].y) : sub(mul(q, 2), p[1]);
    const next =
      i < last ? p[i + 1] : chain.mirrorEnd ? pt(-p[last - 1].x, p[last - 1].y) : sub(mul(q, 2), p[last - 1]);
    return mul(sub(next, prev), (q.round ?? 1) / 6);
  });
}

function indexOf(chain, key) {
  const i = chain.pts.findIndex((q) => q.k === key);
  if (i < 0) throw new Error(`generate-figure: no control point "${key}" in a contour`);
  return i;
}

const at = (chain, key) => chain.pts[indexOf(chain, key)];

// A piece of a region's edge, in person coordinates: Bézier segments of a contour between two
// labelled control points (in either direction), or a straight cut.
function seg(chain, from, to) {
  const a = indexOf(chain, from);
  const b = indexOf(chain, to);
  const out = [];
  const step = a < b ? 1 : -1;
  for (let i = a; i !== b; i += step) {
    const j = i + step;
    const p0 = chain.pts[i];
    const p1 = chain.pts[j];
    // Along the contour the handle of point i points towards i+1; walking backwards flips it.
    out.push({ p0, h0: mul(chain.tan[i], step), h1: mul(chain.tan[j], step), p1 });
  }
  return out;
}
const line = (p0, p1) => [{ p0, p1 }];

// ---------------------------------------------------------------------------------------------
// Views: person coordinates to viewBox tenths (integers, so shared edges match exactly)
// ---------------------------------------------------------------------------------------------

/** Rounds halves away from zero, so a mirrored or reversed handle rounds to exactly the opposite. */
const round = (v) => Math.sign(v) * Math.round(Math.abs(v));
/** side +1 draws the half at larger x, -1 mirrors it. */
const toView = (q, side) => ({
  x: CX * 10 + side * round(q.x * HEAD * 2) * 5,
  y: round((TOP + q.y * HEAD) * 2) * 5,
});
/** A handle (a control point relative to its end point), rounded on its own: the two handles of a
 *  smooth join stay exact opposites, so the join is written with the short S command. */
const handle = (h, side) => ({ x: side * round(h.x * HEAD * 2) * 5, y: round(h.y * HEAD * 2) * 5 });

/** pieces: [[segments, side], ...] */
function mapPieces(pieces) {
  const out = [];
  for (const [segs, side] of pieces) {
    for (const s of segs) {
      out.push(
        s.h0
          ? {
              p0: toView(s.p0, side),
              c1: add(toView(s.p0, side), handle(s.h0, side)),
              c2: sub(toView(s.p1, side), handle(s.h1, side)),
              p1: toView(s.p1, side),
            }
          : { p0: toView(s.p0, side), p1: toView(s.p1, side) },
      );
    }
  }
  return out;
}

const num = (n) => (n % 10 === 0 ? String(n / 10) : (n / 10).toFixed(1));
const pair = (q) => `${num(q.x)} ${num(q.y)}`;
const same = (a, b) => a.x === b.x && a.y === b.y;

/** A relative coordinate, shortest form: "0.5" → ".5", "-0.5" → "-.5". */
const rel = (n) => num(n).replace(/^(-?)0\./, '$1.');
/** Numbers joined with the fewest separators: a minus sign separates on its own, and so does
 *  a leading dot after a number that already has one ("1.5.5" is 1.5 then 0.5). */
const glue = (prev, v) => (v.startsWith('-') || (v.startsWith('.') && prev.includes('.')) ? '' : ' ');
const join = (values) => values.reduce((out, v, i) => out + (i ? glue(values[i - 1], v) : '') + v, '');
const delta = (q, from) => [rel(q.x - from.x), rel(q.y - from.y)];

/**
 * Writes segments as compact path data — relative commands after the first point, so the numbers
 * are short — checking they join up and close. Coordinates are whole tenths, so nothing drifts.
 */
function pathData(segs, what) {
  let d = `M${pair(segs[0].p0)}`;
  let prev;
  let cur = segs[0].p0;
  let lastCmd = '';
  let lastNum = '';
  const named = [segs[0].p0]; // every point the data names, to check the encoding below
  // A repeated command letter may be left out (SVG repeats the previous command).
  const emit = (cmd, values) => {
    d += cmd === lastCmd ? glue(lastNum, values[0]) + join(values) : cmd + join(values);
    lastCmd = cmd;
    lastNum = values.at(-1);
  };
  segs.forEach((s, i) => {
    if (i > 0 && !same(s.p0, segs[i - 1].p1)) throw new Error(`generate-figure: ${what} has a gap at segment ${i}`);
    const last = i === segs.length - 1;
    if (!s.c1) {
      if (!last) emit('l', delta(s.p1, cur));
      if (!last) named.push(s.p1);
    } else if (smooth(s, prev)) {
      emit('s', [...delta(s.c2, cur), ...delta(s.p1, cur)]);
      named.push(s.c2, s.p1);
    } else {
      emit('c', [...delta(s.c1, cur), ...delta(s.c2, cur), ...delta(s.p1, cur)]);
      named.push(s.c1, s.c2, s.p1);
    }
    cur = s.p1;
    prev = s;
  });
  if (!same(segs.at(-1).p1, segs[0].p0)) throw new Error(`generate-figure: ${what} does not close`);
  d += 'Z';
  const back = decode(d);
  if (back.length !== named.length || back.some((q, i) => !same(q, named[i])))
    throw new Error(`generate-figure: the path data of ${what} does not read back as its geometry`);
  return d;
}

/** Whether S can write a curve: its first handle mirrors the previous curve's last one, or, after
 *  a move or a line, is the current point itself. */
const smooth = (s, prev) =>
  same(s.c1, prev?.c1 ? { x: 2 * prev.p1.x - prev.c2.x, y: 2 * prev.p1.y - prev.c2.y } : s.p0);

/** Flattens segments to a polygon in viewBox units. */
function polygon(segs) {
  const out = [];
  for (const s of segs) {
    const steps = s.c1 ? 12 : 1;
    for (let k = 0; k < steps; k++) {
      const t = k / steps;
      if (!s.c1) out.push({ x: s.p0.x / 10, y: s.p0.y / 10 });
      else {
        const u = 1 - t;
        const b = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
        const ps = [s.p0, s.c1, s.c2, s.p1];
        out.push({
          x: ps.reduce((acc, q, j) => acc + q.x * b[j], 0) / 10,
          y: ps.reduce((acc, q, j) => acc + q.y * b[j], 0) / 10,
        });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Regions
// ---------------------------------------------------------------------------------------------

let S = SIL.front; // the silhouette of the view being built or checked
const cut = (a, b) => line(at(S, a), at(S, b));
const BOTH = ['front', 'back'];

/** Lateral regions: edges of the person's left half (mirrored for the right). */
const LATERAL = [
  { id: 'jaw', views: ['front'], edge: () => [seg(HEAD_C, 'earBot', 'chinSide'), seg(JAW_IN, 'chinSide', 'earBot')] },
  {
    id: 'shoulder',
    views: BOTH,
    edge: () => [seg(S, 'N', 'Do'), line(at(S, 'Do'), armpit), seg(CLAVICLE, 'A', 'N')],
  },
  {
    id: 'chest',
    views: ['front'],
    edge: () => [
      seg(CLAVICLE, 'N', 'A'),
      seg(S, 'A', 'Cs'),
      seg(RIBS_FRONT, 'Cs', 'M1'),
      line(at(RIBS_FRONT, 'M1'), sternalNotch),
      seg(NECK_BASE, 'SN', 'N'),
    ],
  },
  {
    id: 'upper-back',
    views: ['back'],
    edge: () => [
      seg(CLAVICLE, 'N', 'A'),
      seg(S, 'A', 'Cs'),
      seg(RIBS_BACK, 'Cs', 'M2'),
      line(at(RIBS_BACK, 'M2'), sternalNotch),
      seg(NECK_BASE, 'SN', 'N'),
    ],
  },
  {
    id: 'upper-arm',
    views: BOTH,
    edge: () => [seg(S, 'Do', 'EUo'), cut('EUo', 'EUi'), seg(S, 'EUi', 'A'), line(armpit, at(S, 'Do'))],
  },
  {
    id: 'elbow',
    views: BOTH,
    edge: () => [seg(S, 'EUo', 'ELo'), cut('ELo', 'ELi'), seg(S, 'ELi', 'EUi'), cut('EUi', 'EUo')],
  },
  {
    id: 'forearm',
    views: BOTH,
    edge: () => [seg(S, 'ELo', 'WUo'), cut('WUo', 'WUi'), seg(S, 'WUi', 'ELi'), cut('ELi', 'ELo')],
  },
  {
    id: 'wrist',
    views: BOTH,
    edge: () => [seg(S, 'WUo', 'WLo'), cut('WLo', 'WLi'), seg(S, 'WLi', 'WUi'), cut('WUi', 'WUo')],
  },
  { id: 'hand', views: BOTH, edge: () => [seg(S, 'WLo', 'WLi'), cut('WLi', 'WLo')] },
  {
    id: 'lower-back',
    views: ['back'],
    edge: () => [
      seg(S, 'Cs', 'Ic'),
      seg(ILIAC, 'Ic', 'Q'),
      seg(SACRUM_TOP, 'Q', 'ST'),
      line(at(SACRUM_TOP, 'ST'), at(RIBS_BACK, 'M2')),
      seg(RIBS_BACK, 'M2', 'Cs'),
    ],
  },
  {
    id: 'hip',
    views: ['front'],
    edge: () => [seg(S, 'Ic', 'Ho'), seg(GROIN, 'Ho', 'Gi'), seg(ABDOMEN_SIDE, 'Gi', 'Ic')],
  },
  {
    id: 'glute',
    views: ['back'],
    edge: () => [
      seg(S, 'Ic', 'Go'),
      seg(GLUTE_FOLD, 'Go', 'C'),
      line(crotch, at(SACRUM_SIDE, 'Sa')),
      seg(SACRUM_SIDE, 'Sa', 'Q'),
      seg(ILIAC, 'Q', 'Ic'),
    ],
  },
  {
    id: 'thigh',
    views: ['front'],
    edge: () => [seg(S, 'Ho', 'KUo'), cut('KUo', 'KUi'), seg(S, 'KUi', 'C'), seg(GROIN, 'C', 'Ho')],
  },
  {
    id: 'thigh',
    views: ['back'],
    edge: () => [seg(S, 'Go', 'KUo'), cut('KUo', 'KUi'), seg(S, 'KUi', 'C'), seg(GLUTE_FOLD, 'C', 'Go')],
  },
  {
    id: 'knee',
    views: BOTH,
    edge: () => [seg(S, 'KUo', 'KLo'), cut('KLo', 'KLi'), seg(S, 'KLi', 'KUi'), cut('KUi', 'KUo')],
  },
  ...['shin', 'calf'].map((id, i) => ({
    id,
    views: [BOTH[i]],
    edge: () => [seg(S, 'KLo', 'AUo'), cut('AUo', 'AUi'), seg(S, 'AUi', 'KLi'), cut('KLi', 'KLo')],
  })),
  {
    id: 'ankle',
    views: BOTH,
    edge: () => [seg(S, 'AUo', 'ALo'), cut('ALo', 'ALi'), seg(S, 'ALi', 'AUi'), cut('AUi', 'AUo')],
  },
  { id: 'foot', views: BOTH, edge: () => [seg(S, 'ALo', 'ALi'), cut('ALi', 'ALo')] },
];

/** Midline regions: [segments, side] pieces round the whole shape. */
const MIDLINE = [
  {
    id: 'head',
    views: BOTH,
    edge: () => [
      [seg(HEAD_C, 'headTop', 'chin'), 1],
      [seg(HEAD_C, 'chin', 'headTop'), -1],
    ],
  },
  {
    id: 'neck',
    views: BOTH,
    edge: () => [
      [seg(S, 'J', 'N'), 1],
      [seg(NECK_BASE, 'N', 'SN'), 1],
      [seg(NECK_BASE, 'SN', 'N'), -1],
      [seg(S, 'N', 'J'), -1],
      [seg(HEAD_C, 'J', 'chin'), -1],
      [seg(HEAD_C, 'chin', 'J'), 1],
    ],
  },
  {
    id: 'abdomen',
    views: ['front'],
    edge: () => [
      [seg(RIBS_FRONT, 'M1', 'Cs'), 1],
      [seg(S, 'Cs', 'Ic'), 1],
      [seg(ABDOMEN_SIDE, 'Ic', 'Gi'), 1],
      [seg(GROIN, 'Gi', 'C'), 1],
      [seg(GROIN, 'C', 'Gi'), -1],
      [seg(ABDOMEN_SIDE, 'Gi', 'Ic'), -1],
      [seg(S, 'Ic', 'Cs'), -1],
      [seg(RIBS_FRONT, 'Cs', 'M1'), -1],
    ],
  },
  {
    id: 'sacrum',
    views: ['back'],
    edge: () => [
      [seg(SACRUM_TOP, 'ST', 'Q'), 1],
      [seg(SACRUM_SIDE, 'Q', 'Sa'), 1],
      [seg(SACRUM_SIDE, 'Sa', 'Q'), -1],
      [seg(SACRUM_TOP, 'Q', 'ST'), -1],
    ],
  },
];

const OUTLINE = () => [
  [seg(HEAD_C, 'headTop', 'J'), 1],
  [seg(S, 'J', 'C'), 1],
  [seg(S, 'C', 'J'), -1],
  [seg(HEAD_C, 'J', 'headTop'), -1],
];

/** The 40 region ids and the views each is drawn in (the element's dataset uses the same ids). */
const EXPECTED = {
  head: BOTH,
  neck: BOTH,
  abdomen: ['front'],
  sacrum: ['back'],
};
for (const [base, views] of Object.entries({
  jaw: ['front'],
  shoulder: BOTH,
  chest: ['front'],
  'upper-arm': BOTH,
  elbow: BOTH,
  forearm: BOTH,
  wrist: BOTH,
  hand: BOTH,
  'upper-back': ['back'],
  'lower-back': ['back'],
  hip: ['front'],
  glute: ['back'],
  thigh: BOTH,
  knee: BOTH,
  shin: ['front'],
  calf: ['back'],
  ankle: BOTH,
  foot: BOTH,
})) {
  EXPECTED[`${base}-left`] = views;
  EXPECTED[`${base}-right`] = views;
}

// ---------------------------------------------------------------------------------------------
// Enlarged pointer targets
// ---------------------------------------------------------------------------------------------
//
// Small regions get an invisible hit rectangle at least MIN_HIT units each way (24 CSS px
// when front and back share an element 320 px wide), aligned with the limb so it hugs it.
// Overlaps are avoided by construction; neighbours that both have a target share a boundary:
// - hand and foot targets end at the fingertips or sole (or the bottom of the view) and reach
//   back over the wrist or ankle as far as they need; the wrist and ankle targets end just
//   above them and reach up the forearm and shin/calf, which have no target of their own
//   (their shapes stay large enough to hit).
// - elbows end at the elbow | forearm cut and reach up the upper arm, so the forearm keeps
//   room between the elbow and wrist targets.
// - jaws reach from the midline outwards and from under the chin up to the eyes; the neck's
//   target starts just under them (under the chin in the back view) and reaches down over the
//   top of the chest or upper back.
// The generator measures every pair of targets and fails if any two overlap.
const PAD = 1; // extra margin round a small shape (units), except where two targets meet
const GAP = 0.1; // between two targets that meet, so they never overlap after rounding
const EDGE = 0.5; // least margin between a target and the edge of the view
const JAW_DROP = 4.5; // units the jaw targets reach below the chin
const ARM = arm.segs;
const LEG = leg.segs;
/** Regions that always get a target (the element's tests measure them at 320 px, both views). */
const TARGETS = ['jaw', 'neck', 'elbow', 'wrist', 'hand', 'ankle', 'foot'];
/** Axis of each target (person side, pointing down the body). */
const AXES = {
  jaw: pt(0, 1),
  neck: pt(0, 1),
  elbow: unit(add(ARM[0].d, ARM[1].d)),
  wrist: ARM[2].d,
  hand: ARM[2].d,
  ankle: LEG[1].d,
  foot: LEG[1].d,
};

/** Extent of a polygon along a direction (projections, view units). */
const span = (poly, dir) => {
  const s = poly.map((q) => q.x * dir.x + q.y * dir.y);
  return [Math.min(...s), Math.max(...s)];
};
const padded = ([a, b]) => [a - PAD, b + PAD];
function grow([a, b]) {
  if (b - a >= MIN_HIT) return [a, b];
  const m = (a + b) / 2;
  return [m - MIN_HIT / 2, m + MIN_HIT / 2];
}

/** A rectangle [u0, u1] along d by [v0, v1] across it (projections), as path data and corners. */
function rect(d, n, [u0, u1], [v0, v1]) {
  const corner = (u, v) => ({ x: Math.round((d.x * u + n.x * v) * 10), y: Math.round((d.y * u + n.y * v) * 10) });
  const q = [corner(u0, v0), corner(u1, v0), corner(u1, v1), corner(u0, v1)];
  // Relative moves; an axis-aligned rectangle shortens to h/v.
  const step = (a, b) =>
    a.y === b.y ? `h${rel(b.x - a.x)}` : a.x === b.x ? `v${rel(b.y - a.y)}` : `l${join(delta(b, a))}`;
  return {
    d: `M${pair(q[0])}${step(q[0], q[1])}${step(q[1], q[2])}${step(q[2], q[3])}Z`,
    poly: q.map((p) => ({ x: p.x / 10, y: p.y / 10 })),
  };
}

/** Gives the small regions of a view their pointer targets (see above). */
function addTargets(regions) {
  const find = (base, side) => regions.find((r) => r.base === base && r.side === side);
  const set = (r, U, V) => {
    const hit = rect(r.d0, r.n0, U, V);
    r.hit = hit.d;
    Object.defineProperty(r, 'hitPoly', { value: hit.poly });
  };
  // Each target's axis, drawn on its side of the view: d along the body, n outwards.
  for (const r of regions) {
    const a = AXES[r.base] ?? pt(0, 1);
    const side = r.side || 1;
    Object.defineProperty(r, 'd0', { value: pt(side * a.x, a.y) });
    Object.defineProperty(r, 'n0', { value: pt(side * a.y, -a.x) });
  }
  const across = (r) => grow(padded(span(r.poly, r.n0)));
  const chinY = TOP + chin.y * HEAD;
  for (const side of [1, -1]) {
    const jaw = find('jaw', side);
    if (jaw) set(jaw, [chinY + JAW_DROP - MIN_HIT, chinY + JAW_DROP], [CX * side + GAP, CX * side + GAP + MIN_HIT]);
    const elbow = find('elbow', side);
    const [e0, e1] = span(elbow.poly, elbow.d0);
    set(elbow, [Math.min(e0 - PAD, e1 - MIN_HIT), e1], across(elbow));
    // The end of a limb and the joint above it.
    for (const [joint, end] of [
      ['wrist', 'hand'],
      ['ankle', 'foot'],
    ]) {
      const j = find(joint, side);
      const e = find(end, side);
      const [u0, u1] = span(e.poly, e.d0);
      let start = Math.max(u0 + GAP, u1 + PAD - MIN_HIT);
      let stop = Math.max(start + MIN_HIT, u1 + PAD);
      // Keep clear of the bottom of the view: move up, over the joint.
      const low = Math.max(...rect(e.d0, e.n0, [start, stop], across(e)).poly.map((q) => q.y)) - (H - EDGE);
      if (low > 0) [start, stop] = [start - low / e.d0.y - GAP, stop - low / e.d0.y - GAP];
      set(e, [start, stop], across(e));
      set(j, [Math.min(span(j.poly, j.d0)[0] - PAD, start - GAP - MIN_HIT), start - GAP], across(j));
    }
  }
  // The neck's target starts under the chin, or under the jaws' targets where they are drawn.
  const neckTop = chinY + (find('jaw', 1) ? JAW_DROP : 0) + GAP;
  set(find('neck', 0), [neckTop, neckTop + MIN_HIT], [CX - MIN_HIT / 2, CX + MIN_HIT / 2]);
  // Any other region too small to hit gets a target round its middle.
  for (const r of regions) {
    const b = bbox(r.poly);
    if (!r.hit && Math.min(b.x1 - b.x0, b.y1 - b.y0) * ONE_SCALE < MIN_TARGET_PX)
      set(r, grow(padded(span(r.poly, r.d0))), across(r));
  }
}

// ---------------------------------------------------------------------------------------------
// Measures
// ---------------------------------------------------------------------------------------------

function area(poly) {
  let a = 0;
  poly.forEach((p, i) => {
    const q = poly[(i + 1) % poly.length];
    a += p.x * q.y - q.x * p.y;
  });
  return a / 2;
}

function centroid(poly) {
  let cx = 0;
  let cy = 0;
  poly.forEach((p, i) => {
    const q = poly[(i + 1) % poly.length];
    const f = p.x * q.y - q.x * p.y;
    cx += (p.x + q.x) * f;
    cy += (p.y + q.y) * f;
  });
  const a = area(poly);
  return { x: cx / (6 * a), y: cy / (6 * a) };
}

function inside(poly, x, y) {
  let r = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i];
    const b = poly[j];
    if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) r = !r;
  }
  return r;
}

/** x where the horizontal line y crosses the polygon's edges. */
function crossings(poly, y) {
  const xs = [];
  poly.forEach((a, i) => {
    const b = poly[(i + 1) % poly.length];
    if (a.y > y !== b.y > y) xs.push(a.x + ((y - a.y) * (b.x - a.x)) / (b.y - a.y));
  });
  return xs.sort((p, q) => p - q);
}

/** Visual centre: the area centroid, or for a curved shape whose centroid falls outside it,
 *  the middle of its widest span at that height. */
function visualCentre(poly) {
  const c = centroid(poly);
  if (inside(poly, c.x, c.y)) return c;
  const xs = crossings(poly, c.y);
  let best = [xs[0], xs[1]];
  for (let i = 0; i + 1 < xs.length; i += 2) if (xs[i + 1] - xs[i] > best[1] - best[0]) best = [xs[i], xs[i + 1]];
  return { x: (best[0] + best[1]) / 2, y: c.y };
}

const bbox = (poly) => ({
  x0: Math.min(...poly.map((p) => p.x)),
  x1: Math.max(...poly.map((p) => p.x)),
  y0: Math.min(...poly.map((p) => p.y)),
  y1: Math.max(...poly.map((p) => p.y)),
});

const r1 = (n) => Math.round(n * 10) / 10;

// ---------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------

const MARKER = pt(1.12, 1.12); // centre of the "L" and "R" markers (head heights, person side)
const MARKER_BOX = pt(7, 9); // half the width and height of a marker's letter, with a margin

function buildView(view) {
  S = SIL[view];
  const shapes = [];
  const leftSide = view === 'front' ? 1 : -1; // where the person's left half is drawn
  for (const r of LATERAL) {
    if (!r.views.includes(view)) continue;
    for (const [suffix, side] of [
      ['left', leftSide],
      ['right', -leftSide],
    ]) {
      shapes.push({ id: `${r.id}-${suffix}`, base: r.id, side, segs: mapPieces(r.edge().map((p) => [p, side])) });
    }
  }
  for (const r of MIDLINE) {
    if (r.views.includes(view)) shapes.push({ id: r.id, base: r.id, side: 0, segs: mapPieces(r.edge()) });
  }

  const regions = shapes.map((s) => {
    const poly = polygon(s.segs);
    const c = visualCentre(poly);
    const region = { id: s.id, d: pathData(s.segs, s.id), center: { x: r1(c.x), y: r1(c.y) } };
    Object.defineProperty(region, 'poly', { value: poly });
    Object.defineProperty(region, 'base', { value: s.base });
    Object.defineProperty(region, 'side', { value: s.side });
    return region;
  });
  addTargets(regions);

  regions.sort((a, b) => a.center.y - b.center.y || a.center.x - b.center.x);
  // Beside the neck, above each shoulder, on that side of the person.
  const m = (side) => ({ x: r1(CX + side * MARKER.x * HEAD), y: r1(TOP + MARKER.y * HEAD) });
  return { view, markers: { left: m(leftSide), right: m(-leftSide) }, regions };
}

const FIGURE = { width: W, height: H, views: { front: buildView('front'), back: buildView('back') } };

// ---------------------------------------------------------------------------------------------
// Sanity checks
// ---------------------------------------------------------------------------------------------

/**
 * Reads path data back (the subset written here: M, L, H, V, C, S, Z, absolute or relative, with
 * repeated commands left out) as every point it names, ends and control points, in tenths. The
 * generator decodes what it wrote to prove the compact encoding is exact.
 */
function decode(d) {
  const out = [];
  let x = 0;
  let y = 0;
  let cmd = '';
  const tokens = d.match(/[MLHVCSZmlhvcsz]|-?(?:\d+\.?\d*|\.\d+)/g);
  const per = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4 };
  for (let i = 0; i < tokens.length;) {
    if (/[a-z]/i.test(tokens[i])) {
      cmd = tokens[i++];
      if (cmd === 'z' || cmd === 'Z') continue;
    }
    const lower = cmd.toLowerCase();
    const rel = cmd === lower;
    const n = tokens.slice(i, i + per[lower]).map((t) => Math.round(Number(t) * 10));
    i += per[lower];
    if (lower === 'h') n.push(rel ? 0 : y);
    if (lower === 'v') n.unshift(rel ? 0 : x);
    const [ox, oy] = rel ? [x, y] : [0, 0];
    for (let k = 0; k < n.length; k += 2) out.push({ x: ox + n[k], y: oy + n[k + 1] });
    x = out.at(-1).x;
    y = out.at(-1).y;
  }
  return out;
}

function fail(message) {
  throw new Error(`generate-figure: ${message}`);
}

/** Cells of a 0.5-unit grid inside a polygon, as a Set of cell numbers. */
function cells(poly) {
  const out = new Set();
  const b = bbox(poly);
  for (let y = Math.floor(b.y0 * 2) + 0.5; y < b.y1 * 2; y += 1) {
    const xs = crossings(poly, y / 2);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      for (let x = Math.ceil(xs[i] * 2 - 0.5) + 0.5; x < xs[i + 1] * 2; x += 1) out.add((y - 0.5) * 10000 + (x - 0.5));
    }
  }
  return out;
}

function overlap(a, b) {
  let n = 0;
  for (const c of a) if (b.has(c)) n++;
  return n / 4; // square units
}

function check(figure) {
  const stats = [];
  for (const [name, v] of Object.entries(figure.views)) {
    S = SIL[name];
    if (v.view !== name) fail(`view ${name} is labelled ${v.view}`);
    const ids = v.regions.map((r) => r.id);
    const want = Object.keys(EXPECTED).filter((id) => EXPECTED[id].includes(name));
    const missing = want.filter((id) => !ids.includes(id));
    const extra = ids.filter((id) => !want.includes(id));
    if (missing.length || extra.length) fail(`${name} view: missing [${missing}] unexpected [${extra}]`);
    if (new Set(ids).size !== ids.length) fail(`${name} view has a region twice`);

    const byId = Object.fromEntries(v.regions.map((r) => [r.id, r]));
    for (const id of ids.filter((i) => i.endsWith('-left'))) {
      const l = byId[id].center.x;
      const r = byId[id.replace(/-left$/, '-right')].center.x;
      if (name === 'front' ? !(l > r) : !(l < r))
        fail(`${name} view: ${id} (x ${l}) is on the wrong side of its mirror (x ${r})`);
      if (name === 'front' ? !(l > CX) : !(l < CX)) fail(`${name} view: ${id} is not on the person's left`);
    }
    const { left, right } = v.markers;
    if (name === 'front' ? !(left.x > right.x) : !(left.x < right.x)) fail(`${name} view: L/R markers swapped`);

    const within = (x, y, what) => {
      if (!(x >= 0 && x <= W && y >= 0 && y <= H))
        fail(`${name} view: ${what} has a point (${x}, ${y}) outside the viewBox`);
    };
    const pathPoints = (d, what) => decode(d).forEach((q) => within(q.x / 10, q.y / 10, what));
    within(left.x, left.y, 'the L marker');
    within(right.x, right.y, 'the R marker');
    // A marker's letter must stay clear of every shape and pointer target.
    for (const [letter, q] of [
      ['L', left],
      ['R', right],
    ]) {
      const box = [
        { x: q.x - MARKER_BOX.x, y: q.y - MARKER_BOX.y },
        { x: q.x + MARKER_BOX.x, y: q.y - MARKER_BOX.y },
        { x: q.x + MARKER_BOX.x, y: q.y + MARKER_BOX.y },
        { x: q.x - MARKER_BOX.x, y: q.y + MARKER_BOX.y },
      ];
      box.forEach((c) => within(c.x, c.y, `the ${letter} marker`));
      const mine = cells(box);
      for (const r of v.regions) {
        if (overlap(mine, cells(r.poly)) || (r.hit && overlap(mine, cells(r.hitPoly))))
          fail(`${name} view: the ${letter} marker touches ${r.id}`);
      }
    }
    for (const r of v.regions) {
      pathPoints(r.d, r.id);
      within(r.center.x, r.center.y, `${r.id} centre`);
      if (!inside(r.poly, r.center.x, r.center.y)) fail(`${name} view: centre of ${r.id} is outside its shape`);
      const b = bbox(r.poly);
      const small = Math.min(b.x1 - b.x0, b.y1 - b.y0) * ONE_SCALE < MIN_TARGET_PX;
      if (small && !r.hit) fail(`${name} view: ${r.id} is under ${MIN_TARGET_PX} px at ${ONE_PX} px and has no target`);
      if (TARGETS.includes(r.id.replace(/-(left|right)$/, '')) && !r.hit) fail(`${name} view: ${r.id} has no target`);
      if (r.hit) {
        pathPoints(r.hit, `${r.id} hit area`);
        const q = r.hitPoly;
        const sideA = Math.hypot(q[1].x - q[0].x, q[1].y - q[0].y) * PAIR_SCALE;
        const sideB = Math.hypot(q[2].x - q[1].x, q[2].y - q[1].y) * PAIR_SCALE;
        if (Math.min(sideA, sideB) < MIN_TARGET_PX)
          fail(`${name} view: hit area of ${r.id} is ${Math.min(sideA, sideB).toFixed(1)} px at ${PAIR_PX} px wide`);
        if (!inside(q, r.center.x, r.center.y)) fail(`${name} view: hit area of ${r.id} misses its centre`);
      }
    }

    // Regions must not overlap (the jaw is drawn over the head by design), hit areas barely.
    const grid = v.regions.map((r) => cells(r.poly));
    const hits = v.regions.map((r) => (r.hit ? cells(r.hitPoly) : null));
    let worstHit = 0;
    v.regions.forEach((a, i) => {
      v.regions.forEach((b, j) => {
        if (j <= i) return;
        const jawOnHead = (a.id === 'head' && b.id.startsWith('jaw')) || (b.id === 'head' && a.id.startsWith('jaw'));
        const o = jawOnHead ? 0 : overlap(grid[i], grid[j]);
        if (o > 1) fail(`${name} view: ${a.id} and ${b.id} overlap by ${o} square units`);
        if (hits[i] && hits[j]) {
          const h = overlap(hits[i], hits[j]);
          worstHit = Math.max(worstHit, h);
          if (h > 1) fail(`${name} view: hit areas of ${a.id} and ${b.id} overlap by ${h} square units`);
        }
      });
    });
    const body = cells(polygon(mapPieces(OUTLINE())));
    const covered = new Set();
    grid.forEach((g) => g.forEach((c) => body.has(c) && covered.add(c)));
    const coverage = covered.size / body.size;
    // The regions are the whole drawing (there is no silhouette beneath them): no holes.
    if (coverage < 0.999) fail(`${name} view: regions cover only ${(coverage * 100).toFixed(1)}% of the figure`);
    stats.push(
      `${name}: ${v.regions.length} regions, ${(coverage * 100).toFixed(1)}% covered, hit overlap ${worstHit}`,
    );
  }
  return stats;
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

const pointTs = (p) => `{ x: ${p.x}, y: ${p.y} }`;

/**
 * The mirror image of a path across the midline (x to W - x), as the generated module computes it
 * (see \`mirror\` in SOURCE below): absolute M, relative c, s, l, h and v, and Z.
 */
function mirrorPath(d) {
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
    return ` ${x ? Math.round((command === 'M' ? W - value : -value) * 10) / 10 : value}`;
  });
}

/** The numbers and letters of a path, for comparing two paths written differently. */
const pathTokens = (d) => d.match(/[A-Za-z]|-?\d*\.?\d+/g).map((t) => (/[A-Za-z]/.test(t) ? t : Number(t)));
const samePath = (a, b) => {
  const [x, y] = [pathTokens(a), pathTokens(b)];
  return x.length === y.length && x.every((t, i) => (typeof t === 'string' ? t === y[i] : Math.abs(t - y[i]) < 0.051));
};

/**
 * A right-side region that is exactly its left twin mirrored is left out of the module, which
 * makes it from the left one on load (half the lateral path data); any other is written out.
 */
function mirroredTwin(v, r) {
  if (!r.id.endsWith('-right')) return false;
  const left = v.regions.find((x) => x.id === r.id.replace(/right$/, 'left'));
  if (!left || !samePath(mirrorPath(left.d), r.d) || Math.abs(W - left.center.x - r.center.x) > 0.051) return false;
  if (left.center.y !== r.center.y || !left.hit !== !r.hit) return false;
  if (!/^[MZcslhv\d\s.-]+$/.test(left.d + (left.hit ?? ''))) return false;
  return !left.hit || samePath(mirrorPath(left.hit), r.hit);
}

/** A back-view region that is exactly the front view's region of the same id, mirrored: written as its id alone. */
function mirrorsFront(v, r) {
  if (v.view !== 'back') return false;
  const front = FIGURE.views.front.regions.find((x) => x.id === r.id);
  if (!front || !samePath(mirrorPath(front.d), r.d) || Math.abs(W - front.center.x - r.center.x) > 0.051) return false;
  if (front.center.y !== r.center.y || !front.hit !== !r.hit) return false;
  return !front.hit || samePath(mirrorPath(front.hit), r.hit);
}

/** Regions are written as rows and expanded on load: keys repeated 62 times cost bytes. */
function rowsTs(v) {
  const lines = [];
  for (const r of v.regions) {
    if (mirroredTwin(v, r)) continue;
    if (mirrorsFront(v, r)) {
      lines.push(`  ['${r.id}'],`);
      continue;
    }
    const hit = r.hit ? `, '${r.hit}'` : '';
    lines.push(`  ['${r.id}', '${r.d}', ${r.center.x}, ${r.center.y}${hit}],`);
  }
  return lines.join('\n');
}

const viewTs = (v) =>
  [
    `    ${v.view}: {`,
    `      view: '${v.view}',`,
    `      markers: { left: ${pointTs(v.markers.left)}, right: ${pointTs(v.markers.right)} },`,
    `      regions: ${v.view},`,
    `    },`,
  ].join('\n');

const SOURCE = `// GENERATED: do not edit. Regenerate: node scripts/generate-figure.mjs. Each view: viewBox 0 0 ${W} ${H}.
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
  /** Larger invisible pointer target (>= ${MIN_TARGET_PX} CSS px when a view is ${PAIR_PX} px wide). */
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

/** The mirror image of a path across the midline (x to ${W} - x): absolute M, relative c, s, l, h and v, and Z. */
function mirror(d: string): string {
  let command = '';
  let index = 0;
  return d.replace(/[A-Za-z]|-?\\d*\\.?\\d+/g, (token) => {
    if (/[A-Za-z]/.test(token)) {
      command = token;
      index = 0;
      return token;
    }
    const value = Number(token);
    const x = command === 'h' || (command !== 'v' && index++ % 2 === 0);
    return \` \${x ? Math.round((command === 'M' ? ${W} - value : -value) * 10) / 10 : value}\`;
  });
}

const flip = ({ id, d, center, hit }: RegionShape, to = id): RegionShape => ({
  id: to,
  d: mirror(d),
  center: { x: ${W} - center.x, y: center.y },
  hit: hit && mirror(hit),
});

/**
 * The shapes of a view's rows. A row with only an id is the region of that id in \`mirrored\` (the
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
${rowsTs(FIGURE.views.front)}
]);

const back = shapes(
  [
${rowsTs(FIGURE.views.back).replace(/^/gm, '  ')}
  ],
  front,
);

export const FIGURE: Figure = {
  width: ${W},
  height: ${H},
  views: {
${viewTs(FIGURE.views.front)}
${viewTs(FIGURE.views.back)}
  },
};
`;

const stats = check(FIGURE);
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // missing: reported below
  }
  if (current !== SOURCE) {
    console.error(
      `${OUT.slice(ROOT.length + 1)} is out of date with scripts/generate-figure.mjs.\n` +
        'Run `node scripts/generate-figure.mjs` and commit the result.',
    );
    process.exit(1);
  }
  console.log(`figure-data.ts is up to date (${stats.join('; ')})`);
} else {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, SOURCE);
  console.log(`wrote ${OUT.slice(ROOT.length + 1)} (${stats.join('; ')})`);
}
