import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import type { StanceGeometry } from '../core/features/stanceFeatures.ts';
import type { StoryModel } from '../core/model.ts';
import type { Action, AppState } from '../core/state/appState.ts';
import { type Camera } from '../core/view.ts';
import { fetchBasemap, showBasemap } from './basemapLoader.ts';
import { createMap } from './createMap.ts';
import { installIcons } from './icons.ts';
import { PLACE_LAYER_IDS } from './layers/placeLayers.ts';
import { STANCE_LAYER_IDS } from './layers/stanceLayers.ts';
import { SOURCES } from './sources.ts';
import { storyData } from './storySources.ts';

export interface MapView {
  readonly map: MapLibreMap;
  /** Resolves once the map has drawn the story at the current state. */
  readonly ready: Promise<void>;
  /** Applies a new state with the fewest map calls: global state, feature state, a tiny label source. */
  update(state: AppState, previous: AppState): void;
}

function labelFeature(stances: StanceGeometry, ids: readonly string[]): GeoJSON.FeatureCollection {
  return { type: 'FeatureCollection', features: stances.lines.features.filter((f) => ids.includes(f.properties.id)) };
}

export function createMapView(container: HTMLElement, model: StoryModel, state: AppState, camera: Camera, dispatch: (a: Action) => void): MapView {
  const basemap = fetchBasemap();
  const story = storyData(model);
  const { stances } = story;
  const map = createMap(container, state, camera, story);
  installIcons(map);
  const stanceIndex = new Map(model.stances.map((s, i) => [s.stance.id, i]));

  const ready = new Promise<void>((resolve, reject) => {
    map.once('load', () => {
      showBasemap(map, basemap).then(() => map.once('idle', () => resolve()), reject);
    });
    map.once('error', (e) => reject(e.error instanceof Error ? e.error : new Error('the map failed to load')));
  });

  // Events only become actions; what they mean is decided by the state.
  map.on('mousemove', STANCE_LAYER_IDS.hit, (e: MapLayerMouseEvent) => {
    dispatch({ type: 'hover', id: String(e.features?.[0]?.properties.id ?? '') });
  });
  map.on('mouseleave', STANCE_LAYER_IDS.hit, () => dispatch({ type: 'hover', id: '' }));
  map.on('click', (e) => {
    const hit = map.queryRenderedFeatures(e.point, { layers: [PLACE_LAYER_IDS.marks, PLACE_LAYER_IDS.labels, STANCE_LAYER_IDS.hit, STANCE_LAYER_IDS.glyphs] });
    dispatch({ type: 'select', id: String(hit[0]?.properties.id ?? '') });
  });
  for (const layer of [STANCE_LAYER_IDS.hit, PLACE_LAYER_IDS.marks, PLACE_LAYER_IDS.labels]) {
    map.on('mouseenter', layer, () => { map.getCanvas().style.cursor = 'pointer'; });
    map.on('mouseleave', layer, () => { map.getCanvas().style.cursor = ''; });
  }

  function update(next: AppState, prev: AppState): void {
    if (next.t !== prev.t) map.setGlobalStateProperty('t', next.t);
    if (next.actorScope !== prev.actorScope) map.setGlobalStateProperty('everyone', next.actorScope === 'everyone');
    if (next.projection !== prev.projection) map.setProjection({ type: next.projection });
    if (next.selected !== prev.selected) map.setGlobalStateProperty('selected', next.selected);
    if (next.hovered !== prev.hovered) {
      for (const [id, hover] of [[prev.hovered, false], [next.hovered, true]] as const) {
        const i = stanceIndex.get(id);
        if (i !== undefined) map.setFeatureState({ source: SOURCES.stances, id: i }, { hover });
      }
    }
    if (next.hovered !== prev.hovered || next.selected !== prev.selected) {
      void (map.getSource('stance-label') as GeoJSONSource).setData(labelFeature(stances, [next.selected, next.hovered]));
    }
  }

  return { map, ready, update };
}
