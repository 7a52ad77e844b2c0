import { describe, expect, it } from 'vitest';
import { simplifyLine } from '../../../src/core/geometry/simplify.ts';

describe('simplifyLine', () => {
  it('drops points that lie on the chord, keeping both ends', () => {
    expect(simplifyLine([[0, 0], [1, 0], [2, 0], [3, 0]], 0.01)).toEqual([[0, 0], [3, 0]]);
  });

  it('keeps a bend farther from the chord than the tolerance, and drops one closer', () => {
    expect(simplifyLine([[0, 0], [1, 0.5], [2, 0]], 0.4)).toEqual([[0, 0], [1, 0.5], [2, 0]]);
    expect(simplifyLine([[0, 0], [1, 0.3], [2, 0]], 0.4)).toEqual([[0, 0], [2, 0]]);
  });

  it('keeps the shape of a closed loop, whose ends coincide', () => {
    const loop: [number, number][] = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    expect(simplifyLine(loop, 0.1)).toEqual(loop);
  });

  it('thins a 48-point quarter circle of radius 1 to a handful of points at a tolerance of 1%', () => {
    const arc = Array.from({ length: 48 }, (_, i): [number, number] => [Math.cos((i / 47) * Math.PI / 2), Math.sin((i / 47) * Math.PI / 2)]);
    const thin = simplifyLine(arc, 0.01);
    expect(thin.length).toBeGreaterThan(3);
    expect(thin.length).toBeLessThan(12);
    expect(thin[0]).toEqual(arc[0]);
    expect(thin[thin.length - 1]).toEqual(arc[47]);
  });

  it('leaves a line alone when the tolerance is zero', () => {
    expect(simplifyLine([[0, 0], [1, 0], [2, 0]], 0)).toHaveLength(3);
  });
});
