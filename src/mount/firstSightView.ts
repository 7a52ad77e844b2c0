import type { Map as MapLibreMap } from 'maplibre-gl';
import type { StoryModel } from '../core/model.ts';

// The studio's preview framing a story's first places (core/studio/firstSight.ts
// says when). MapLibre fits the box within the padding the panels leave
// (map/framing.ts); nothing here is shared with explore, whose first load
// must not carry it.

/** Not closer than a region: a first place alone is shown with the country around it. */
const MAX_ZOOM = 6;
/** Room for the labels at the box's edges, in pixels. */
const LABEL_ROOM = 48;

/**
 * A plain box and MapLibre's own fit, not map/framing's opening camera or
 * core's coveringBounds: importing those here splits them out of the map's
 * chunk into shared ones, which explore's first load would then fetch (about
 * 0.6 KB gzip, measured). A first story across the antimeridian is framed
 * wide; the author zooms in.
 */
export function frameFirstSight(map: MapLibreMap, model: StoryModel): void {
  const points = [...model.places.values()].map((p) => p.position);
  if (points.length === 0) return;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  map.fitBounds([[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]], { padding: LABEL_ROOM, maxZoom: MAX_ZOOM, duration: reduced ? 0 : 900, essential: false });
}
