import { type LonLat, wrapLongitude } from './antimeridian.ts';

export type Bounds = [[number, number], [number, number]];

/**
 * The smallest box around points on a cylinder: the longitudes are taken
 * around the largest empty gap, so points on both sides of the Pacific give a
 * box across it (east may exceed 180) instead of one spanning the globe.
 */
export function coveringBounds(points: readonly LonLat[]): Bounds | undefined {
  if (points.length === 0) return undefined;
  const lons = [...new Set(points.map((p) => (p[0] >= -180 && p[0] < 180 ? p[0] : wrapLongitude(p[0]))))].sort((a, b) => a - b);
  let gapEnd = 0;
  let widest = -1;
  lons.forEach((lon, i) => {
    const next = i + 1 < lons.length ? (lons[i + 1] ?? lon) : (lons[0] ?? lon) + 360;
    if (next - lon > widest) {
      widest = next - lon;
      gapEnd = (i + 1) % lons.length;
    }
  });
  const west = lons[gapEnd] ?? 0;
  const east = west + (lons.length === 1 ? 0 : 360 - widest);
  const lats = points.map((p) => p[1]);
  return [[west, Math.min(...lats)], [east, Math.max(...lats)]];
}
