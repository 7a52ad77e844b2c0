import type { Map as MapLibreMap } from 'maplibre-gl';
import { cueFrames, cueToFollow, followDuration } from '../core/follow.ts';
import type { StoryModel } from '../core/model.ts';
import type { AppState } from '../core/state/appState.ts';
import { type FrameStep, filtersOf } from '../core/state/frames.ts';
import type { Camera } from '../core/view.ts';
import type { Framing } from './framing.ts';
import type { SceneNode } from '../core/scenes.ts';

export const FLIGHT_MS = 1500;

export function flyTo(map: MapLibreMap, target: Camera, reducedMotion: boolean): void {
  const duration = reducedMotion ? 0 : FLIGHT_MS;
  // The map's own padding keeps the panels clear (framing.ts).
  if (target.kind === 'bounds') map.fitBounds(target.bounds, { duration, essential: false });
  else map.flyTo({ center: target.center, zoom: target.zoom, bearing: target.bearing, pitch: target.pitch, duration, essential: false });
}

/** A camera from the state (a link, back and forward) is jumped to, unless the map is already there. */
function jumpIfMoved(map: MapLibreMap, camera: NonNullable<AppState['camera']>): void {
  const c = map.getCenter();
  const same = Math.abs(c.lng - camera.center[0]) < 1e-6 && Math.abs(c.lat - camera.center[1]) < 1e-6 && Math.abs(map.getZoom() - camera.zoom) < 1e-6;
  if (!same) map.jumpTo({ center: [camera.center[0], camera.center[1]], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch });
}

/**
 * The camera's own moves after a step: to a briefing's scene, to a camera
 * from the state, and "Follow the story" (a new cue eases to what the step
 * brought, core/follow.ts deciding where or whether; a cut with reduced
 * motion). None carries an originalEvent, so none is taken for the reader's
 * own move (pointer.ts). The model is read at each step: the map may show
 * another story than the one it was made with.
 */
export function cameraMoves(map: MapLibreMap, model: () => StoryModel, framing: Framing, options: { readonly scenes: readonly SceneNode[]; readonly reducedMotion: boolean }): { readonly toScene: (i: number, cut?: boolean) => void; readonly apply: (next: AppState, prev: AppState, step: FrameStep) => void } {
  // After every adapter has applied the step: the scene's caption is measured as it now is.
  const toScene = (i: number, cut = options.reducedMotion): void => queueMicrotask(() => {
    const scene = options.scenes[i];
    if (scene) flyTo(map, framing.scene(scene), cut);
  });

  const follow = (next: AppState, prev: AppState, step: FrameStep): void => {
    const cue = cueToFollow(next, prev);
    if (!cue) return;
    const [before, after] = cueFrames(model(), cue, step, filtersOf(next));
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
