import type { Map as MapLibreMap } from 'maplibre-gl';
import { type FrameStates, NO_STATES, frameStates, stateChanges } from '../core/features/featureStates.ts';
import type { Frame } from '../core/frame.ts';
import type { StoryModel } from '../core/model.ts';
import { SOURCES } from './sources.ts';

/** Feature-state keys the place and area layers read (see layers/expressions.ts). */
export const STATE_KEYS = { on: 'on', mark: 'mark' } as const;

/**
 * Shows a frame's places and areas by setting feature state on what changed
 * since the last frame; no source is rebuilt when the date or a filter changes.
 * (Stances are few per place but many in all: they go to the arrow layer.)
 */
export interface FrameFeatureStates {
  /** Sets the state of what changed since the last frame shown. */
  show(frame: Frame): void;
  /** Sets every state again: the style was rebuilt (a new WebGL context) and kept none. */
  restore(frame: Frame): void;
  /**
   * Shows another story's frame. States are keyed by the model's indices and
   * the last ones set are known, so the difference also clears what the old
   * story had set on ids the new one leaves unmarked.
   */
  setStory(model: StoryModel, frame: Frame): void;
}

export function createFrameFeatureStates(map: MapLibreMap, firstModel: StoryModel, initial: Frame): FrameFeatureStates {
  let model = firstModel;
  let styled = map.isStyleLoaded();
  let shown: FrameStates = NO_STATES;
  const set = (source: string, id: number, key: string, value: unknown): void => {
    map.setFeatureState({ source, id }, { [key]: value });
  };
  function apply(frame: Frame): void {
    const next = frameStates(model, frame);
    for (const { id, value } of stateChanges(shown.areas, next.areas, false)) set(SOURCES.areas, id, STATE_KEYS.on, value);
    for (const { id, value } of stateChanges(shown.places, next.places, '')) set(SOURCES.places, id, STATE_KEYS.mark, value);
    shown = next;
  }
  // Feature state can be set once the style is in, before any tile is drawn.
  let wanted = initial;
  if (styled) apply(initial);
  else {
    map.once('style.load', () => {
      styled = true;
      apply(wanted);
    });
  }
  return {
    show: apply,
    restore(frame) {
      shown = NO_STATES;
      apply(frame);
    },
    setStory(next, frame) {
      model = next;
      wanted = frame;
      if (styled) apply(frame);
    },
  };
}
