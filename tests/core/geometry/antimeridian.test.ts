import { describe, expect, it } from 'vitest';
import { joinLineParts, unwrapLongitudes, unwrapRing, wrapLongitude } from '../../../src/core/geometry/antimeridian.ts';

describe('antimeridian', () => {
  it('makes longitudes continuous across +180/-180', () => {
    expect(unwrapLongitudes([[170, 1], [179, 2], [-179, 3], [-170, 4]])).toEqual([[170, 1], [179, 2], [181, 3], [190, 4]]);
  });

  it('makes longitudes continuous going west across the antimeridian', () => {
    expect(unwrapLongitudes([[-170, 0], [175, 0]])).toEqual([[-170, 0], [-185, 0]]);
  });

  it('leaves a ring that crosses twice closed where it started', () => {
    const ring = unwrapRing([[178, 60], [-178, 60], [-178, 65], [178, 65], [178, 60]]);
    expect(ring).toEqual([[178, 60], [182, 60], [182, 65], [178, 65], [178, 60]]);
  });

  it('closes a ring that goes once around the south pole through the pole', () => {
    const ring = unwrapRing([[-180, -70], [-90, -72], [0, -69], [90, -71], [180, -70]]);
    expect(ring.slice(-3)).toEqual([[180, -90], [-180, -90], [-180, -70]]);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
  });

  it('joins a route split at the antimeridian into one line', () => {
    expect(joinLineParts([[[170, 40], [180, 41]], [[-180, 41], [-170, 42]]])).toEqual([[170, 40], [180, 41], [180, 41], [190, 42]]);
  });

  it('wraps a longitude into [-180, 180)', () => {
    expect([wrapLongitude(190), wrapLongitude(-233.022), wrapLongitude(180), wrapLongitude(-180)]).toEqual([-170, 126.97800000000001, -180, -180]);
  });
});
