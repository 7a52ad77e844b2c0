import type { Map as MapLibreMap } from 'maplibre-gl';
import { type Frame, drawnOf } from '../core/frame.ts';
import type { Rect } from '../core/framing.ts';
import type { ArrowLook } from '../core/arrows/arrowStates.ts';
import type { LonLat } from '../core/geometry/antimeridian.ts';
import type { MapArea } from '../core/state/adapter.ts';
import type { FrameStep } from '../core/state/frames.ts';
import type { StoryModel } from '../core/model.ts';
import type { SceneNode } from '../core/scenes.ts';
import type { Action, AppState } from '../core/state/appState.ts';
import { type Camera } from '../core/view.ts';
import { coarseBasemap } from '../loader/basemapFetch.ts';
import { showBasemap } from './basemapLoader.ts';
import { createMap } from './createMap.ts';
import { type Framing, createFraming } from './framing.ts';
import { type ArrowView, addArrows } from './arrows/arrowView.ts';
import { type FrameFeatureStates, createFrameFeatureStates } from './frameFeatureStates.ts';
import { installIcons } from './icons.ts';
import { type ArrowLabels, createArrowLabels } from './arrowLabels.ts';
import { type LabelOrder, createLabelOrder } from './labelOrder.ts';
import { type ContextWatch, watchContext } from './contextWatch.ts';
import { afterBusy, createNextFrame } from './nextFrame.ts';
import { cameraMoves, flyTo } from './cameraMoves.ts';
import { listenToPointer } from './pointer.ts';
import { type StoryData, replaceStorySources, storyData } from './storySources.ts';

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
  /**
   * Shows another story on the same map (the studio's preview), at this
   * state and frame: its sources' data, the arrows' mesh, and everything
   * that was worked out from the story. The camera does not move.
   */
  setStory(model: StoryModel, state: AppState, frame: Frame): void;
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

/** What on the map was worked out from the story: each part takes another story in place. */
interface StoryParts {
  readonly map: MapLibreMap;
  readonly sources: (story: StoryData) => void;
  readonly framing: Framing;
  readonly featureStates: FrameFeatureStates;
  readonly labelOrder: LabelOrder;
  readonly labels: ArrowLabels;
  readonly arrows: ArrowView;
}

const linesOf = (story: StoryData): LonLat[][] => story.stances.lines.features.map((f) => f.geometry.coordinates);

/** Another story on the same map, at this state and frame, from the state shown before. */
function showStory(p: StoryParts, model: StoryModel, story: StoryData, next: AppState, prev: AppState, frame: Frame, look: ArrowLook): void {
  p.sources(story);
  p.framing.setStory(model, linesOf(story));
  p.featureStates.setStory(model, frame);
  p.arrows.setStory(model, story, frame, look);
  p.labels.setStory(story.stances);
  p.labels.show(drawnOf(frame, [next.selected, next.hovered]));
  if (next.actorScope !== prev.actorScope) p.map.setGlobalStateProperty('everyone', next.actorScope === 'everyone');
  if (next.projection !== prev.projection) p.map.setProjection({ type: next.projection });
  p.labelOrder.setStory(model, next, frame);
}

/** Everything the style lost with its context, set again (the arrows' look follows once they are back). */
function restoreParts(p: StoryParts, st: AppState, frame: Frame): void {
  p.arrows.restore();
  p.featureStates.restore(frame);
  p.map.setGlobalStateProperty('everyone', st.actorScope === 'everyone');
  p.labelOrder.again(st, frame);
  if (p.map.getProjection()?.type !== st.projection) p.map.setProjection({ type: st.projection });
  p.labels.show(drawnOf(frame, [st.selected, st.hovered]));
  p.labels.again();
}

/** The parts made for the first story, state and frame; the camera is framed first, as the story's opening or its first scene asks. */
function firstStoryParts(map: MapLibreMap, model: StoryModel, story: StoryData, start: { state: AppState; frame: Frame; camera: Camera; look: ArrowLook }, options: MapViewOptions): StoryParts {
  const { state, frame, camera } = start;
  const framing = createFraming(map, model, linesOf(story), options.overlays ?? (() => []));
  const firstScene = options.scenes[state.scene];
  if (firstScene) flyTo(map, framing.scene(firstScene), true);
  else if (options.frameOpening) flyTo(map, framing.opening(frame, camera), true);
  const featureStates = createFrameFeatureStates(map, model, frame);
  const labelOrder = createLabelOrder(map, model, options.scenes, state, frame, options.scale);
  const labels = createArrowLabels(map, story.stances, options.scale);
  labels.show(drawnOf(frame, [state.selected, state.hovered]));
  const arrows = addArrows(map, model, story, frame, start.look, options.scale);
  return { map, sources: replaceStorySources(map), framing, featureStates, labelOrder, labels, arrows };
}

export function createMapView(container: HTMLElement, firstModel: StoryModel, state: AppState, frame: Frame, camera: Camera, dispatch: (a: Action) => void, options: MapViewOptions): MapView {
  const basemap = coarseBasemap();
  let model = firstModel;
  let story = storyData(model);
  const sceneFocus = (i: number): readonly string[] => options.scenes[i]?.stances ?? [];
  const map = createMap(container, state, camera, story, { scale: options.scale });
  installIcons(map);
  const lookOf = (st: AppState, flashing: ReadonlySet<string>): ArrowLook => ({ selected: st.selected, hovered: st.hovered, flashing, sceneFocus: sceneFocus(st.scene) });
  let shown = { frame, state, flashing: new Set<string>() as ReadonlySet<string> };
  const parts = firstStoryParts(map, model, story, { state, frame, camera, look: lookOf(state, shown.flashing) }, options);
  const { framing, featureStates, labelOrder, labels, arrows } = parts;
  const firstScene = options.scenes[state.scene];
  const showArrows = (next: Partial<typeof shown>): void => {
    shown = { ...shown, ...next };
    arrows.show(shown.frame, lookOf(shown.state, shown.flashing));
  };
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const context = watchContext(map, { onLost: () => { later.clear(); arrows.contextLost(); }, onBack: () => restore() });
  const ready = whenReady(map, coarseBasemapShown(map, basemap, context), arrows);
  listenToPointer(map, () => model, arrows, dispatch);

  function setFlash(ids: readonly string[]): void {
    clearTimeout(flashTimer);
    if (ids.length > 0) flashTimer = setTimeout(() => showArrows({ flashing: new Set() }), FLASH_MS);
    showArrows({ flashing: new Set(ids) });
  }

  const { toScene, apply: moveCamera } = cameraMoves(map, () => model, framing, options);
  // The briefing's caption may reach the page after the map was made: the first scene is framed again, as a cut, once the map has loaded.
  if (firstScene) map.once('load', () => toScene(shown.state.scene, true));
  const later = playbackSteps(map, arrows);

  // While the context is lost the map cannot be touched: changes are only
  // remembered, and the whole state is applied again once the style is back.
  let sceneWhileLost = false;
  let storyWhileLost = false;
  function restore(): void {
    const st = shown.state;
    if (storyWhileLost) showStory(parts, model, story, st, st, shown.frame, lookOf(st, shown.flashing));
    storyWhileLost = false;
    restoreParts(parts, st, shown.frame);
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

  function setStory(nextModel: StoryModel, next: AppState, nextFrame: Frame): void {
    model = nextModel;
    story = storyData(model);
    // A step waiting for the next frame and a glow belong to the story before.
    later.clear();
    clearTimeout(flashTimer);
    const prev = shown.state;
    shown = { frame: nextFrame, state: next, flashing: new Set() };
    if (context.lost()) storyWhileLost = true;
    else showStory(parts, model, story, next, prev, nextFrame, lookOf(next, shown.flashing));
  }

  return { map, arrows, ready, update, setStory, contextLost: () => context.lost() };
}
