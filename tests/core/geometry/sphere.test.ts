import { describe, expect, it } from 'vitest';
import { onNearSide } from '../../../src/core/geometry/sphere.ts';

describe('onNearSide', () => {
  it('sees Seoul and Moscow from above Beijing, and not Washington or Buenos Aires', () => {
    const beijing: [number, number] = [116.4, 39.9];
    expect(onNearSide(beijing, [126.98, 37.57])).toBe(true);
    expect(onNearSide(beijing, [37.62, 55.75])).toBe(true);
    expect(onNearSide(beijing, [-77.04, 38.91])).toBe(false);
    expect(onNearSide(beijing, [-58.38, -34.6])).toBe(false);
  });

  it('keeps a margin at the horizon: a point a quarter of the way round is hidden', () => {
    expect(onNearSide([0, 0], [80, 0])).toBe(true);
    expect(onNearSide([0, 0], [90, 0])).toBe(false);
  });
});
