import { describe, expect, it } from 'vitest';
import { arrowMesh } from '../../../src/core/arrows/arrowMesh.ts';
import { contains, grown, sharpestTurn, smoothLevel, smoothLine } from '../../../src/core/arrows/smoothLines.ts';
import { stanceArc } from '../../../src/core/geometry/arc.ts';

type P = [number, number];

describe('smoothLine', () => {
  // Seoul to Seongju (about 200 km) with a strong bend: the shortest arcs turn most at each joint.
  const arc = arrowMesh([{ path: stanceArc([126.978, 37.5665], [128.154, 35.989], { bend: 0.2 }), mid: [0, 0] }]);
  const points: P[] = [];
  for (let p = 0; p < (arc.starts[1] ?? 0); p++) points.push([arc.points[2 * p] ?? 0, arc.points[2 * p + 1] ?? 0]);

  it('turns a short bent arc, whose joints turn several degrees, into one that turns about a degree at each', () => {
    expect(sharpestTurn(points)).toBeGreaterThan(3);
    const smooth = smoothLine(points);
    expect(smooth.length).toBeGreaterThan(points.length * 3);
    expect(sharpestTurn(smooth)).toBeLessThan(1.3);
  });

  it('keeps every original point on the line, so badges and heads stay on it', () => {
    const smooth = smoothLine(points);
    for (const p of points) expect(smooth.some((q) => q[0] === p[0] && q[1] === p[1])).toBe(true);
    expect(smooth[0]).toEqual(points[0]);
    expect(smooth[smooth.length - 1]).toEqual(points[points.length - 1]);
  });

  it('leaves a straight line as it is', () => {
    const straight: P[] = [[0, 0], [0.1, 0.1], [0.2, 0.2], [0.3, 0.3]];
    expect(smoothLine(straight)).toEqual(straight);
  });

  it('cuts a segment into at most eight pieces, however sharp the corner', () => {
    const corner: P[] = [[0, 0], [1, 0], [1, 1]];
    expect(smoothLine(corner)).toHaveLength(2 * 8 + 1);
  });
});

describe('smoothLevel', () => {
  const mesh = arrowMesh([
    { path: stanceArc([126.978, 37.5665], [128.154, 35.989], { bend: 0.2 }), mid: [0, 0] },
    { path: stanceArc([2.35, 48.86], [13.4, 52.52], { bend: 0.2 }), mid: [0, 0] },
  ]);
  // A box around Korea, in mercator.
  const korea = { x0: 0.84, y0: 0.37, x1: 0.87, y1: 0.4 };

  it('smooths the lines that reach into the box and leaves the others empty, stance indices in place', () => {
    const level = smoothLevel(mesh.points, mesh.starts, korea);
    expect(level.firstIndex).toHaveLength(3);
    const korean = (level.firstIndex[1] ?? 0) - (level.firstIndex[0] ?? 0);
    const european = (level.firstIndex[2] ?? 0) - (level.firstIndex[1] ?? 0);
    expect(korean).toBeGreaterThan((mesh.lines.firstIndex[1] ?? 0) * 3);
    expect(european).toBe(0);
  });

  it('keeps lines past its budget of points as they are, but still draws them', () => {
    const level = smoothLevel(mesh.points, mesh.starts, { x0: -1, y0: 0, x1: 2, y1: 1 }, 120);
    const segments = (k: number, arrays: { firstIndex: Uint32Array }): number => ((arrays.firstIndex[k + 1] ?? 0) - (arrays.firstIndex[k] ?? 0)) / 6;
    // The first line is smoothed within the budget; the second, past it, keeps its own segments.
    expect(segments(0, level)).toBeGreaterThan(segments(0, mesh.lines));
    expect(segments(1, level)).toBe(segments(1, mesh.lines));
  });

  it('finds a line in a world copy of the box', () => {
    const copy = { x0: korea.x0 - 1, y0: korea.y0, x1: korea.x1 - 1, y1: korea.y1 };
    const level = smoothLevel(mesh.points, mesh.starts, copy);
    expect(level.firstIndex[1]).toBeGreaterThan(0);
  });
});

describe('the box the smoothed lines are made for', () => {
  it('grows by its own size on every side and holds the views inside it', () => {
    const view = { x0: 0.5, y0: 0.5, x1: 0.6, y1: 0.55 };
    const box = grown(view);
    expect([box.x0, box.y0, box.x1, box.y1].map((v) => Number(v.toFixed(6)))).toEqual([0.4, 0.45, 0.7, 0.6]);
    expect(contains(box, { x0: 0.45, y0: 0.5, x1: 0.55, y1: 0.55 })).toBe(true);
    expect(contains(box, { x0: 0.65, y0: 0.5, x1: 0.75, y1: 0.55 })).toBe(false);
  });
});
