import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { StanceGeometry } from '../core/features/stanceFeatures.ts';
import { type ScreenPoint, labelSpotOnWorldCopies } from '../core/geometry/lineLabel.ts';

/** Room kept between an arrow's sentence and the map's edge, in CSS pixels. */
const EDGE_PX = 12;
/** The label's font size at scale 1 (layers/stanceLayers.ts) and its bold face's mean advance per character, in ems. */
const TEXT_PX = 13;
const EM_PER_CHAR = 0.6;

export interface ArrowLabels {
  /** Labels the arrows with these stance ids (the selected and the hovered; "" for none). */
  show(ids: readonly string[]): void;
  /** Places the labels again (the style was restored after a lost context). */
  again(): void;
}

/**
 * The sentence along the selected and hovered arrows ("China opposes THAAD"),
 * placed once, in the middle of the part of the arrow on screen
 * (core/geometry/lineLabel.ts). Where that is depends on the view, so the
 * labels are placed again when the map comes to rest, as MapLibre places its own.
 */
export function createArrowLabels(map: MapLibreMap, stances: StanceGeometry, scale: number): ArrowLabels {
  const byId = new Map(stances.lines.features.map((f) => [f.properties.id, f]));
  let ids: readonly string[] = [];

  function place(): void {
    const canvas = map.getCanvas();
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    const features: GeoJSON.Feature[] = [];
    for (const id of new Set(ids)) {
      const line = byId.get(id);
      if (!line) continue;
      const points = line.geometry.coordinates.map((c): ScreenPoint => {
        const p = map.project([c[0] ?? 0, c[1] ?? 0]);
        return [p.x, p.y];
      });
      const size = TEXT_PX * scale;
      // The label sits above the line (its offset in the layer), so its box is about twice its height.
      const text = { width: line.properties.label.length * size * EM_PER_CHAR, height: size * 3 };
      const worldPx = map.getProjection()?.type === 'globe' ? 0 : 512 * 2 ** map.getZoom();
      const spot = labelSpotOnWorldCopies(points, worldPx, width, height, text, EDGE_PX);
      if (!spot) continue;
      const at = map.unproject([spot.at[0], spot.at[1]]);
      features.push({
        type: 'Feature', geometry: { type: 'Point', coordinates: [at.lng, at.lat] },
        properties: { id, label: line.properties.label, color: line.properties.color, rotate: spot.angle },
      });
    }
    void map.getSource<GeoJSONSource>('stance-label')?.setData({ type: 'FeatureCollection', features });
  }

  map.on('moveend', () => { if (ids.some(Boolean)) place(); });
  map.on('resize', () => { if (ids.some(Boolean)) place(); });

  return {
    show(next) {
      if (next.join('\n') === ids.join('\n')) return;
      ids = next;
      place();
    },
    again: place,
  };
}
