import turfBearing from '@turf/bearing';
import turfDestination from '@turf/destination';
import turfDistance from '@turf/distance';
import type { LonLat } from './antimeridian.ts';

// Distances, bearings and destinations come from turf (haversine on a sphere
// of radius 6371.0088 km). turf's greatCircle is not used for interpolation:
// it returns NaN for identical points, throws for antipodes and splits routes
// at the antimeridian, so intermediate points use the Aviation Formulary's
// formula (Ed Williams, "Intermediate points on a great circle").

export const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

export function distanceKm(a: LonLat, b: LonLat): number {
  return turfDistance(a, b, { units: 'kilometers' });
}

/** Initial bearing from a to b, degrees clockwise from north in (-180, 180]. */
export function bearing(a: LonLat, b: LonLat): number {
  return turfBearing(a, b);
}

/** The point reached from p after `distance` km along an initial bearing in degrees. */
export function destination(p: LonLat, distance: number, bearingDeg: number): LonLat {
  const c = turfDestination(p, distance, bearingDeg, { units: 'kilometers' }).geometry.coordinates;
  return [c[0] ?? 0, c[1] ?? 0];
}

/** The point at fraction f (0 to 1) of the great circle from a to b. */
export function interpolate(a: LonLat, b: LonLat, f: number): LonLat {
  const δ = distanceKm(a, b) / EARTH_RADIUS_KM;
  if (δ < 1e-12) return [a[0], a[1]];
  const A = Math.sin((1 - f) * δ) / Math.sin(δ);
  const B = Math.sin(f * δ) / Math.sin(δ);
  const φ1 = a[1] * RAD;
  const φ2 = b[1] * RAD;
  const λ1 = a[0] * RAD;
  const λ2 = b[0] * RAD;
  const x = A * Math.cos(φ1) * Math.cos(λ1) + B * Math.cos(φ2) * Math.cos(λ2);
  const y = A * Math.cos(φ1) * Math.sin(λ1) + B * Math.cos(φ2) * Math.sin(λ2);
  const z = A * Math.sin(φ1) + B * Math.sin(φ2);
  return [Math.atan2(y, x) / RAD, Math.atan2(z, Math.sqrt(x * x + y * y)) / RAD];
}

/**
 * Whether p is on the half of the globe that faces a camera looking straight
 * down at `centre` (with a few degrees' margin for the horizon's curve).
 */
export function onNearSide(centre: LonLat, p: LonLat): boolean {
  return distanceKm(centre, p) < EARTH_RADIUS_KM * (Math.PI / 2) * 0.95;
}
