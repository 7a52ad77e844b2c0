import type { ArrowMesh } from './arrowMesh.ts';

// Which arrow is under the pointer, found in plain arrays instead of asking
// the map (MapLibre cannot query a custom layer, and a hidden line layer of
// every arrow only for hits would cost what the arrow layer saves). Segments
// go into a grid over the world square once per story; a query looks only at
// the cells around the point, in each world copy the point may be in.

/** Grid cells across the world square: a cell is about 156 km at the equator. */
const CELLS = 256;

export interface ArrowIndex {
  readonly mesh: ArrowMesh;
  /** Segments as [stance, first point] pairs, flattened, per cell. */
  readonly cells: ReadonlyMap<number, readonly number[]>;
}

// x may run a world or two past [0, 1]; the key keeps those apart.
const cellKey = (cx: number, cy: number): number => cx + cy * CELLS * 8;

function eachSegment(mesh: ArrowMesh, visit: (stance: number, k: number) => void): void {
  for (let stance = 0; stance < mesh.stanceCount; stance++) {
    for (let k = mesh.starts[stance] ?? 0; k + 1 < (mesh.starts[stance + 1] ?? 0); k++) visit(stance, k);
  }
}

export function arrowIndex(mesh: ArrowMesh): ArrowIndex {
  const cells = new Map<number, number[]>();
  const p = mesh.points;
  eachSegment(mesh, (stance, k) => {
    const [ax, ay, bx, by] = [p[2 * k] ?? 0, p[2 * k + 1] ?? 0, p[2 * k + 2] ?? 0, p[2 * k + 3] ?? 0];
    for (let cx = Math.floor(Math.min(ax, bx) * CELLS); cx <= Math.floor(Math.max(ax, bx) * CELLS); cx++) {
      for (let cy = Math.floor(Math.min(ay, by) * CELLS); cy <= Math.floor(Math.max(ay, by) * CELLS); cy++) {
        const key = cellKey(cx, cy);
        const list = cells.get(key);
        if (list) list.push(stance, k);
        else cells.set(key, [stance, k]);
      }
    }
  });
  return { mesh, cells };
}

/** Distance from p to the segment ab, all in the same units. */
export function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * Stances among `drawn` with a segment within `tolerance` of the point (all
 * in mercator units), nearest first. The point is tried in the world copies
 * on either side too, as arcs over the Pacific run past x = 1.
 */
export function arrowsNear(index: ArrowIndex, x: number, y: number, tolerance: number, drawn: ReadonlySet<number>): number[] {
  const best = new Map<number, number>();
  const p = index.mesh.points;
  for (const px of [x - 1, x, x + 1]) {
    for (let cx = Math.floor((px - tolerance) * CELLS); cx <= Math.floor((px + tolerance) * CELLS); cx++) {
      for (let cy = Math.floor((y - tolerance) * CELLS); cy <= Math.floor((y + tolerance) * CELLS); cy++) {
        const list = index.cells.get(cellKey(cx, cy)) ?? [];
        for (let i = 0; i < list.length; i += 2) {
          const stance = list[i] ?? -1;
          const k = list[i + 1] ?? 0;
          if (!drawn.has(stance)) continue;
          const d = distanceToSegment(px, y, p[2 * k] ?? 0, p[2 * k + 1] ?? 0, p[2 * k + 2] ?? 0, p[2 * k + 3] ?? 0);
          if (d <= tolerance && d < (best.get(stance) ?? Infinity)) best.set(stance, d);
        }
      }
    }
  }
  return [...best].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([stance]) => stance);
}

/** Stances among `drawn` with a point inside the box [west, north, east, south] (mercator, in any world copy). */
export function arrowsInBox(index: ArrowIndex, box: readonly [number, number, number, number], drawn: ReadonlySet<number>): number[] {
  const [west, north, east, south] = box;
  const { points, starts } = index.mesh;
  const found: number[] = [];
  for (const stance of [...drawn].sort((a, b) => a - b)) {
    for (let k = starts[stance] ?? 0; k < (starts[stance + 1] ?? 0); k++) {
      const x = points[2 * k] ?? 0;
      const y = points[2 * k + 1] ?? 0;
      if (y >= north && y <= south && [x - 1, x, x + 1].some((cx) => cx >= west && cx <= east)) {
        found.push(stance);
        break;
      }
    }
  }
  return found;
}
