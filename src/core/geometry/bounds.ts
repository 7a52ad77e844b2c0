import { type LonLat, wrapLongitude } from './antimeridian.ts';

export type Bounds = [[number, number], [number, number]];

/**
 * The smallest box around points on a cylinder: the longitudes are taken
 * around the largest empty gap, so points on both sides of the Pacific give a
 * box across it (east may exceed 180) instead of one spanning the globe.
 */
export function coveringBounds(points: readonly LonLat[]): Bounds | undefined {
  return boundsAroundGaps(points, 1)[0];
}

/**
 * Boxes around points on a cylinder, one for each of the `count` largest
 * gaps between their longitudes, narrowest first: the second is the box the
 * other way round the world, for a caller that weighs more than width.
 */
export function boundsAroundGaps(points: readonly LonLat[], count: number): Bounds[] {
  if (points.length === 0) return [];
  const lons = [...new Set(points.map((p) => (p[0] >= -180 && p[0] < 180 ? p[0] : wrapLongitude(p[0]))))].sort((a, b) => a - b);
  const lats = points.map((p) => p[1]);
  const south = Math.min(...lats);
  const north = Math.max(...lats);
  if (lons.length === 1) return [[[lons[0] ?? 0, south], [lons[0] ?? 0, north]]];
  const gaps = lons.map((lon, i) => ({ width: (i + 1 < lons.length ? (lons[i + 1] ?? lon) : (lons[0] ?? lon) + 360) - lon, end: (i + 1) % lons.length }));
  return gaps.sort((a, b) => b.width - a.width).slice(0, count).map(({ width, end }): Bounds => {
    const west = lons[end] ?? 0;
    return [[west, south], [west + (360 - width), north]];
  });
}
