import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import type { StanceGeometry } from '../core/features/stanceFeatures.ts';
import { type Frame, focusGroup } from '../core/frame.ts';
import type { FrameStep } from '../core/state/frames.ts';
import type { StoryModel } from '../core/model.ts';
import type { SceneNode } from '../core/scenes.ts';
import type { Action, AppState } from '../core/state/appState.ts';
import { type Camera } from '../core/view.ts';
import { coarseBasemap, showBasemap } from './basemapLoader.ts';
import { MAP_PADDING, createMap } from './createMap.ts';
import { createFrameFeatureStates, isDrawn } from './frameFeatureStates.ts';
import { installIcons } from './icons.ts';
import { PLACE_LAYER_IDS } from './layers/placeLayers.ts';
import { STANCE_LAYER_IDS } from './layers/stanceLayers.ts';
import { SOURCES, chunkId } from './sources.ts';
import { storyData } from './storySources.ts';

/** How long a stance that has just appeared glows. */
export const FLASH_MS = 2200;

/**
 * More arrows than this appearing at once is a jump, not a step: nothing
 * glows (a glow on thousands of arrows points at nothing, and setting and
 * clearing it cost over a second at 10,000 stances in the benchmark).
 */
export const FLASH_MAX = 50;

export interface MapView {
  readonly map: MapLibreMap;
  /** Resolves once the map has drawn the story at the current state. */
  readonly ready: Promise<void>;
  /**
   * Applies a new state and frame with the fewest map calls: feature state
   * for what the date and filters show, for hover and "what changed"; global
   * state for selection and focus; one tiny source for the hovered arrow's
   * sentence. No story source is ever rebuilt.
   */
  update(state: AppState, previous: AppState, step: FrameStep): void;
}

function labelFeature(stances: StanceGeometry, ids: readonly string[]): GeoJSON.FeatureCollection {
  return { type: 'FeatureCollection', features: stances.lines.features.filter((f) => ids.includes(f.properties.id)) };
}

export interface MapViewOptions {
  /** The briefing's scenes (presentation mode), whose cameras the map moves to. */
  readonly scenes: readonly SceneNode[];
  /** Type and line scale (1 on screens, larger for a room). */
  readonly scale: number;
  /** Cut instead of flying (prefers-reduced-motion). */
  readonly reducedMotion: boolean;
}

export const FLIGHT_MS = 1500;

export function createMapView(container: HTMLElement, model: StoryModel, state: AppState, frame: Frame, camera: Camera, dispatch: (a: Action) => void, options: MapViewOptions): MapView {
  const basemap = coarseBasemap();
  const story = storyData(model);
  const { stances } = story;
  const sceneFocus = (i: number): readonly string[] => options.scenes[i]?.stances ?? [];
  const map = createMap(container, state, [...focusGroup(model, state.focus)], camera, story, { scale: options.scale, sceneFocus: sceneFocus(state.scene) });
  installIcons(map);
  const { chunkOf, chunks } = story.chunks;
  const showFrame = createFrameFeatureStates(map, model, chunkOf, frame);
  // Every chunk's copy of a stance layer (one each for a story of ordinary size).
  const everyChunk = (layer: string): string[] => chunks.map((_, k) => chunkId(layer, k));
  const stanceSource = (i: number): string => chunkId(SOURCES.stances, chunkOf[i] ?? 0);
  const stanceIndex = new Map(model.stances.map((s, i) => [s.stance.id, i]));
  let flashing: number[] = [];
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const ready = new Promise<void>((resolve, reject) => {
    map.once('load', () => {
      showBasemap(map, basemap).then(() => map.once('idle', () => resolve()), reject);
    });
    map.once('error', (e) => reject(e.error instanceof Error ? e.error : new Error('the map failed to load')));
  });

  // Events only become actions; what they mean is decided by the state.
  const hitLayers = everyChunk(STANCE_LAYER_IDS.hit);
  map.on('mousemove', hitLayers, (e: MapLayerMouseEvent) => {
    dispatch({ type: 'hover', id: String(e.features?.[0]?.properties.id ?? '') });
  });
  map.on('mouseleave', hitLayers, () => dispatch({ type: 'hover', id: '' }));
  map.on('click', (e) => {
    const layers = [PLACE_LAYER_IDS.marks, PLACE_LAYER_IDS.labels, ...hitLayers, ...everyChunk(STANCE_LAYER_IDS.glyphs)];
    const hit = map.queryRenderedFeatures(e.point, { layers }).filter(isDrawn);
    dispatch({ type: 'select', id: String(hit[0]?.properties.id ?? '') });
  });
  map.on('moveend', (e: { originalEvent?: unknown }) => {
    // Only the reader's own moves become state; moves the app makes already are.
    if (!e.originalEvent) return;
    const c = map.getCenter();
    dispatch({ type: 'setCamera', camera: { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() } });
  });
  for (const layer of [...hitLayers, PLACE_LAYER_IDS.marks, PLACE_LAYER_IDS.labels]) {
    map.on('mouseenter', layer, () => { map.getCanvas().style.cursor = 'pointer'; });
    map.on('mouseleave', layer, () => { map.getCanvas().style.cursor = ''; });
  }

  function setFlash(indices: number[]): void {
    for (const i of flashing) map.setFeatureState({ source: stanceSource(i), id: i }, { flash: false });
    flashing = indices;
    for (const i of flashing) map.setFeatureState({ source: stanceSource(i), id: i }, { flash: true });
    clearTimeout(flashTimer);
    if (flashing.length > 0) flashTimer = setTimeout(() => setFlash([]), FLASH_MS);
  }

  function moveTo(target: Camera): void {
    const duration = options.reducedMotion ? 0 : FLIGHT_MS;
    if (target.kind === 'bounds') map.fitBounds(target.bounds, { padding: MAP_PADDING, duration, essential: false });
    else map.flyTo({ center: target.center, zoom: target.zoom, bearing: target.bearing, pitch: target.pitch, duration, essential: false });
  }

  function update(next: AppState, prev: AppState, { frame, previous: prevFrame, change }: FrameStep): void {
    if (next.scene !== prev.scene) {
      map.setGlobalStateProperty('sceneFocus', [...sceneFocus(next.scene)]);
      const target = options.scenes[next.scene]?.camera;
      if (target) moveTo(target);
    }
    if (frame !== prevFrame) showFrame(frame);
    if (next.t !== prev.t) {
      const { added } = change;
      setFlash(added.length > FLASH_MAX ? [] : added.flatMap((id) => stanceIndex.get(id) ?? []));
    }
    if (next.actorScope !== prev.actorScope) map.setGlobalStateProperty('everyone', next.actorScope === 'everyone');
    if (next.focus !== prev.focus) map.setGlobalStateProperty('focusGroup', [...focusGroup(model, next.focus)]);
    if (next.projection !== prev.projection) map.setProjection({ type: next.projection });
    if (next.selected !== prev.selected) map.setGlobalStateProperty('selected', next.selected);
    if (next.camera && next.camera !== prev.camera) {
      const c = map.getCenter();
      const same = Math.abs(c.lng - next.camera.center[0]) < 1e-6 && Math.abs(c.lat - next.camera.center[1]) < 1e-6 && Math.abs(map.getZoom() - next.camera.zoom) < 1e-6;
      if (!same) map.jumpTo({ center: [next.camera.center[0], next.camera.center[1]], zoom: next.camera.zoom, bearing: next.camera.bearing, pitch: next.camera.pitch });
    }
    if (next.hovered !== prev.hovered) {
      for (const [id, hover] of [[prev.hovered, false], [next.hovered, true]] as const) {
        const i = stanceIndex.get(id);
        if (i !== undefined) map.setFeatureState({ source: stanceSource(i), id: i }, { hover });
      }
    }
    if (next.hovered !== prev.hovered || next.selected !== prev.selected) {
      void (map.getSource('stance-label') as GeoJSONSource).setData(labelFeature(stances, [next.selected, next.hovered]));
    }
  }

  return { map, ready, update };
}
