import { rangeRing } from '../geometry/ring.ts';
import type { StoryModel } from '../model.ts';
import { type FeatureCollection, type PolygonGeometry, collection } from './geojson.ts';

export interface AreaProperties {
  [key: string]: string | number | boolean;
  id: string;
  name: string;
  radiusKm: number;
  start: number;
  end: number;
  /** "200 km" label drawn along the ring. */
  label: string;
}

export function areaFeatures(model: StoryModel): FeatureCollection<PolygonGeometry, AreaProperties> {
  return collection(model.areas.map((node) => ({
    type: 'Feature' as const,
    id: node.index,
    geometry: { type: 'Polygon' as const, coordinates: [rangeRing(node.centre.position, node.area.radiusKm)] },
    properties: {
      id: node.area.id,
      name: node.area.name,
      radiusKm: node.area.radiusKm,
      start: node.startDay,
      end: node.endDay,
      label: `${node.area.name}: ${node.area.radiusKm} km`,
    },
  })));
}
