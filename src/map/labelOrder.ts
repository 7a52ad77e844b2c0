import type { Map as MapLibreMap } from 'maplibre-gl';
import { placeWeights } from '../core/features/placeFeatures.ts';
import type { Frame } from '../core/frame.ts';
import { onNearSide } from '../core/geometry/sphere.ts';
import { type LabelLayout, type LabelMark, layoutLabels } from '../core/labelLayout.ts';
import { firstLabels } from '../core/labelPriority.ts';
import type { StoryModel } from '../core/model.ts';
import type { SceneNode } from '../core/scenes.ts';
import type { AppState } from '../core/state/appState.ts';
import { FULL_ACTORS_ZOOM } from './layers/placeLayers.ts';

export interface LabelOrder {
  /** Tells the place labels which places go first for this state and frame (only when that changed). */
  show(state: AppState, frame: Frame): void;
  /** Tells them again: the style was restored and kept no state. */
  again(state: AppState, frame: Frame): void;
  /** Lays the labels out again once the map has drawn: the projection changed, which moves no camera. */
  relayout(): void;
}

/** Marks closer than this (CSS pixels at scale 1) share one label: about a label's two lines. */
const GATHER_PX = 26;
/** The label's size at zoom 2 and 6 (layers/placeLayers.ts), a bold face's mean advance in ems, and the gap to the mark. */
const SIZE_AT = { low: 12, high: 15 };
const EM_PER_CHAR = 0.6;
const OFFSET_EM = 0.75;

/**
 * The place labels' order and layout, as the map's global state that their
 * layer reads (layers/placeLayers.ts): which places are placed first for
 * this state and frame, and, on the view at rest, which marks share a label
 * and which labels change side at an edge (core/labelLayout.ts).
 */
export function createLabelOrder(map: MapLibreMap, model: StoryModel, scenes: readonly SceneNode[], state: AppState, frame: Frame, scale: number): LabelOrder {
  let first: readonly string[] = [];
  let laidOut = '';
  // Global state can be set once the style is in; until then the latest wish waits.
  let styled = map.isStyleLoaded();
  let wanted = { state, frame };
  const places = [...model.places.values()];
  const weights = placeWeights(model);
  // A label is as wide as its longest line, in characters: the name, or an actor's name drawn at 0.8 of
  // its size; zoomed out, the actors are one short line ("China +3", layers/placeLayers.ts).
  const widest = (p: (typeof places)[number], zoom: number): number =>
    Math.max(p.place.name.length, ...(zoom < FULL_ACTORS_ZOOM ? [8] : p.actors.map((a) => a.name.length * 0.8)));

  const layout = (): void => {
    // During playback the labels wait for the pause, as the order does.
    if (!styled || wanted.state.playing) return;
    const canvas = map.getCanvas();
    const globe = map.getProjection()?.type === 'globe';
    const zoom = map.getZoom();
    const size = scale * (SIZE_AT.low + (SIZE_AT.high - SIZE_AT.low) * Math.min(1, Math.max(0, (zoom - 2) / 4)));
    const firstSet = new Set(first);
    const c = map.getCenter();
    // On the globe a place behind the horizon still projects somewhere on screen: only the near side counts.
    const marks: LabelMark[] = places.filter((p) => !globe || onNearSide([c.lng, c.lat], p.position)).map((p) => {
      const at = map.project(p.position);
      return {
        id: p.place.id, name: p.place.name, x: at.x, y: at.y, first: firstSet.has(p.place.id), capital: p.place.kind === 'capital',
        weight: weights.get(p.place.id) ?? 0, labelWidth: widest(p, zoom) * size * EM_PER_CHAR,
      };
    });
    const next = layoutLabels(marks, { width: canvas.clientWidth, height: canvas.clientHeight, worldPx: globe ? 0 : 512 * 2 ** zoom, gatherPx: GATHER_PX * scale, offsetPx: OFFSET_EM * size });
    apply(next);
  };

  // One global-state value: each change makes MapLibre lay the labels out again, so four lists set apart would cost four.
  // The gathered lines are keyed '@' + id, so that no id reads a property every object has ("constructor").
  const apply = (next: LabelLayout): void => {
    const key = JSON.stringify(next);
    if (key === laidOut) return;
    laidOut = key;
    const gathered = Object.fromEntries(Object.entries(next.gathered).map(([id, line]) => [`@${id}`, line]));
    map.setGlobalStateProperty('labelLayout', { ...next, gathered });
  };

  const show = (st: AppState, f: Frame): void => {
    const paused = wanted.state.playing && !st.playing;
    wanted = { state: st, frame: f };
    // A change lays the place labels out again: during playback it waits for the pause.
    if (!styled || st.playing) return;
    const ids = firstLabels(model, f, st.selected, st.focus, scenes[st.scene]?.focus ?? []);
    if (ids.join('\n') === first.join('\n')) {
      if (paused) layout();
      return;
    }
    first = ids;
    map.setGlobalStateProperty('firstLabels', ids);
    layout();
  };
  if (!styled) {
    map.once('style.load', () => {
      styled = true;
      show(wanted.state, wanted.frame);
      layout();
    });
  }
  map.on('moveend', layout);
  map.on('resize', layout);
  show(state, frame);
  layout();
  return {
    show,
    again(st, f) {
      first = ['\u0000'];
      laidOut = '';
      show(st, f);
    },
    relayout: () => { map.once('idle', layout); },
  };
}
