import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Frame } from '../core/frame.ts';
import { firstLabels } from '../core/labelPriority.ts';
import type { StoryModel } from '../core/model.ts';
import type { SceneNode } from '../core/scenes.ts';
import type { AppState } from '../core/state/appState.ts';

export interface LabelOrder {
  /** Tells the place labels which places go first for this state and frame (only when that changed). */
  show(state: AppState, frame: Frame): void;
  /** Tells them again: the style was restored and kept no state. */
  again(state: AppState, frame: Frame): void;
}

/** The places whose labels are placed first, as the map's global state that the labels' sort key reads (layers/placeLayers.ts). */
export function createLabelOrder(map: MapLibreMap, model: StoryModel, scenes: readonly SceneNode[], state: AppState, frame: Frame): LabelOrder {
  let shown = '';
  // Global state can be set once the style is in; until then the latest wish waits.
  let styled = map.isStyleLoaded();
  let wanted = { state, frame };
  const show = (st: AppState, f: Frame): void => {
    wanted = { state: st, frame: f };
    // A change lays the place labels out again: during playback it waits for the pause.
    if (!styled || st.playing) return;
    const ids = firstLabels(model, f, st.selected, st.focus, scenes[st.scene]?.focus ?? []);
    const key = ids.join('\n');
    if (key === shown) return;
    shown = key;
    map.setGlobalStateProperty('firstLabels', ids);
  };
  if (!styled) {
    map.once('style.load', () => {
      styled = true;
      show(wanted.state, wanted.frame);
    });
  }
  show(state, frame);
  return {
    show,
    again(st, f) {
      shown = '\u0000';
      show(st, f);
    },
  };
}
