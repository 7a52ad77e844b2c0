import { describe, expect, it } from 'vitest';
import turfDistance from '@turf/distance';
import { rangeRing } from '../../../src/core/geometry/ring.ts';
import type { LonLat } from '../../../src/core/geometry/antimeridian.ts';

describe('rangeRing', () => {
  it('puts every vertex of the THAAD ring 200 km from Seongju (measured with turf distance)', () => {
    const centre: LonLat = [128.154, 35.989];
    const ring = rangeRing(centre, 200);
    const distances = ring.map((p) => turfDistance(centre, p, { units: 'kilometers' }));
    expect(Math.min(...distances)).toBeGreaterThan(199.9);
    expect(Math.max(...distances)).toBeLessThan(200.1);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
  });

  it('stays continuous for a ring that straddles the antimeridian', () => {
    const ring = rangeRing([179.5, -17], 300);
    const steps = ring.slice(1).map((p, i) => Math.abs(p[0] - (ring[i] ?? p)[0]));
    expect(Math.max(...steps)).toBeLessThan(1);
  });
});
