import type { Map as MapLibreMap } from 'maplibre-gl';
import { type Frame, drawnOf } from '../core/frame.ts';
import type { Rect } from '../core/framing.ts';
import type { MapArea } from '../core/state/adapter.ts';
import { type FrameStep, filtersOf } from '../core/state/frames.ts';
import { cueFrames, cueToFollow, followDuration } from '../core/follow.ts';
import type { StoryModel } from '../core/model.ts';
import type { SceneNode } from '../core/scenes.ts';
import type { Action, AppState } from '../core/state/appState.ts';
import { type Camera } from '../core/view.ts';
import { coarseBasemap } from '../loader/basemapFetch.ts';
import { showBasemap } from './basemapLoader.ts';
import { createMap } from './createMap.ts';
import { type Framing, createFraming } from './framing.ts';
import { type ArrowView, HIT_PX, addArrows } from './arrows/arrowView.ts';
import { createFrameFeatureStates } from './frameFeatureStates.ts';
import { installIcons } from './icons.ts';
import { createArrowLabels } from './arrowLabels.ts';
import { createLabelOrder } from './labelOrder.ts';
import { type ContextWatch, watchContext } from './contextWatch.ts';
import { afterBusy, createNextFrame } from './nextFrame.ts';
import { PLACE_LAYER_IDS } from './layers/placeLayers.ts';
import { storyData } from './storySources.ts';

/** How long a stance that has just appeared glows. */
export const FLASH_MS = 2200;

/**
 * More arrows than this appearing at once is a jump, not a step: nothing
 * glows (a glow on thousands of arrows points at nothing).
 */
export const FLASH_MAX = 50;

/** The most animation frames a playback step waits for the GPU (a lost context never finishes). */
const MAX_GPU_WAIT_FRAMES = 30;

export interface MapView extends MapArea {
  readonly map: MapLibreMap;
  readonly arrows: ArrowView;
  /**
   * Applies a new state and frame with the fewest map calls: the arrow
   * layer's state texture for the stances (date, filters, hover, selection,
   * "what changed"), feature state for places and areas, global state for
   * the rest, one tiny source for the hovered arrow's sentence. No story
   * source is ever rebuilt.
   */
  update(state: AppState, previous: AppState, step: FrameStep): void;
  /** True from the loss of the map's WebGL context until its style is back in a new one. */
  contextLost(): boolean;
}

export interface MapViewOptions {
  /** The briefing's scenes (presentation mode), whose cameras the map moves to. */
  readonly scenes: readonly SceneNode[];
  /** Type and line scale (1 on screens, larger for a room). */
  readonly scale: number;
  /** Cut instead of flying (prefers-reduced-motion). */
  readonly reducedMotion: boolean;
  /** The panels over the map, measured now (ui/overlays.ts): the camera frames the space they leave. */
  readonly overlays?: () => readonly Rect[];
  /** The camera is the story's opening request, to be grown to take in what the frame shows (not a reader's view). */
  readonly frameOpening?: boolean;
}

export const FLIGHT_MS = 1500;

/** Events only become actions; what they mean is decided by the state. */
function listenToPointer(map: MapLibreMap, model: StoryModel, arrows: ArrowView, dispatch: (a: Action) => void): void {
// Places are drawn over the arrows, so they win a pointer that is on both.
const placeAt = (point: { x: number; y: number }): string => String(map.queryRenderedFeatures([point.x, point.y], { layers: [PLACE_LAYER_IDS.marks, PLACE_LAYER_IDS.labels] })[0]?.properties.id ?? '');
const arrowAt = (point: { x: number; y: number }): string => model.stances[arrows.at(point, HIT_PX)[0] ?? -1]?.stance.id ?? '';
map.on('mousemove', (e) => {
  const place = placeAt(e.point);
  const arrow = place ? '' : arrowAt(e.point);
  map.getCanvas().style.cursor = place || arrow ? 'pointer' : '';
  dispatch({ type: 'hover', id: arrow });
});
map.on('mouseout', () => dispatch({ type: 'hover', id: '' }));
map.on('click', (e) => {
  dispatch({ type: 'select', id: placeAt(e.point) || arrowAt(e.point) });
});
map.on('moveend', (e: { originalEvent?: unknown }) => {
  // Only the reader's own moves become state; moves the app makes already are.
  if (!e.originalEvent) return;
  const c = map.getCenter();
  dispatch({ type: 'setCamera', camera: { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() } });
});
}

function flyTo(map: MapLibreMap, target: Camera, reducedMotion: boolean): void {
  const duration = reducedMotion ? 0 : FLIGHT_MS;
  // The map's own padding keeps the panels clear (framing.ts).
  if (target.kind === 'bounds') map.fitBounds(target.bounds, { duration, essential: false });
  else map.flyTo({ center: target.center, zoom: target.zoom, bearing: target.bearing, pitch: target.pitch, duration, essential: false });
}

/**
 * The camera's own moves after a step: to a briefing's scene, to a camera
 * from the state, and "Follow the story" (a new cue eases to what the step
 * brought, core/follow.ts deciding where or whether; a cut with reduced
 * motion). None carries an originalEvent, so none is taken for the reader's
 * own move (listenToPointer).
 */
function cameraMoves(map: MapLibreMap, model: StoryModel, framing: Framing, options: MapViewOptions): { readonly toScene: (i: number, cut?: boolean) => void; readonly apply: (next: AppState, prev: AppState, step: FrameStep) => void } {
  // After every adapter has applied the step: the scene's caption is measured as it now is.
  const toScene = (i: number, cut = options.reducedMotion): void => queueMicrotask(() => {
    const scene = options.scenes[i];
    if (scene) flyTo(map, framing.scene(scene), cut);
  });

  const follow = (next: AppState, prev: AppState, step: FrameStep): void => {
    const cue = cueToFollow(next, prev);
    if (!cue) return;
    const [before, after] = cueFrames(model, cue, step, filtersOf(next));
    const c = map.getCenter();
    const target = framing.follow(before, after, { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() });
    // A rotated view keeps its bearing: cameraForBounds would turn it back to north.
    const camera = target?.kind === 'bounds' ? map.cameraForBounds(target.bounds, { bearing: map.getBearing() }) : target && { center: target.center, zoom: target.zoom };
    if (!camera) return;
    const duration = followDuration(next, options.reducedMotion);
    if (duration === 0) map.jumpTo(camera);
    else map.easeTo({ ...camera, duration, essential: false });
  };
  return {
    toScene,
    apply: (next, prev, step) => {
      if (next.scene !== prev.scene) toScene(next.scene);
      if (next.camera && next.camera !== prev.camera) jumpIfMoved(map, next.camera);
      follow(next, prev, step);
    },
  };
}

/** A camera from the state (a link, back and forward) is jumped to, unless the map is already there. */
function jumpIfMoved(map: MapLibreMap, camera: NonNullable<AppState['camera']>): void {
  const c = map.getCenter();
  const same = Math.abs(c.lng - camera.center[0]) < 1e-6 && Math.abs(c.lat - camera.center[1]) < 1e-6 && Math.abs(map.getZoom() - camera.zoom) < 1e-6;
  if (!same) map.jumpTo({ center: [camera.center[0], camera.center[1]], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch });
}

/** A context lost while the basemap was being set leaves it unset: it is set once the style is back. */
function coarseBasemapShown(map: MapLibreMap, basemap: ReturnType<typeof coarseBasemap>, context: ContextWatch): () => Promise<void> {
  const shown = (): Promise<void> => showBasemap(map, basemap).catch(async (e: unknown) => {
    if (!context.lost()) throw e;
    await context.back();
    return shown();
  });
  return shown;
}

/** Resolves once the map has loaded, shows the basemap and has drawn the arrows. */
function whenReady(map: MapLibreMap, basemapShown: () => Promise<void>, arrows: ArrowView): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    map.once('load', () => {
      basemapShown().then(() => arrows.drawnIdle()).then(resolve, reject);
    });
    map.once('error', (e) => reject(e.error instanceof Error ? e.error : new Error('the map failed to load')));
  });
}

/**
 * During playback the map takes each step one animation frame after the
 * page, so that the page's style, layout and paint for a step and
 * MapLibre's drawing of it do not make one long task. And while the GPU is
 * still drawing the arrows' previous frame (a big story in software GL),
 * the step waits for it: issuing a frame behind an unfinished one blocks
 * the page's thread inside MapLibre's GL calls (docs/performance.md).
 */
function playbackSteps(map: MapLibreMap, arrows: ArrowView): ReturnType<typeof createNextFrame> {
  const later = createNextFrame(afterBusy((run) => requestAnimationFrame(run), () => arrows.drawing(), MAX_GPU_WAIT_FRAMES));
  map.once('remove', () => later.clear());
  return later;
}

export function createMapView(container: HTMLElement, model: StoryModel, state: AppState, frame: Frame, camera: Camera, dispatch: (a: Action) => void, options: MapViewOptions): MapView {
  const basemap = coarseBasemap();
  const story = storyData(model);
  const sceneFocus = (i: number): readonly string[] => options.scenes[i]?.stances ?? [];
  const map = createMap(container, state, camera, story, { scale: options.scale });
  installIcons(map);
  const framing = createFraming(map, model, story.stances.lines.features.map((f) => f.geometry.coordinates), options.overlays ?? (() => []));
  const firstScene = options.scenes[state.scene];
  if (firstScene) flyTo(map, framing.scene(firstScene), true);
  else if (options.frameOpening) flyTo(map, framing.opening(frame, camera), true);
  const featureStates = createFrameFeatureStates(map, model, frame);
  const labelOrder = createLabelOrder(map, model, options.scenes, state, frame, options.scale);
  const lookOf = (st: AppState, flashing: ReadonlySet<string>) => ({ selected: st.selected, hovered: st.hovered, flashing, sceneFocus: sceneFocus(st.scene) });
  let shown = { frame, state, flashing: new Set<string>() as ReadonlySet<string> };
  const labels = createArrowLabels(map, story.stances, options.scale);
  labels.show(drawnOf(frame, [state.selected, state.hovered]));
  const arrows = addArrows(map, model, story, frame, lookOf(state, shown.flashing), options.scale);
  const showArrows = (next: Partial<typeof shown>): void => {
    shown = { ...shown, ...next };
    arrows.show(shown.frame, lookOf(shown.state, shown.flashing));
  };
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const context = watchContext(map, { onLost: () => { later.clear(); arrows.contextLost(); }, onBack: () => restore() });
  const ready = whenReady(map, coarseBasemapShown(map, basemap, context), arrows);
  listenToPointer(map, model, arrows, dispatch);

  function setFlash(ids: readonly string[]): void {
    clearTimeout(flashTimer);
    if (ids.length > 0) flashTimer = setTimeout(() => showArrows({ flashing: new Set() }), FLASH_MS);
    showArrows({ flashing: new Set(ids) });
  }

  const { toScene, apply: moveCamera } = cameraMoves(map, model, framing, options);
  // The briefing's caption may reach the page after the map was made: the first scene is framed again, as a cut, once the map has loaded.
  if (firstScene) map.once('load', () => toScene(shown.state.scene, true));
  const later = playbackSteps(map, arrows);

  // While the context is lost the map cannot be touched: changes are only
  // remembered, and the whole state is applied again once the style is back.
  let sceneWhileLost = false;
  function restore(): void {
    const st = shown.state;
    arrows.restore();
    featureStates.restore(shown.frame);
    map.setGlobalStateProperty('everyone', st.actorScope === 'everyone');
    labelOrder.again(st, shown.frame);
    if (map.getProjection()?.type !== st.projection) map.setProjection({ type: st.projection });
    labels.show(drawnOf(shown.frame, [st.selected, st.hovered]));
    labels.again();
    if (sceneWhileLost) toScene(st.scene);
    sceneWhileLost = false;
    showArrows({});
  }

  function update(next: AppState, prev: AppState, step: FrameStep): void {
    if (context.lost()) {
      if (next.scene !== prev.scene) sceneWhileLost = true;
      shown = { ...shown, frame: step.frame, state: next };
      return;
    }
    if (next.playing && prev.playing && next.t !== prev.t) {
      later.defer(() => apply(next, prev, step));
      return;
    }
    later.flush();
    apply(next, prev, step);
  }

  function apply(next: AppState, prev: AppState, step: FrameStep): void {
    const { frame, previous: prevFrame, change } = step;
    if (frame !== prevFrame) featureStates.show(frame);
    shown = { ...shown, frame, state: next };
    if (next.t !== prev.t) setFlash(change.added.length > FLASH_MAX ? [] : change.added);
    else if (frame !== prevFrame || next.selected !== prev.selected || next.hovered !== prev.hovered || next.scene !== prev.scene) showArrows({});
    if (next.actorScope !== prev.actorScope) map.setGlobalStateProperty('everyone', next.actorScope === 'everyone');
    labelOrder.show(next, frame);
    if (next.projection !== prev.projection) {
      map.setProjection({ type: next.projection });
      labelOrder.relayout();
      labels.again();
    }
    moveCamera(next, prev, step);
    labels.show(drawnOf(frame, [next.selected, next.hovered]));
  }

  return { map, arrows, ready, update, contextLost: () => context.lost() };
}
