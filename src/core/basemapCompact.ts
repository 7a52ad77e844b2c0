import type { Topology } from 'topojson-specification';

// Natural Earth from world-atlas, made smaller for the wire: arcs re-quantized
// to a grid that is finer than a pixel at the zooms each resolution serves
// (1:110m up to zoom 2.8, where a pixel is about 9 km; 1:50m beyond), points
// that fall on the same grid cell dropped, and every property but the country
// name removed. Shared arc ends stay shared: each point maps to the grid the
// same way whichever arc it belongs to.

type Arc = [number, number][];

function absoluteArcs(topology: Topology): Arc[] {
  const t = topology.transform;
  const [sx, sy] = t ? t.scale : [1, 1];
  const [tx, ty] = t ? t.translate : [0, 0];
  return (topology.arcs as Arc[]).map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x = t ? x + dx : dx;
      y = t ? y + dy : dy;
      return [x * sx + tx, y * sy + ty] as [number, number];
    });
  });
}

/** The topology on a grid of `n` × `n` cells over the whole globe, delta-encoded. */
export function compactTopology(topology: Topology, n: number): Topology {
  const kx = 360 / (n - 1);
  const ky = 180 / (n - 1);
  const arcs = absoluteArcs(topology).map((arc) => {
    const out: Arc = [];
    let px = 0;
    let py = 0;
    arc.forEach(([lon, lat], i) => {
      const qx = Math.round((lon + 180) / kx);
      const qy = Math.round((lat + 90) / ky);
      // Keep both ends, so an arc never shrinks below two points.
      if (i > 0 && i < arc.length - 1 && qx === px && qy === py) return;
      out.push([qx - px, qy - py]);
      px = qx;
      py = qy;
    });
    return out;
  });
  const objects: Record<string, unknown> = {};
  for (const [key, object] of Object.entries(topology.objects)) {
    if (object.type !== 'GeometryCollection') {
      objects[key] = object;
      continue;
    }
    objects[key] = {
      type: 'GeometryCollection',
      geometries: object.geometries.map((g) => {
        const name = (g.properties as { name?: string } | undefined)?.name;
        const kept: Record<string, unknown> = { type: g.type, arcs: (g as { arcs?: unknown }).arcs };
        if (name !== undefined) kept.properties = { name };
        return kept;
      }),
    };
  }
  return { type: 'Topology', transform: { scale: [kx, ky], translate: [-180, -90] }, objects, arcs } as unknown as Topology;
}
