import { type LineArrays, lineArrays } from './arrowMesh.ts';

// Arcs are polylines of 12 to 48 points: smooth at world zoom, but from
// about zoom 5 a joint's few degrees of turn show as a corner. Zoomed in,
// the lines in and around the view are drawn from a copy with points added
// along a Catmull-Rom spline through the originals (which stay on it, so the
// glyph badges and heads stay on the line). Only lines near the view are
// copied, so a 10,000-stance story zoomed in costs what the lines in view cost.

/** The zoom from which lines are drawn smoothed. */
export const SMOOTH_FROM_ZOOM = 5;
/** Most degrees a smoothed line turns at one joint. */
const MAX_TURN_DEG = 1;
/** Most pieces one original segment is cut into. */
const MAX_PIECES = 8;
/**
 * Most points the smoothed copy may hold: past it the remaining lines keep
 * their own points. A view that shows most of the world (the globe with a
 * pole in sight, a steep pitch) would otherwise copy every line.
 */
export const SMOOTH_POINTS_MAX = 200_000;

type Point = readonly [number, number];

/** A box in the arrow layer's mercator square (x may leave [0, 1] for world copies). */
export interface Box { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number }

/** The sharpest turn between two segments of a line, in degrees. */
export function sharpestTurn(line: readonly Point[]): number {
  let sharpest = 0;
  for (let i = 1; i + 1 < line.length; i++) {
    const [a, b, c] = [line[i - 1], line[i], line[i + 1]] as [Point, Point, Point];
    const turn = Math.abs(angleBetween(b[0] - a[0], b[1] - a[1], c[0] - b[0], c[1] - b[1]));
    if (turn > sharpest) sharpest = turn;
  }
  return sharpest;
}

function angleBetween(ux: number, uy: number, vx: number, vy: number): number {
  if ((ux === 0 && uy === 0) || (vx === 0 && vy === 0)) return 0;
  return (Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy) * 180) / Math.PI;
}

/**
 * The line with each segment cut into as many pieces as keep every joint's
 * turn to about a degree, the new points on the uniform Catmull-Rom spline
 * through the line's own points. A straight line comes back unchanged.
 */
export function smoothLine(line: readonly Point[]): [number, number][] {
  const pieces = Math.min(MAX_PIECES, Math.ceil(sharpestTurn(line) / MAX_TURN_DEG));
  if (pieces <= 1 || line.length < 3) return line.map(([x, y]) => [x, y]);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < line.length; i++) {
    const p1 = line[i] as Point;
    const p2 = line[i + 1] as Point;
    const p0 = line[i - 1] ?? p1;
    const p3 = line[i + 2] ?? p2;
    for (let j = 0; j < pieces; j++) out.push(catmullRom(p0, p1, p2, p3, j / pieces));
  }
  const last = line[line.length - 1] as Point;
  out.push([last[0], last[1]]);
  return out;
}

function catmullRom(p0: Point, p1: Point, p2: Point, p3: Point, t: number): [number, number] {
  const t2 = t * t;
  const t3 = t2 * t;
  const at = (k: 0 | 1): number => 0.5 * (2 * p1[k] + (p2[k] - p0[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2 + (3 * p1[k] - p0[k] - 3 * p2[k] + p3[k]) * t3);
  return [at(0), at(1)];
}

/** Whether the line's bounding box meets the box, on any of the three world copies around it. */
function meets(points: Float32Array, from: number, to: number, box: Box): boolean {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let p = from; p < to; p++) {
    const x = points[2 * p] ?? 0;
    const y = points[2 * p + 1] ?? 0;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  if (y1 < box.y0 || y0 > box.y1) return false;
  return [-1, 0, 1].some((w) => x1 + w >= box.x0 && x0 + w <= box.x1);
}

/**
 * The lines to draw while the view stays inside `box`: those that reach into
 * it smoothed, the others left empty (their stance indices keep their place,
 * so the state texture still applies).
 */
export function smoothLevel(points: Float32Array, starts: Uint32Array, box: Box, budget = SMOOTH_POINTS_MAX): LineArrays {
  const lines: [number, number][][] = [];
  let total = 0;
  for (let k = 0; k + 1 < starts.length; k++) {
    const from = starts[k] ?? 0;
    const to = starts[k + 1] ?? from;
    if (!meets(points, from, to, box)) { lines.push([]); continue; }
    const line: [number, number][] = [];
    for (let p = from; p < to; p++) line.push([points[2 * p] ?? 0, points[2 * p + 1] ?? 0]);
    const smooth = total + line.length * MAX_PIECES <= budget ? smoothLine(line) : line;
    total += smooth.length;
    lines.push(smooth);
  }
  return lineArrays(lines);
}

export function contains(outer: Box, inner: Box): boolean {
  return inner.x0 >= outer.x0 && inner.x1 <= outer.x1 && inner.y0 >= outer.y0 && inner.y1 <= outer.y1;
}

/** The box grown by its own size on every side: room to pan before the smoothed lines are made again. */
export function grown(box: Box): Box {
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  return { x0: box.x0 - w, y0: box.y0 - h, x1: box.x1 + w, y1: box.y1 + h };
}
