import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { AppState } from '../core/state/appState.ts';
import { FONT_FACES } from './fonts.ts';
import { basemapLayers } from './layers/basemapLayers.ts';
import { areaLayers, placeLayers } from './layers/placeLayers.ts';
import { stanceLayers } from './layers/stanceLayers.ts';
import { SOURCES, chunkId } from './sources.ts';
import type { StoryData } from './storySources.ts';

/** How the map is dressed for its mode: type scale, and the stances a briefing scene puts forward. */
export interface MapLook {
  readonly scale: number;
  readonly sceneFocus: readonly string[];
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/**
 * The whole style: no tile server, no glyph server (labels are drawn in the
 * browser from the bundled fonts). The story's features are in it from the
 * start, all of them: which are drawn at a date is feature state
 * (frameFeatureStates.ts). The basemap arrives as soon as it is fetched.
 */
export function mapStyle(state: AppState, focusGroup: readonly string[], story: StoryData, look: MapLook): StyleSpecification {
  const geojson = (extra: Record<string, unknown> = {}, data: unknown = EMPTY) => ({ type: 'geojson' as const, data: data as typeof EMPTY, ...extra });
  return {
    version: 8,
    projection: { type: state.projection },
    'font-faces': FONT_FACES,
    state: {
      everyone: { default: state.actorScope === 'everyone' },
      selected: { default: state.selected },
      focusGroup: { default: [...focusGroup] },
      sceneFocus: { default: [...look.sceneFocus] },
      scale: { default: look.scale },
    },
    sources: {
      [SOURCES.land]: geojson({ attribution: 'Natural Earth' }),
      [SOURCES.coast]: geojson(),
      [SOURCES.borders]: geojson(),
      [SOURCES.countryLabels]: geojson(),
      [SOURCES.areas]: geojson({}, story.areas),
      // A pixel of simplification: invisible on a curve, and fewer vertices to draw and update.
      ...Object.fromEntries(story.chunks.chunks.flatMap((chunk, k) => [
        [chunkId(SOURCES.stances, k), geojson({ tolerance: 1 }, chunk.lines)],
        [chunkId(SOURCES.heads, k), geojson({}, chunk.heads)],
        [chunkId(SOURCES.glyphs, k), geojson({}, chunk.glyphs)],
      ])),
      [SOURCES.places]: geojson({}, story.places),
      'stance-label': geojson(),
    },
    layers: [...basemapLayers(), ...areaLayers(), ...stanceLayers(story.chunks.chunks.length), ...placeLayers()],
  };
}
