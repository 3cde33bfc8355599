/**
 * Spatial keyboard navigation for the body map: from the focused shape, find the shape nearest
 * in the direction of an arrow key, not the next one in DOM order.
 *
 * Candidates must lie in that direction: first within 50° of it, and only if none does, within
 * 80°. Among them the lowest score wins: distance along the direction + 2 × distance across it.
 * The narrow cone keeps "down" from the chest on the belly rather than sliding out to the arm;
 * the wide one still lets "right" from the far edge of a drawing reach the next shape.
 */
export interface NavPoint {
  /** Any key the caller uses to find the shape again. */
  key: string;
  x: number;
  y: number;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

const vectors: Record<Direction, [number, number]> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

/** How far from straight ahead a candidate may lie, as cosines: 50°, then 80°. */
const CONES = [Math.cos((50 * Math.PI) / 180), Math.cos((80 * Math.PI) / 180)];

export function nearestInDirection(
  from: NavPoint,
  direction: Direction,
  candidates: readonly NavPoint[],
): NavPoint | undefined {
  for (const cone of CONES) {
    const found = nearestWithin(from, direction, candidates, cone);
    if (found) return found;
  }
  return undefined;
}

function nearestWithin(
  from: NavPoint,
  direction: Direction,
  candidates: readonly NavPoint[],
  cone: number,
): NavPoint | undefined {
  const [dx, dy] = vectors[direction];
  let best: NavPoint | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate.key === from.key) continue;
    const vx = candidate.x - from.x;
    const vy = candidate.y - from.y;
    const distance = Math.hypot(vx, vy);
    if (distance === 0) continue;
    const along = vx * dx + vy * dy;
    if (along <= 0 || along / distance < cone) continue;
    const across = Math.abs(vx * dy - vy * dx);
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}
