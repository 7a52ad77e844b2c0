import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { LonLat } from '../core/geometry/antimeridian.ts';
import { onNearSide } from '../core/geometry/sphere.ts';
import type { StanceGeometry } from '../core/features/stanceFeatures.ts';
import { type ScreenPoint, labelSpotOnWorldCopies } from '../core/geometry/lineLabel.ts';

/** Room kept between an arrow's sentence and the map's edge, in CSS pixels. */
const EDGE_PX = 12;
/** The label's font size at scale 1 (layers/stanceLayers.ts) and its bold face's mean advance per character, in ems. */
const TEXT_PX = 13;
const EM_PER_CHAR = 0.6;

export interface ArrowLabels {
  /** Labels the arrows with these stance ids (the selected and the hovered, when drawn; "" for none). */
  show(ids: readonly string[]): void;
  /** Places the labels again: the style was restored, or the projection changed (which moves nothing). */
  again(): void;
  /** Labels another story's arrows (the ids shown are kept: the caller shows the new ones). */
  setStory(stances: StanceGeometry): void;
}

/** A gap in a line: a point behind the globe, where no label may go. */
const HIDDEN: ScreenPoint = [Number.NaN, Number.NaN];

/**
 * The sentence along the selected and hovered arrows ("China opposes THAAD"),
 * placed once, in the middle of the part of the arrow on screen
 * (core/geometry/lineLabel.ts). Where that is depends on the view, so the
 * labels are placed again when the map comes to rest, as MapLibre places its own.
 */
export function createArrowLabels(map: MapLibreMap, stances: StanceGeometry, scale: number): ArrowLabels {
  const linesById = (of: StanceGeometry): Map<string, StanceGeometry['lines']['features'][number]> => new Map(of.lines.features.map((f) => [f.properties.id, f]));
  let byId = linesById(stances);
  let ids: readonly string[] = [];

  function screenLine(coordinates: readonly (readonly number[])[], globe: boolean): ScreenPoint[] {
    const c = map.getCenter();
    return coordinates.map((point): ScreenPoint => {
      const at: LonLat = [point[0] ?? 0, point[1] ?? 0];
      if (globe && !onNearSide([c.lng, c.lat], at)) return HIDDEN;
      const p = map.project(at);
      return [p.x, p.y];
    });
  }

  function place(): void {
    const source = map.getSource<GeoJSONSource>('stance-label');
    if (!source) return;
    const canvas = map.getCanvas();
    const globe = map.getProjection()?.type === 'globe';
    const worldPx = globe ? 0 : 512 * 2 ** map.getZoom();
    const features: GeoJSON.Feature[] = [];
    for (const id of new Set(ids)) {
      const line = byId.get(id);
      if (!line) continue;
      const size = TEXT_PX * scale;
      // The label sits above the line (its offset in the layer), so its box is about twice its height.
      const text = { width: line.properties.label.length * size * EM_PER_CHAR, height: size * 3 };
      const spot = labelSpotOnWorldCopies(screenLine(line.geometry.coordinates, globe), worldPx, canvas.clientWidth, canvas.clientHeight, text, EDGE_PX);
      if (!spot) continue;
      const at = map.unproject([spot.at[0], spot.at[1]]);
      features.push({
        type: 'Feature', geometry: { type: 'Point', coordinates: [at.lng, at.lat] },
        properties: { id, label: line.properties.label, color: line.properties.color, rotate: spot.angle },
      });
    }
    void source.setData({ type: 'FeatureCollection', features });
  }

  const placeIfAny = (): void => { if (ids.some(Boolean)) place(); };
  map.on('moveend', placeIfAny);
  map.on('resize', placeIfAny);
  // A selection from a link is known before the style (and the label's source) has loaded.
  map.once('load', placeIfAny);

  return {
    show(next) {
      if (next.join('\n') === ids.join('\n')) return;
      ids = next;
      place();
    },
    again: place,
    setStory(next) {
      byId = linesById(next);
      // The same ids may be other arrows now, or none.
      if (ids.some(Boolean)) place();
    },
  };
}
