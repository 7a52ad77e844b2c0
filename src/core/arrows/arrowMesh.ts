import type { LonLat } from '../geometry/antimeridian.ts';
import { mercator } from '../geometry/mercator.ts';
import { simplifyLine } from '../geometry/simplify.ts';

// The story's arrows as flat arrays for the GPU, built once per story. The
// date, filters and selection never touch them: what is drawn is a per-stance
// state texture (arrowStates.ts), so a scrub costs the same at 10 stances as
// at 10,000 (the idea of deck.gl's DataFilterExtension).
//
// Positions are Web Mercator in MapLibre's world square ([0,0] top left,
// [1,1] bottom right), which is what a custom layer's projectTile() takes
// in both mercator and globe. Longitudes are kept continuous along a line
// (an arc over the Pacific runs past 180°), so x may leave [0, 1].
//
// Plain indexed triangles, no instancing: software GL (SwiftShader, what a
// machine without a GPU runs) handles each instance as a draw of its own.

/** Floats per line vertex: point, previous point, next point, distance along the line, stance index, side (-1 or 1). */
export const LINE_VERTEX_FLOATS = 9;
/** Floats per sprite vertex: anchor, a second point giving the direction, stance index, kind, corner x and y (-1 or 1). */
export const SPRITE_VERTEX_FLOATS = 8;

/** A vertex's floats as the shaders' attributes read them, in order: name and size. */
export type VertexLayout = readonly (readonly [name: string, floats: number])[];

export const LINE_LAYOUT: VertexLayout = [['a_pos', 2], ['a_prev', 2], ['a_next', 2], ['a_along', 1], ['a_stance', 1], ['a_side', 1]];
export const SPRITE_LAYOUT: VertexLayout = [['a_pos', 2], ['a_toward', 2], ['a_stance', 1], ['a_kind', 1], ['a_corner', 2]];

export const SPRITE_KIND = { glyph: 0, head: 1 } as const;

export interface LineArrays {
  /** Two vertices (left, right) per point of every arrow's line. */
  readonly vertices: Float32Array;
  /** Two triangles per segment. */
  readonly indices: Uint32Array;
  /** Where stance k's triangles start in `indices`; one more entry closes the last line. */
  readonly firstIndex: Uint32Array;
}

/**
 * Coarser copies of the lines for zoomed-out views, each used below its
 * zoom and simplified to half a pixel there: a 48-point arc across a
 * continent needs a handful of points at zoom 2.
 */
export const LINE_LEVELS = [{ belowZoom: 2 }, { belowZoom: 4 }] as const;

export interface ArrowMesh {
  /** Every point of every line: what is drawn when zoomed in. */
  readonly lines: LineArrays;
  /** One per LINE_LEVELS entry. */
  readonly coarseLines: readonly LineArrays[];
  /** Four corners per sprite: glyph badges first, then arrowheads, so heads are drawn over badges. */
  readonly spriteVertices: Float32Array;
  readonly spriteIndices: Uint32Array;
  /** Every line's points (x, y), one line after another. */
  readonly points: Float32Array;
  /** Where stance k's points start in `points`, in points; one more entry closes the last line. */
  readonly starts: Uint32Array;
  readonly stanceCount: number;
}

export interface ArrowInput {
  /** The arrow's curve, in the order of travel. */
  readonly path: readonly LonLat[];
  /** Where its glyph badge sits. */
  readonly mid: LonLat;
}

/** Vertices and triangles for lines of mercator points (stance k is line k). */
export function lineArrays(lines: readonly (readonly [number, number])[][]): LineArrays {
  const pointCount = lines.reduce((n, l) => n + l.length, 0);
  const vertices = new Float32Array(pointCount * 2 * LINE_VERTEX_FLOATS);
  const indices = new Uint32Array(lines.reduce((n, l) => n + Math.max(0, l.length - 1), 0) * 6);
  const firstIndex = new Uint32Array(lines.length + 1);
  // Written field by field: a 10,000-stance story has a million vertices, and
  // an array literal per vertex made this the costliest step of mounting it.
  let p = 0;
  let t = 0;
  lines.forEach((line, stance) => {
    firstIndex[stance] = t;
    let along = 0;
    line.forEach((point, k) => {
      const prev = line[k - 1] ?? point;
      const next = line[k + 1] ?? point;
      if (k > 0) along += Math.hypot(point[0] - prev[0], point[1] - prev[1]);
      for (let side = -1; side <= 1; side += 2) {
        const o = (p * 2 + (side + 1) / 2) * LINE_VERTEX_FLOATS;
        vertices[o] = point[0];
        vertices[o + 1] = point[1];
        vertices[o + 2] = prev[0];
        vertices[o + 3] = prev[1];
        vertices[o + 4] = next[0];
        vertices[o + 5] = next[1];
        vertices[o + 6] = along;
        vertices[o + 7] = stance;
        vertices[o + 8] = side;
      }
      if (k > 0) {
        const v = (p - 1) * 2;
        indices[t] = v;
        indices[t + 1] = v + 1;
        indices[t + 2] = v + 2;
        indices[t + 3] = v + 1;
        indices[t + 4] = v + 3;
        indices[t + 5] = v + 2;
        t += 6;
      }
      p++;
    });
  });
  firstIndex[lines.length] = t;
  return { vertices, indices, firstIndex };
}

export function arrowMesh(arrows: readonly ArrowInput[]): ArrowMesh {
  const lines = arrows.map((a) => a.path.map(mercator));
  const points = new Float32Array(lines.reduce((n, l) => n + l.length, 0) * 2);
  const starts = new Uint32Array(arrows.length + 1);
  const spriteVertices = new Float32Array(arrows.length * 2 * 4 * SPRITE_VERTEX_FLOATS);
  const spriteIndices = new Uint32Array(arrows.length * 2 * 6);
  const sprite = (slot: number, anchor: readonly number[], toward: readonly number[], stance: number, kind: number): void => {
    for (let k = 0; k < 4; k++) {
      const o = (slot * 4 + k) * SPRITE_VERTEX_FLOATS;
      spriteVertices[o] = anchor[0] ?? 0;
      spriteVertices[o + 1] = anchor[1] ?? 0;
      spriteVertices[o + 2] = toward[0] ?? 0;
      spriteVertices[o + 3] = toward[1] ?? 0;
      spriteVertices[o + 4] = stance;
      spriteVertices[o + 5] = kind;
      // Corners (-1,-1), (1,-1), (-1,1), (1,1).
      spriteVertices[o + 6] = k % 2 === 0 ? -1 : 1;
      spriteVertices[o + 7] = k < 2 ? -1 : 1;
    }
    const v = slot * 4;
    spriteIndices.set([v, v + 1, v + 2, v + 1, v + 3, v + 2], slot * 6);
  };
  let p = 0;
  lines.forEach((line, stance) => {
    starts[stance] = p;
    for (const point of line) points.set(point, 2 * p++);
    const mid = mercator(arrows[stance]?.mid ?? [0, 0]);
    sprite(stance, mid, mid, stance, SPRITE_KIND.glyph);
    const tip = line[line.length - 1] ?? mid;
    sprite(arrows.length + stance, tip, line[line.length - 2] ?? tip, stance, SPRITE_KIND.head);
  });
  starts[arrows.length] = p;
  // Half a pixel at the level's finest zoom (MapLibre's world is 512 px wide at zoom 0).
  const coarseLines = LINE_LEVELS.map(({ belowZoom }) => lineArrays(lines.map((l) => simplifyLine(l, 0.5 / (512 * 2 ** belowZoom)))));
  return { lines: lineArrays(lines), coarseLines, spriteVertices, spriteIndices, points, starts, stanceCount: arrows.length };
}
