import type { MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
import { type FrameStates, NO_STATES, frameStates, stateChanges } from '../core/features/featureStates.ts';
import type { Frame } from '../core/frame.ts';
import type { StoryModel } from '../core/model.ts';
import { SOURCES, chunkId, unchunked } from './sources.ts';

/** Feature-state keys the story layers read (see layers/expressions.ts). */
export const STATE_KEYS = { on: 'on', mark: 'mark' } as const;

const DATED_SOURCES: ReadonlySet<string> = new Set([SOURCES.stances, SOURCES.heads, SOURCES.glyphs, SOURCES.areas]);

/** Whether a feature MapLibre found (it finds transparent ones too) is drawn in the current frame. */
export function isDrawn(feature: MapGeoJSONFeature): boolean {
  return !DATED_SOURCES.has(unchunked(feature.source)) || feature.state[STATE_KEYS.on] === true;
}

/**
 * Shows a frame on the map by setting feature state on what changed since the
 * last frame; no source is rebuilt when the date or a filter changes.
 */
export function createFrameFeatureStates(map: MapLibreMap, model: StoryModel, chunkOf: readonly number[], initial: Frame): (frame: Frame) => void {
  let shown: FrameStates = NO_STATES;
  const set = (source: string, id: number, key: string, value: unknown): void => {
    map.setFeatureState({ source, id }, { [key]: value });
  };
  function apply(frame: Frame): void {
    const next = frameStates(model, frame);
    for (const { id, value } of stateChanges(shown.stances, next.stances, false)) {
      for (const source of [SOURCES.stances, SOURCES.heads, SOURCES.glyphs]) set(chunkId(source, chunkOf[id] ?? 0), id, STATE_KEYS.on, value);
    }
    for (const { id, value } of stateChanges(shown.areas, next.areas, false)) set(SOURCES.areas, id, STATE_KEYS.on, value);
    for (const { id, value } of stateChanges(shown.places, next.places, '')) set(SOURCES.places, id, STATE_KEYS.mark, value);
    shown = next;
  }
  // Feature state can be set once the style is in, before any tile is drawn.
  if (map.isStyleLoaded()) apply(initial);
  else map.once('style.load', () => apply(initial));
  return apply;
}
