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
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'src/components/body-map/figure-data.ts');

// ---------------------------------------------------------------------------------------------
// Canvas and canon
// ---------------------------------------------------------------------------------------------

const W = 200; // viewBox width of one view
const H = 458; // viewBox height of one view: the figure, then a row for the L/R markers
const CX = W / 2; // midline
const HEAD = 56; // one head height in viewBox units (7.5 heads = 420)
const TOP = 10; // top of the head; the soles are at TOP + 7.5 * HEAD = 430
const MARKER_Y = 446; // centre of the "L" and "R" markers, under the feet
const VIEW_PX = 320; // a view rendered this wide in CSS px ...
const MIN_TARGET_PX = 24; // ... must give small regions pointer targets at least this big
const SCALE = VIEW_PX / W; // CSS px per viewBox unit at that width
const MIN_HIT = 15.4; // viewBox units; 15.4 * 1.6 = 24.6 CSS px (rounding to 0.1 keeps it >= 24)

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

// Head: 1 h tall, 0.74 h wide, small ears at eye level, rounded chin.
const headTop = pt(0, 0, { k: 'headTop' });
const earTop = pt(0.378, 0.39, { k: 'earTop', corner: true });
const earBot = pt(0.372, 0.62, { k: 'earBot', corner: true });
const jawJoin = pt(0.27, 0.86, { k: 'J' }); // where the neck leaves the jaw line
const chinSide = pt(0.14, 0.955, { k: 'chinSide' });
const chin = pt(0, 0.985, { k: 'chin' });

// Neck and shoulder girdle.
const neckBase = pt(0.25, 1.3, { k: 'N' }); // side of the neck where the trapezius starts
const sternalNotch = pt(0, 1.4, { k: 'SN' });
const armpit = pt(0.76, 1.96, { k: 'A', corner: true });

// Arm: shoulder joint, elbow at the waist, wrist at the crotch, fingertips at mid-thigh.
// Arms hang about 10 degrees away from the body; palms face forwards (thumbs outwards).
const arm = limb([pt(0.84, 1.62), pt(1.1, 2.92), pt(1.29, 3.9), pt(1.39, 4.62)]);

// Torso side, front to back the same. Shoulders 1.95 h wide, waist 1.25 h, hips 1.6 h.
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
    // crown: an ellipse 0.77 h wide, 0.84 h tall
    ...[30, 60, 80].map((deg) =>
      pt(0.385 * Math.sin((deg * Math.PI) / 180), 0.42 - 0.42 * Math.cos((deg * Math.PI) / 180)),
    ),
    earTop,
    pt(0.44, 0.43),
    pt(0.435, 0.57),
    earBot,
    pt(0.35, 0.74),
    jawJoin,
    chinSide,
    chin,
  ],
};

/** Silhouette from the jaw, down the neck, over the shoulder, round the arm and hand,
 *  down the side of the torso, round the leg and foot, and up the inner leg to the crotch. */
const SIL = {
  pts: [
    pt(jawJoin.x, jawJoin.y, { k: 'J', corner: true }),
    pt(0.21, 1.1),
    neckBase,
    pt(0.5, 1.405),
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
    // hand, palm forwards: thumb on the outer side
    arm(2, 0.18, 0.16),
    arm(2, 0.36, 0.195),
    arm(2, 0.53, 0.19),
    arm(2, 0.62, 0.16),
    arm(2, 0.56, 0.13),
    arm(2, 0.42, 0.11, { corner: true }),
    arm(2, 0.6, 0.125),
    arm(2, 0.87, 0.11),
    arm(2, 1.0, 0.0),
    arm(2, 0.92, -0.12),
    arm(2, 0.6, -0.15),
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
    leg(1, 1.05, 0.12, { k: 'ALo' }), // ankle | foot
    // foot, toes slightly out
    pt(ankleX + 0.25, 7.4),
    pt(ankleX + 0.18, 7.51),
    pt(ankleX - 0.11, 7.495),
    pt(ankleX - 0.15, 7.36),
    leg(1, 1.05, -0.11, { k: 'ALi' }),
    // inner leg
    leg(1, 0.86, -0.095, { k: 'AUi' }),
    leg(1, 0.62, -0.16),
    leg(1, 0.4, -0.205),
    leg(1, 0.18, -0.175, { k: 'KLi' }),
    leg(0, 0.86, -0.18, { k: 'KUi' }),
    leg(0, 0.45, -0.27),
    crotch,
  ],
};

// Inner boundaries between regions.
const JAW_IN = { pts: [chinSide, pt(0.14, 0.82), pt(0.22, 0.69), earBot] };
const NECK_BASE = { mirrorEnd: true, pts: [neckBase, pt(0.13, 1.37), sternalNotch] };
const CLAVICLE = { pts: [neckBase, pt(0.5, 1.47), pt(0.67, 1.63), armpit] }; // shoulder | chest or upper back
const RIBS_FRONT = { mirrorEnd: true, pts: [chestSide, pt(0.4, 2.5), pt(0, 2.4, { k: 'M1' })] };
const RIBS_BACK = { mirrorEnd: true, pts: [chestSide, pt(0.38, 2.56), pt(0, 2.55, { k: 'M2' })] };
const ABDOMEN_SIDE = { pts: [iliacCrest, pt(0.44, 3.42), pt(0.31, 3.82, { k: 'Gi' })] };
const GROIN = { pts: [hipWide, pt(0.54, 3.74), pt(0.31, 3.82, { k: 'Gi' }), pt(0, 3.92, { k: 'C' })] };
const GLUTE_FOLD = { pts: [SIL.pts.find((p) => p.k === 'Go'), pt(0.52, 4.07), pt(0.2, 4.05), pt(0, 3.92, { k: 'C' })] };
const ILIAC = { pts: [iliacCrest, pt(0.42, 3.14), pt(0.19, 3.26, { k: 'Q' })] };
const SACRUM_TOP = { mirrorEnd: true, pts: [pt(0.19, 3.26, { k: 'Q' }), pt(0, 3.19, { k: 'ST' })] };
const SACRUM_SIDE = { pts: [pt(0.19, 3.26, { k: 'Q' }), pt(0.15, 3.46), pt(0, 3.6, { k: 'Sa', corner: true })] };

// ---------------------------------------------------------------------------------------------
// Splines: Catmull-Rom through the control points, as cubic Béziers
// ---------------------------------------------------------------------------------------------

const CONTOURS = [HEAD_C, SIL, JAW_IN, NECK_BASE, CLAVICLE, RIBS_FRONT, RIBS_BACK, ABDOMEN_SIDE, GROIN, GLUTE_FOLD];
CONTOURS.push(ILIAC, SACRUM_TOP, SACRUM_SIDE);
CONTOURS.forEach(bake);

/** Precomputes each control point's tangent (uniform Catmull-Rom, so joins are C1 and can be
 *  written with the short S command). Corners get no tangent; mirrored ends get a horizontal one. */
function bake(chain) {
  const p = chain.pts;
  const last = p.length - 1;
  chain.tan = p.map((q, i) => {
    if (q.corner) return pt(0, 0);
    const prev = i > 0 ? p[i - 1] : chain.mirrorStart ? pt(-p[1].x, p[1].y) : sub(mul(q, 2), p[1]);
    const next =
      i < last ? p[i + 1] : chain.mirrorEnd ? pt(-p[last - 1].x, p[last - 1].y) : sub(mul(q, 2), p[last - 1]);
    return mul(sub(next, prev), 1 / 6);
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
    out.push({ p0, c1: add(p0, mul(chain.tan[i], step)), c2: sub(p1, mul(chain.tan[j], step)), p1 });
  }
  return out;
}
const line = (p0, p1) => [{ p0, p1 }];

// ---------------------------------------------------------------------------------------------
// Views: person coordinates to viewBox tenths (integers, so shared edges match exactly)
// ---------------------------------------------------------------------------------------------

/** side +1 draws the half at larger x, -1 mirrors it. */
const toView = (q, side) => ({
  x: CX * 10 + side * Math.round(q.x * HEAD * 10),
  y: Math.round((TOP + q.y * HEAD) * 10),
});

/** pieces: [[segments, side], ...] */
function mapPieces(pieces) {
  const out = [];
  for (const [segs, side] of pieces) {
    for (const s of segs) {
      out.push(
        s.c1
          ? { p0: toView(s.p0, side), c1: toView(s.c1, side), c2: toView(s.c2, side), p1: toView(s.p1, side) }
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
    } else if (prev?.c1 && same(s.c1, { x: 2 * prev.p1.x - prev.c2.x, y: 2 * prev.p1.y - prev.c2.y })) {
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

const S = SIL;
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
// Small regions get an invisible hit rectangle at least MIN_HIT units (24 CSS px at 320 px)
// each way, aligned with the limb so it hugs the limb. Overlaps are avoided by construction:
// - wrist | hand and ankle | foot are neighbours that both have targets: the hand and foot
//   targets start exactly at the shared cut and grow away from it, while the wrist and ankle
//   targets end exactly at that cut and grow towards the forearm and shin/calf, which have
//   no target of their own (their own shapes stay large enough to hit).
// - elbows, jaws: no neighbour with a target, so they grow evenly round their centre; the
//   two jaws stay apart because the chin lies between them.
// The generator measures every pair of targets and fails if any two overlap.
const PAD = 1; // extra margin round a small shape (units), except on a shared cut
const ARM = arm.segs;
const LEG = leg.segs;
const HITS = {
  jaw: { dir: pt(0, 1), hold: null },
  elbow: { dir: unit(add(ARM[0].d, ARM[1].d)), hold: null },
  wrist: { dir: ARM[2].d, hold: 'end' },
  hand: { dir: ARM[2].d, hold: 'start' },
  ankle: { dir: LEG[1].d, hold: 'end' },
  foot: { dir: LEG[1].d, hold: 'start' },
};

function hitShape(poly, spec, side) {
  const d = pt(side * spec.dir.x, spec.dir.y);
  const n = pt(d.y, -d.x);
  const c = centroid(poly);
  const us = poly.map((q) => (q.x - c.x) * d.x + (q.y - c.y) * d.y);
  const vs = poly.map((q) => (q.x - c.x) * n.x + (q.y - c.y) * n.y);
  let [u0, u1] = [Math.min(...us), Math.max(...us)];
  let [v0, v1] = [Math.min(...vs) - PAD, Math.max(...vs) + PAD];
  // A held edge backs off the shared cut by 0.1 so the two targets never overlap after rounding.
  if (spec.hold === 'end') [u0, u1] = [Math.min(u0 - PAD, u1 - 0.1 - MIN_HIT), u1 - 0.1];
  else if (spec.hold === 'start') [u0, u1] = [u0 + 0.1, Math.max(u1 + PAD, u0 + 0.1 + MIN_HIT)];
  else [u0, u1] = grow(u0 - PAD, u1 + PAD);
  [v0, v1] = grow(v0, v1);
  const corner = (u, v) => ({
    x: Math.round((c.x + d.x * u + n.x * v) * 10),
    y: Math.round((c.y + d.y * u + n.y * v) * 10),
  });
  const q = [corner(u0, v0), corner(u1, v0), corner(u1, v1), corner(u0, v1)];
  // Relative moves; an axis-aligned rectangle shortens to h/v.
  const step = (a, b) =>
    a.y === b.y ? `h${rel(b.x - a.x)}` : a.x === b.x ? `v${rel(b.y - a.y)}` : `l${join(delta(b, a))}`;
  return {
    d: `M${pair(q[0])}${step(q[0], q[1])}${step(q[1], q[2])}${step(q[2], q[3])}Z`,
    poly: q.map((p) => ({ x: p.x / 10, y: p.y / 10 })),
  };
}

function grow(a, b) {
  if (b - a >= MIN_HIT) return [a, b];
  const m = (a + b) / 2;
  return [m - MIN_HIT / 2, m + MIN_HIT / 2];
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

const LABEL_GAP = 5; // units between the silhouette and a label anchor

function buildView(view) {
  const outlineSegs = mapPieces(OUTLINE());
  const outlinePoly = polygon(outlineSegs);
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
    // Labels sit beside the figure on the region's side of the picture (midline: the right).
    const onRight = s.side === 0 ? true : c.x > CX;
    const xs = crossings(outlinePoly, c.y);
    const edge = onRight ? Math.max(...xs) : Math.min(...xs);
    const region = {
      id: s.id,
      d: pathData(s.segs, s.id),
      center: { x: r1(c.x), y: r1(c.y) },
      label: { x: r1(edge + (onRight ? LABEL_GAP : -LABEL_GAP)), y: r1(c.y), align: onRight ? 'start' : 'end' },
    };
    const b = bbox(poly);
    const small = b.x1 - b.x0 < MIN_HIT || b.y1 - b.y0 < MIN_HIT;
    const spec = HITS[s.base] ?? (small ? { dir: pt(0, 1), hold: null } : null);
    if (spec) {
      const hit = hitShape(poly, spec, s.side || 1);
      region.hit = hit.d;
      Object.defineProperty(region, 'hitPoly', { value: hit.poly });
    }
    Object.defineProperty(region, 'poly', { value: poly });
    return region;
  });

  regions.sort((a, b) => a.center.y - b.center.y || a.center.x - b.center.x);
  // Under the middle of each foot.
  const footY = MARKER_Y;
  const markerX = (ankleX + 0.05) * HEAD;
  return {
    view,
    markers: {
      left: { x: r1(CX + leftSide * markerX), y: footY },
      right: { x: r1(CX - leftSide * markerX), y: footY },
    },
    regions,
  };
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
    for (const r of v.regions) {
      pathPoints(r.d, r.id);
      within(r.center.x, r.center.y, `${r.id} centre`);
      within(r.label.x, r.label.y, `${r.id} label`);
      if (!inside(r.poly, r.center.x, r.center.y)) fail(`${name} view: centre of ${r.id} is outside its shape`);
      const b = bbox(r.poly);
      const small = (b.x1 - b.x0) * SCALE < MIN_TARGET_PX || (b.y1 - b.y0) * SCALE < MIN_TARGET_PX;
      if (small && !r.hit) fail(`${name} view: ${r.id} is smaller than ${MIN_TARGET_PX} px and has no hit area`);
      if (r.hit) {
        pathPoints(r.hit, `${r.id} hit area`);
        const q = r.hitPoly;
        const sideA = Math.hypot(q[1].x - q[0].x, q[1].y - q[0].y) * SCALE;
        const sideB = Math.hypot(q[2].x - q[1].x, q[2].y - q[1].y) * SCALE;
        if (Math.min(sideA, sideB) < MIN_TARGET_PX)
          fail(`${name} view: hit area of ${r.id} is ${Math.min(sideA, sideB).toFixed(1)} px at ${VIEW_PX} px wide`);
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

/** Regions are written as rows and expanded on load: keys repeated 62 times cost bytes. */
function viewTs(v) {
  const lines = [
    `    ${v.view}: {`,
    `      view: '${v.view}',`,
    `      markers: { left: ${pointTs(v.markers.left)}, right: ${pointTs(v.markers.right)} },`,
    `      regions: shapes([`,
  ];
  for (const r of v.regions) {
    if (r.label.y !== r.center.y) throw new Error(`generate-figure: the label of ${r.id} is not level with its centre`);
    const end = r.label.align === 'end' ? 1 : 0;
    const hit = r.hit ? `, '${r.hit}'` : '';
    lines.push(`        ['${r.id}', '${r.d}', ${r.center.x}, ${r.center.y}, ${r.label.x}, ${end}${hit}],`);
  }
  lines.push(`      ]),`, `    },`);
  return lines.join('\n');
}

const SOURCE = `// GENERATED: do not edit. Regenerate: node scripts/generate-figure.mjs. Each view: viewBox 0 0 ${W} ${H}.
// Anatomical sides: the person's left is at larger x in the front view, smaller x in the back view.

export interface Point {
  x: number;
  y: number;
}

/** Just outside the silhouette; \`end\`: the text ends at x. */
export interface LabelAnchor extends Point {
  align: 'start' | 'end';
}

export interface RegionShape {
  id: string;
  d: string;
  /** Visual centre. */
  center: Point;
  label: LabelAnchor;
  /** Larger invisible pointer target (>= ${MIN_TARGET_PX} CSS px when a view is ${VIEW_PX} px wide). */
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

/** A region as written below: id, path, centre, label x (level with the centre), 1 when the label ends there, pointer target. */
type Row = [id: string, d: string, x: number, y: number, labelX: number, labelEnd: 0 | 1, hit?: string];

const shapes = (rows: Row[]): RegionShape[] =>
  rows.map(([id, d, x, y, labelX, labelEnd, hit]) => ({
    id,
    d,
    center: { x, y },
    label: { x: labelX, y, align: labelEnd ? 'end' : 'start' },
    hit,
  }));

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
