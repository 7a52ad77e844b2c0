import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { type LonLat, unwrapLongitudes, unwrapPolygon } from './geometry/antimeridian.ts';
import {
  type FeatureCollection, type LineGeometry, type MultiPolygonGeometry, type PointGeometry, type Position, collection,
} from './features/geojson.ts';

// Natural Earth (world-atlas TopoJSON) turned into what the basemap draws:
// land polygons, country borders (shared edges only, so coasts are not drawn
// twice) and one label point per country. Every ring and line is made
// continuous across the antimeridian (Russia, Fiji) and Antarctica is closed
// through the pole.

export interface Basemap {
  readonly land: FeatureCollection<MultiPolygonGeometry>;
  readonly borders: FeatureCollection<LineGeometry>;
  /** Coastlines: edges of one country only (drawn separately so the polar closing edge never shows). */
  readonly coast: FeatureCollection<LineGeometry>;
  readonly labels: FeatureCollection<PointGeometry>;
}

type Rings = number[][][];

function polygonsOf(geometry: { type: string; coordinates?: unknown } | null): Rings[] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates as Rings];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Rings[];
  return [];
}

/** Planar area and centroid of a ring in unwrapped degrees (the shoelace formula). */
export function ringCentroid(ring: readonly LonLat[]): { area: number; centroid: LonLat } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i] ?? [0, 0];
    const [x1, y1] = ring[i + 1] ?? [0, 0];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (a === 0) return { area: 0, centroid: ring[0] ?? [0, 0] };
  return { area: Math.abs(a / 2), centroid: [cx / (3 * a), cy / (3 * a)] };
}

function wrap(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

export function decodeBasemap(topology: Topology): Basemap {
  const countries = topology.objects.countries as GeometryCollection<{ name?: string }>;
  const landObject = topology.objects.land as GeometryCollection;
  const landFeature = feature(topology, landObject) as unknown as { features?: { geometry: { type: string; coordinates?: unknown } | null }[]; geometry?: { type: string; coordinates?: unknown } | null };
  const landGeometries = landFeature.features ? landFeature.features.map((f) => f.geometry) : [landFeature.geometry ?? null];
  const landPolygons = landGeometries.flatMap(polygonsOf).map((p) => unwrapPolygon(p) as Position[][]);
  const land = collection([{ type: 'Feature' as const, id: 0, geometry: { type: 'MultiPolygon' as const, coordinates: landPolygons }, properties: {} }]);

  const lines = (coordinates: number[][][]): FeatureCollection<LineGeometry> => collection(coordinates.map((line, i) => ({
    type: 'Feature' as const, id: i, geometry: { type: 'LineString' as const, coordinates: unwrapLongitudes(line) }, properties: {},
  })));
  const borders = lines(mesh(topology, countries, (a, b) => a !== b).coordinates);
  const coast = lines(mesh(topology, countries, (a, b) => a === b).coordinates);

  const countryFeatures = feature(topology, countries).features;
  const labels = collection(countryFeatures.flatMap((f, i) => {
    const name = f.properties?.name;
    if (!name || name === 'Antarctica') return [];
    let best: { area: number; centroid: LonLat } | undefined;
    for (const poly of polygonsOf(f.geometry)) {
      const outer = unwrapPolygon(poly)[0];
      if (!outer) continue;
      const c = ringCentroid(outer);
      if (!best || c.area > best.area) best = c;
    }
    if (!best) return [];
    return [{
      type: 'Feature' as const, id: i,
      geometry: { type: 'Point' as const, coordinates: [wrap(best.centroid[0]), best.centroid[1]] as Position },
      properties: { name, area: Math.round(best.area) },
    }];
  }));
  return { land, borders, coast, labels };
}

export interface SphericalBasemap {
  readonly land: { type: 'Feature'; geometry: unknown; properties: Record<string, unknown> } | { type: 'FeatureCollection'; features: unknown[] };
  readonly borders: { type: 'MultiLineString'; coordinates: number[][][] };
}

/**
 * Natural Earth as d3-geo wants it: spherical polygons left as they are (d3
 * cuts them at the antimeridian itself and knows Antarctica surrounds the pole),
 * for the SVG renderer.
 */
export function sphericalBasemap(topology: Topology): SphericalBasemap {
  const countries = topology.objects.countries as GeometryCollection<{ name?: string }>;
  return {
    land: feature(topology, topology.objects.land as GeometryCollection),
    borders: mesh(topology, countries, (a, b) => a !== b),
  };
}
