// Minimal GeoJSON shapes produced by the core (structurally compatible with
// @types/geojson and MapLibre's source data), kept local so the core has no
// renderer types.

export type Position = [number, number];
export type Properties = Record<string, string | number | boolean>;

export interface Feature<G, P extends Properties = Properties> {
  type: 'Feature';
  id: number;
  geometry: G;
  properties: P;
}

export interface PointGeometry { type: 'Point'; coordinates: Position }
export interface LineGeometry { type: 'LineString'; coordinates: Position[] }
export interface MultiLineGeometry { type: 'MultiLineString'; coordinates: Position[][] }
export interface PolygonGeometry { type: 'Polygon'; coordinates: Position[][] }
export interface MultiPolygonGeometry { type: 'MultiPolygon'; coordinates: Position[][][] }

export interface FeatureCollection<G, P extends Properties = Properties> {
  type: 'FeatureCollection';
  features: Feature<G, P>[];
}

export function collection<G, P extends Properties>(features: Feature<G, P>[]): FeatureCollection<G, P> {
  return { type: 'FeatureCollection', features };
}
