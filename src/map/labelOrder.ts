import type { Map as MapLibreMap } from 'maplibre-gl';
import { placeWeights } from '../core/features/placeFeatures.ts';
import type { Frame } from '../core/frame.ts';
import { onNearSide } from '../core/geometry/sphere.ts';
import { type LabelLayout, type LabelMark, labelChars, layoutLabels } from '../core/labelLayout.ts';
import { firstLabels } from '../core/labelPriority.ts';
import type { StoryModel } from '../core/model.ts';
import type { SceneNode } from '../core/scenes.ts';
import type { AppState } from '../core/state/appState.ts';
import { FULL_ACTORS_ZOOM, PLACE_LAYER_IDS } from './layers/placeLayers.ts';

export interface LabelOrder {
  /** Tells the place labels which places go first for this state and frame (only when that changed). */
  show(state: AppState, frame: Frame): void;
  /** Tells them again: the style was restored and kept no state. */
  again(state: AppState, frame: Frame): void;
  /** Lays the labels out again once the map has drawn: the projection changed, which moves no camera. */
  relayout(): void;
  /** Orders and lays out another story's places. */
  setStory(model: StoryModel, state: AppState, frame: Frame): void;
}

/** Marks closer than this (CSS pixels at scale 1) share one label: about a label's two lines. */
const GATHER_PX = 26;
/** The label's size at zoom 2 and 6 (layers/placeLayers.ts), a bold face's mean advance in ems, and the gap to the mark. */
const SIZE_AT = { low: 12, high: 15 };
const EM_PER_CHAR = 0.6;
const OFFSET_EM = 0.75;

/** The marks of every place as they are on the map now, for core/labelLayout.ts. */
function marksOnMap(map: MapLibreMap, model: StoryModel, weights: ReadonlyMap<string, number>, first: ReadonlySet<string>, scale: number): { marks: LabelMark[]; size: number } {
  const globe = map.getProjection()?.type === 'globe';
  const zoom = map.getZoom();
  const size = scale * (SIZE_AT.low + (SIZE_AT.high - SIZE_AT.low) * Math.min(1, Math.max(0, (zoom - 2) / 4)));
  const c = map.getCenter();
  // On the globe a place behind the horizon still projects somewhere on screen: only the near side counts.
  const marks = [...model.places.values()].filter((p) => !globe || onNearSide([c.lng, c.lat], p.position)).map((p): LabelMark => {
    const at = map.project(p.position);
    return {
      id: p.place.id, name: p.place.name, x: at.x, y: at.y, first: first.has(p.place.id), capital: p.place.kind === 'capital',
      weight: weights.get(p.place.id) ?? 0, labelWidth: labelChars(p, zoom >= FULL_ACTORS_ZOOM) * size * EM_PER_CHAR,
    };
  });
  return { marks, size };
}

/**
 * The place labels' order and layout, as one global-state value that their
 * layer reads (layers/placeLayers.ts): which places are placed first for
 * this state and frame, and, on the view at rest, which marks share a label
 * and which labels change side at an edge (core/labelLayout.ts). Each change
 * of that value makes MapLibre read the places' source again (about a third
 * of a second at 10,000 stances): it changes at most once per step, and only
 * when it must.
 */
export function createLabelOrder(map: MapLibreMap, firstModel: StoryModel, scenes: readonly SceneNode[], state: AppState, frame: Frame, scale: number): LabelOrder {
  // The places whose labels must be seen now, those the map was last told to place first, and the last layout.
  let first: readonly string[] = [];
  let applied: readonly string[] | undefined;
  let laidOut: LabelLayout = { gathered: {}, named: [], leftOf: [], rightOf: [] };
  let published = '';
  // Global state can be set once the style is in; until then the latest wish waits.
  let styled = map.isStyleLoaded();
  let wanted = { state, frame };
  let model = firstModel;
  let weights = placeWeights(model);

  // The gathered lines are keyed '@' + id, so that no id reads a property every object has ("constructor").
  const publish = (): void => {
    const gathered = Object.fromEntries(Object.entries(laidOut.gathered).map(([id, line]) => [`@${id}`, line]));
    const value = { first: applied ?? [], ...laidOut, gathered };
    const key = JSON.stringify(value);
    if (key === published) return;
    published = key;
    map.setGlobalStateProperty('labelLayout', value);
  };
  const layOut = (): void => {
    const canvas = map.getCanvas();
    const { marks, size } = marksOnMap(map, model, weights, new Set(first), scale);
    const globe = map.getProjection()?.type === 'globe';
    laidOut = layoutLabels(marks, { width: canvas.clientWidth, height: canvas.clientHeight, worldPx: globe ? 0 : 512 * 2 ** map.getZoom(), gatherPx: GATHER_PX * scale, offsetPx: OFFSET_EM * size });
  };
  // During playback, and while the slider is dragged, it all waits for the date to settle.
  const waits = (st: AppState): boolean => st.playing || st.sliding;
  const atRest = (): void => {
    if (!styled || waits(wanted.state)) return;
    layOut();
    publish();
  };
  // Which labels are placed does not depend on the date, so a step to places that already have
  // their own labels on the map needs no new order.
  const allPlaced = (ids: readonly string[]): boolean => {
    if (ids.length === 0) return true;
    const placed = new Set(map.queryRenderedFeatures({ layers: [PLACE_LAYER_IDS.labels] }).map((feature) => String(feature.properties.id)));
    return ids.every((id) => placed.has(id));
  };
  const show = (st: AppState, f: Frame): void => {
    const paused = waits(wanted.state) && !waits(st);
    wanted = { state: st, frame: f };
    if (!styled || waits(st)) return;
    first = firstLabels(model, f, st.selected, st.focus, scenes[st.scene]?.focus ?? []);
    if (applied?.join('\n') === first.join('\n') || (applied && allPlaced(first))) {
      if (paused) atRest();
      return;
    }
    applied = first;
    atRest();
  };
  if (!styled) {
    map.once('style.load', () => {
      styled = true;
      show(wanted.state, wanted.frame);
    });
  }
  map.on('moveend', atRest);
  map.on('resize', atRest);
  show(state, frame);
  return {
    show,
    again(st, f) {
      applied = undefined;
      published = '';
      show(st, f);
    },
    setStory(next, st, f) {
      model = next;
      weights = placeWeights(model);
      // The same ids may now be other places: the order is worked out again, and published only if it changed.
      applied = undefined;
      show(st, f);
    },
    relayout: () => { map.once('idle', atRest); },
  };
}
