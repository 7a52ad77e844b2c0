// Natural Earth rings and great-circle routes jump from +180 to -180 where
// they cross the antimeridian; drawn as they are they make horizontal bands
// across the map. MapLibre draws longitudes beyond ±180 correctly (it wraps
// them into world copies), so the fix is to make longitudes continuous.

export type LonLat = [number, number];

/** Shifts each longitude by whole turns so that no step between neighbours exceeds 180°. */
export function unwrapLongitudes(coords: readonly (readonly number[])[]): LonLat[] {
  const out: LonLat[] = [];
  let shift = 0;
  let prev: number | undefined;
  for (const c of coords) {
    const lon = c[0] ?? 0;
    const lat = c[1] ?? 0;
    if (prev !== undefined) {
      const step = lon + shift - prev;
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    const unwrapped = lon + shift;
    out.push([unwrapped, lat]);
    prev = unwrapped;
  }
  return out;
}

/**
 * A closed ring made continuous. A ring that goes once around a pole
 * (Antarctica) ends a whole turn away from where it started; it is closed
 * through the pole so that it fills the cap instead of drawing a band.
 */
export function unwrapRing(ring: readonly (readonly number[])[]): LonLat[] {
  const out = unwrapLongitudes(ring);
  const first = out[0];
  const last = out[out.length - 1];
  if (!first || !last) return out;
  const turns = Math.round((last[0] - first[0]) / 360);
  if (turns === 0) return out;
  const meanLat = out.reduce((s, p) => s + p[1], 0) / out.length;
  const pole = meanLat < 0 ? -90 : 90;
  out.push([last[0], pole], [first[0], pole], [first[0], first[1]]);
  return out;
}

export function unwrapPolygon(rings: readonly (readonly (readonly number[])[])[]): LonLat[][] {
  return rings.map(unwrapRing);
}

/** Joins the parts of a route split at the antimeridian into one continuous line. */
export function joinLineParts(parts: readonly (readonly (readonly number[])[])[]): LonLat[] {
  const joined: (readonly number[])[] = [];
  for (const part of parts) joined.push(...part);
  return unwrapLongitudes(joined);
}

/** Longitude brought into [-180, 180). */
export function wrapLongitude(lon: number): number {
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  return Object.is(wrapped, -0) ? 0 : wrapped;
}
