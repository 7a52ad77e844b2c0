import { describe, expect, it } from 'vitest';
import { coveringBounds } from '../../../src/core/geometry/bounds.ts';

describe('coveringBounds', () => {
  it('boxes points on one continent tightly', () => {
    expect(coveringBounds([[116.4, 39.9], [128.15, 35.99], [126.98, 37.57]])).toEqual([[116.4, 35.99], [128.15, 39.9]]);
  });

  it('boxes points on both sides of the Pacific across it, not around the world', () => {
    const b = coveringBounds([[139.7, 35.7], [-122.4, 37.8]]);
    expect(b?.[0][0]).toBeCloseTo(139.7, 6);
    expect(b?.[1][0]).toBeCloseTo(237.6, 6);
  });

  it('boxes a single point as a point and nothing as undefined', () => {
    expect(coveringBounds([[10, 20]])).toEqual([[10, 20], [10, 20]]);
    expect(coveringBounds([])).toBeUndefined();
  });
});
