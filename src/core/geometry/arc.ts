import { type LonLat, unwrapLongitudes } from './antimeridian.ts';
import { bearing, destination, distanceKm, interpolate } from './sphere.ts';

export interface ArcOptions {
  /** Sideways bulge at the middle, as a fraction of the route's length; positive bulges to the right of travel. */
  readonly bend: number;
  /** Number of segments (default: by length, see segmentsFor). */
  readonly segments?: number;
}

/** Longest segment of an arc, in km, below which a short route needs no more points. */
export const SEGMENT_KM = 100;

/**
 * Points where they show: a gentle bulge needs about one segment per 100 km
 * (at least 12, so the curve stays a curve at zoom 9; at most 48, enough for
 * a route across the Pacific). Every point costs vertices on the GPU and in
 * each update, so a story of short regional arrows stays light. Always even,
 * so a vertex sits at the middle, where the bulge peaks and the glyph goes.
 */
export function segmentsFor(lengthKm: number): number {
  const n = Math.min(48, Math.max(12, Math.ceil(lengthKm / SEGMENT_KM)));
  return n + (n % 2);
}

/**
 * A stance arrow's path: the great circle from `from` to `to`, each point
 * pushed sideways (perpendicular to the route) by bend·length·sin(πs), so
 * the ends stay on the places and the middle bulges. Because the bulge is to
 * the right of travel, A→B and B→A with the same bend fall on opposite sides
 * and never overlap. Longitudes are continuous (they may pass ±180) so a
 * route across the Pacific is one line.
 */
export function stanceArc(from: LonLat, to: LonLat, { bend, segments: requested }: ArcOptions): LonLat[] {
  const length = distanceKm(from, to);
  const segments = requested ?? segmentsFor(length);
  const points: LonLat[] = [];
  for (let i = 0; i <= segments; i++) {
    const s = i / segments;
    const onRoute = interpolate(from, to, s);
    const offset = bend * length * Math.sin(Math.PI * s);
    if (offset === 0 || i === 0 || i === segments) {
      points.push(i === 0 ? [from[0], from[1]] : i === segments ? [to[0], to[1]] : onRoute);
      continue;
    }
    const ahead = interpolate(from, to, Math.min(1, s + 1e-3));
    const track = bearing(onRoute, ahead);
    points.push(destination(onRoute, Math.abs(offset), track + (offset > 0 ? 90 : -90)));
  }
  return unwrapLongitudes(points);
}

/**
 * A loop for a stance whose two ends are at the same place (an actor toward
 * its own capital): a circle through the place, leaving and returning to it.
 * `direction` is the compass bearing of the loop's far side.
 */
export function selfLoop(at: LonLat, radiusKm: number, direction: number, segments = 36): LonLat[] {
  const centre = destination(at, radiusKm, direction);
  const back = direction + 180;
  const points: LonLat[] = [];
  for (let i = 0; i <= segments; i++) {
    points.push(i === 0 || i === segments ? [at[0], at[1]] : destination(centre, radiusKm, back + (360 * i) / segments));
  }
  return unwrapLongitudes(points);
}
