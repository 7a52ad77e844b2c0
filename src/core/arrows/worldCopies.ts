import type { ArrowMesh } from './arrowMesh.ts';

// A flat map repeats the world sideways; an arc drawn with continuous
// longitudes (Washington to Seoul over the Pacific) sits partly outside
// [0, 1]. These say which copies of the arrows cover the view, so the layer
// draws only those (each copy costs a full pass over every segment).

/** West and east extent of every arrow's points, in mercator x. */
export function meshExtentX(mesh: ArrowMesh): [number, number] {
  let west = Infinity;
  let east = -Infinity;
  for (let i = 0; i < mesh.points.length; i += 2) {
    const x = mesh.points[i] ?? 0;
    west = Math.min(west, x);
    east = Math.max(east, x);
  }
  return [west, east];
}

/**
 * World copies (x offsets, whole worlds) whose arrows overlap the view
 * [viewWest, viewEast] in mercator x; at most two copies each way, which is
 * more than the map's minimum zoom can show.
 */
export function visibleWraps(meshWest: number, meshEast: number, viewWest: number, viewEast: number): number[] {
  const wraps: number[] = [];
  for (let w = Math.max(-2, Math.ceil(viewWest - meshEast)); w <= Math.min(2, Math.floor(viewEast - meshWest)); w++) wraps.push(w + 0); // + 0 turns a -0 from Math.ceil into 0
  return wraps;
}
