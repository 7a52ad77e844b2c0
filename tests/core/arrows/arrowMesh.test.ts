import { describe, expect, it } from 'vitest';
import { LINE_LAYOUT, LINE_LEVELS, LINE_VERTEX_FLOATS, SPRITE_KIND, SPRITE_LAYOUT, SPRITE_VERTEX_FLOATS, arrowMesh } from '../../../src/core/arrows/arrowMesh.ts';
import { mercator } from '../../../src/core/geometry/mercator.ts';
import { meshExtentX, visibleWraps } from '../../../src/core/arrows/worldCopies.ts';


describe('mercator', () => {
  it('puts (0°, 0°) in the middle of the world square and 180°E on its east edge', () => {
    expect(mercator([0, 0])).toEqual([0.5, 0.5]);
    expect(mercator([180, 0])[0]).toBe(1);
  });

  it('matches MapLibre\'s MercatorCoordinate for Seoul (127°E, 37.5°N: y = 0.3545…)', () => {
    const [x, y] = mercator([127, 37.5]);
    expect(x).toBeCloseTo(0.852778, 6);
    expect(y).toBeCloseTo(0.5 - Math.log(Math.tan(Math.PI / 4 + (37.5 * Math.PI) / 360)) / (2 * Math.PI), 12);
  });

  it('clamps the poles to MapLibre\'s latitude limit instead of going to infinity', () => {
    expect(mercator([0, 90])[1]).toBeCloseTo(0, 6);
    expect(mercator([0, -90])[1]).toBeCloseTo(1, 6);
  });
});

describe('arrowMesh', () => {
  const path: [number, number][] = [[0, 0], [90, 0], [180, 0]];
  const mesh = arrowMesh([{ path, mid: [90, 0] }, { path: [[10, 10], [20, 10]], mid: [15, 10] }]);
  const vertex = (k: number): number[] => [...mesh.lines.vertices.slice(k * LINE_VERTEX_FLOATS, (k + 1) * LINE_VERTEX_FLOATS)];
  const corner = (k: number): number[] => [...mesh.spriteVertices.slice(k * SPRITE_VERTEX_FLOATS, (k + 1) * SPRITE_VERTEX_FLOATS)];

  it('gives every point a left and a right vertex with its neighbours, distance so far and stance', () => {
    expect(mesh.lines.vertices).toHaveLength(5 * 2 * LINE_VERTEX_FLOATS);
    // The first point has nothing before it, so "previous" repeats the point.
    expect(vertex(0)).toEqual([0.5, 0.5, 0.5, 0.5, 0.75, 0.5, 0, 0, -1]);
    expect(vertex(1)).toEqual([0.5, 0.5, 0.5, 0.5, 0.75, 0.5, 0, 0, 1]);
    expect(vertex(3)).toEqual([0.75, 0.5, 0.5, 0.5, 1, 0.5, 0.25, 0, 1]);
    expect(vertex(5)).toEqual([1, 0.5, 0.75, 0.5, 1, 0.5, 0.5, 0, 1]);
    expect(vertex(6)[7]).toBe(1);
  });

  it('joins consecutive points of one arrow with two triangles, and never one arrow to the next', () => {
    expect([...mesh.lines.indices]).toEqual([0, 1, 2, 1, 3, 2, 2, 3, 4, 3, 5, 4, 6, 7, 8, 7, 9, 8]);
  });

  it('says where each stance\'s triangles start, so one arrow can be drawn alone, at every level of detail', () => {
    expect([...mesh.lines.firstIndex]).toEqual([0, 12, 18]);
    for (const level of mesh.coarseLines) {
      expect(level.firstIndex).toHaveLength(3);
      expect(level.firstIndex[2]).toBe(level.indices.length);
    }
  });

  it('keeps each line\'s points in order with where each stance starts', () => {
    expect([...mesh.starts]).toEqual([0, 3, 5]);
    expect([...mesh.points.slice(0, 6)]).toEqual([0.5, 0.5, 0.75, 0.5, 1, 0.5]);
  });

  it('puts every glyph badge before every arrowhead, so heads are drawn on top', () => {
    expect(corner(0)).toEqual([0.75, 0.5, 0.75, 0.5, 0, SPRITE_KIND.glyph, -1, -1]);
    expect(corner(4)[5]).toBe(SPRITE_KIND.glyph);
    // A head sits at the last point and looks back at the one before it for its direction.
    expect(corner(8)).toEqual([1, 0.5, 0.75, 0.5, 0, SPRITE_KIND.head, -1, -1]);
    expect(corner(11)).toEqual([1, 0.5, 0.75, 0.5, 0, SPRITE_KIND.head, 1, 1]);
    expect([...mesh.spriteIndices.slice(6, 12)]).toEqual([4, 5, 6, 5, 7, 6]);
  });

  it('draws zoomed-out views from coarser lines that keep both ends and stay within half a pixel', () => {
    const arc = arrowMesh([{ path: Array.from({ length: 48 }, (_, i): [number, number] => [100 + i * 0.5, 30 + 8 * Math.sin((i / 47) * Math.PI)]), mid: [110, 38] }]);
    const pointsOf = (vertices: Float32Array): number[][] => {
      const out: number[][] = [];
      for (let o = 0; o < vertices.length; o += 2 * LINE_VERTEX_FLOATS) out.push([vertices[o] ?? 0, vertices[o + 1] ?? 0]);
      return out;
    };
    const full = pointsOf(arc.lines.vertices);
    expect(full).toHaveLength(48);
    LINE_LEVELS.forEach(({ belowZoom }, level) => {
      const coarse = pointsOf(arc.coarseLines[level]?.vertices ?? new Float32Array());
      expect(coarse.length).toBeLessThan(full.length);
      expect(coarse[0]).toEqual(full[0]);
      expect(coarse[coarse.length - 1]).toEqual(full[47]);
      // Every dropped point is within half a pixel of the coarse line at the level's finest zoom.
      const px = 512 * 2 ** belowZoom;
      for (const [x = 0, y = 0] of full) {
        const nearest = Math.min(...coarse.slice(1).map(([bx = 0, by = 0], k) => {
          const [ax = 0, ay = 0] = coarse[k] ?? [];
          const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
          return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
        }));
        expect(nearest * px).toBeLessThanOrEqual(0.5 + 1e-6);
      }
    });
    expect(pointsOf(arc.coarseLines[0]?.vertices ?? new Float32Array()).length).toBeLessThan(pointsOf(arc.coarseLines[1]?.vertices ?? new Float32Array()).length);
  });

  it('keeps a line over the antimeridian continuous (x past 1), not split or jumping back', () => {
    const pacific = arrowMesh([{ path: [[170, 40], [190, 40]], mid: [180, 40] }]);
    expect((pacific.points[2] ?? 0) - (pacific.points[0] ?? 0)).toBeCloseTo(20 / 360, 6);
    expect(meshExtentX(pacific)[1]).toBeGreaterThan(1);
  });
});

describe('visibleWraps', () => {
  it('draws only the main copy when the view sits inside the world', () => {
    expect(visibleWraps(0.2, 0.9, 0.7, 0.9)).toEqual([0]);
  });

  it('adds the copy to the east when the view runs past 180°E', () => {
    expect(visibleWraps(0.2, 0.9, 0.9, 1.3)).toEqual([0, 1]);
  });

  it('finds the western copy of an arc drawn past 180°E when the view is over the Americas', () => {
    expect(visibleWraps(0.75, 1.3, 0.1, 0.3)).toEqual([-1]);
  });

  it('never asks for more than two copies each way', () => {
    expect(visibleWraps(0, 1, -10, 10)).toEqual([-2, -1, 0, 1, 2]);
  });
});

describe('the vertex layouts the shaders read', () => {
  it('add up to the floats each vertex has', () => {
    const floats = (layout: typeof LINE_LAYOUT): number => layout.reduce((n, [, size]) => n + size, 0);
    expect(floats(LINE_LAYOUT)).toBe(LINE_VERTEX_FLOATS);
    expect(floats(SPRITE_LAYOUT)).toBe(SPRITE_VERTEX_FLOATS);
  });

  it('name every attribute once', () => {
    for (const layout of [LINE_LAYOUT, SPRITE_LAYOUT]) expect(new Set(layout.map(([name]) => name)).size).toBe(layout.length);
  });
});
