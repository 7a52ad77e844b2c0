import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { AppState } from '../core/state/appState.ts';
import { FONT_FACES } from '../theme/fonts.ts';
import { basemapLayers } from './layers/basemapLayers.ts';
import { areaLayers, placeLayers } from './layers/placeLayers.ts';
import { stanceLayers } from './layers/stanceLayers.ts';
import { SOURCES } from './sources.ts';
import type { StoryData } from './storySources.ts';

/** How the map is dressed for its mode: type and line scale (1 on screens, larger for a room). */
export interface MapLook {
  readonly scale: number;
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/**
 * The whole style: no tile server, no glyph server (labels are drawn in the
 * browser from the bundled fonts). The story's features are in it from the
 * start, all of them: which are drawn at a date is feature state
 * (frameFeatureStates.ts) for places and areas, and the arrow layer's state
 * texture for stances (the arrow layer is added by the map view; a custom
 * layer cannot be written in a style). The basemap arrives as soon as it is fetched.
 */
export function mapStyle(state: AppState, story: StoryData, look: MapLook): StyleSpecification {
  const geojson = (extra: Record<string, unknown> = {}, data: unknown = EMPTY) => ({ type: 'geojson' as const, data: data as typeof EMPTY, ...extra });
  return {
    version: 8,
    projection: { type: state.projection },
    'font-faces': FONT_FACES,
    state: {
      everyone: { default: state.actorScope === 'everyone' },
      scale: { default: look.scale },
      // The place-label layout on the view at rest (core/labelLayout.ts, map/labelOrder.ts).
      // first: the ids of the places whose labels are placed first (core/labelPriority.ts).
      labelLayout: { default: { first: [], gathered: {}, named: [], leftOf: [], rightOf: [] } },
    },
    sources: {
      [SOURCES.land]: geojson({ attribution: 'Natural Earth' }),
      [SOURCES.coast]: geojson(),
      [SOURCES.borders]: geojson(),
      [SOURCES.countryLabels]: geojson(),
      [SOURCES.areas]: geojson({}, story.areas),
      [SOURCES.places]: geojson({}, story.places),
      'stance-label': geojson(),
    },
    layers: [...basemapLayers(), ...areaLayers(), ...stanceLayers(), ...placeLayers()],
  };
}
