import turfCircle from '@turf/circle';
import { type LonLat, unwrapRing } from './antimeridian.ts';

/** A range ring of `radiusKm` around a place, as a closed polygon ring (turf's geodesic circle). */
export function rangeRing(centre: LonLat, radiusKm: number, steps = 96): LonLat[] {
  const ring = turfCircle(centre, radiusKm, { units: 'kilometers', steps }).geometry.coordinates[0] ?? [];
  return unwrapRing(ring);
}
