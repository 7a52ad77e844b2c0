import { describe, expect, it } from 'vitest';
import { arrowIndex, arrowsInBox, arrowsNear, distanceToSegment } from '../../../src/core/arrows/arrowHits.ts';
import { arrowMesh } from '../../../src/core/arrows/arrowMesh.ts';
import { mercator } from '../../../src/core/geometry/mercator.ts';

describe('distanceToSegment', () => {
  it('measures to the nearest point inside the segment, or to its nearer end', () => {
    expect(distanceToSegment(5, 3, 0, 0, 10, 0)).toBe(3);
    expect(distanceToSegment(13, 4, 0, 0, 10, 0)).toBe(5);
    expect(distanceToSegment(1, 1, 2, 2, 2, 2)).toBeCloseTo(Math.SQRT2, 12);
  });
});

describe('arrowsNear', () => {
  // Two parallel east–west arrows 1° of latitude apart, and one over the Pacific.
  const index = arrowIndex(arrowMesh([
    { path: [[100, 30], [110, 30], [120, 30]], mid: [110, 30] },
    { path: [[100, 31], [120, 31]], mid: [110, 31] },
    { path: [[170, 40], [190, 40]], mid: [180, 40] },
  ]));
  const all = new Set([0, 1, 2]);
  const near = (lon: number, lat: number, degrees: number, drawn = all): number[] => {
    const [x, y] = mercator([lon, lat]);
    return arrowsNear(index, x, y, degrees / 360, drawn);
  };

  it('finds the arrow under the point and not its neighbour a degree away', () => {
    expect(near(115, 30.1, 0.3)).toEqual([0]);
  });

  it('lists both neighbours, nearest first, when the tolerance reaches both', () => {
    expect(near(115, 30.7, 1.5)).toEqual([1, 0]);
  });

  it('ignores arrows that are not drawn at the date', () => {
    expect(near(115, 30.1, 0.3, new Set([1, 2]))).toEqual([]);
  });

  it('finds an arc drawn past 180°E when the pointer is at the same place west of 180°', () => {
    expect(near(-175, 40, 0.3)).toEqual([2]);
  });

  it('finds nothing far from every arrow', () => {
    expect(near(0, 0, 1)).toEqual([]);
  });
});

describe('arrowsInBox', () => {
  const index = arrowIndex(arrowMesh([
    { path: [[100, 30], [120, 30]], mid: [110, 30] },
    { path: [[-10, 50], [10, 50]], mid: [0, 50] },
  ]));
  const box = (west: number, north: number, east: number, south: number): [number, number, number, number] => {
    const [w, n] = mercator([west, north]);
    const [e, s] = mercator([east, south]);
    return [w, n, e, s];
  };

  it('lists the drawn arrows with a point inside the box', () => {
    expect(arrowsInBox(index, box(90, 40, 130, 20), new Set([0, 1]))).toEqual([0]);
    expect(arrowsInBox(index, box(-20, 60, 130, 20), new Set([0, 1]))).toEqual([0, 1]);
    expect(arrowsInBox(index, box(-20, 60, 130, 20), new Set([1]))).toEqual([1]);
  });

  it('sees an arrow in the next world copy when the view runs past 180°', () => {
    expect(arrowsInBox(index, box(450, 40, 490, 20), new Set([0]))).toEqual([0]);
  });
});
