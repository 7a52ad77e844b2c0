import type { Map as MapLibreMap } from 'maplibre-gl';
import { labelChars } from '../core/labelLayout.ts';
import { type Rect, airFor, framedCamera, mercatorAspect, overlayPadding, pointsToShow } from '../core/framing.ts';
import { type View, followCamera, followSubject } from '../core/follow.ts';
import type { Frame } from '../core/frame.ts';
import type { LonLat } from '../core/geometry/antimeridian.ts';
import type { StoryModel } from '../core/model.ts';
import { type SceneNode, placesOfIds } from '../core/scenes.ts';
import { type Camera, cameraOf } from '../core/view.ts';

export interface Framing {
  /**
   * The camera for the story's opening view, with the padding set for it: the
   * story's own view (if any) grown to take in the frame's arrows, or those alone.
   */
  opening(frame: Frame, fallback: Camera): Camera;
  /** The camera for a briefing scene (its own view, grown to take in the places it focuses on), with the padding set for it. */
  scene(scene: SceneNode): Camera;
  /**
   * Where "Follow the story" takes the camera from `view` for a step from
   * `before` to `after` (core/follow.ts), or undefined to stay. The padding
   * is left as it is: changing it would jolt the view the reader is watching.
   */
  follow(before: Frame, after: Frame, view: View): Camera | undefined;
  /** Frames another story from now on; the padding and the camera stay as they are (the reader is looking at something). */
  setStory(model: StoryModel, lines: readonly (readonly LonLat[])[]): void;
}

/**
 * Keeps the map's optical centre in the space the panels leave free: the
 * map's padding is the panels' (measured each time the map is resized), so
 * every camera move, fit and zoom frames that space (core/framing.ts).
 */
export function createFraming(map: MapLibreMap, firstModel: StoryModel, firstLines: readonly (readonly LonLat[])[], overlays: () => readonly Rect[]): Framing {
  // The shape of the view last framed: the panels are cleared so as to show it largest.
  let aspect: number | undefined;
  let model = firstModel;
  let lines = firstLines;
  const longestOf = (m: StoryModel): number => Math.max(0, ...[...m.places.values()].map((p) => labelChars(p, true)));
  let longest = longestOf(model);
  let padding = overlayPadding(0, 0, [], 0);
  const pad = (): void => {
    const canvas = map.getCanvas();
    // A map hidden (for printing) has no size and keeps the padding it had.
    if (canvas.clientWidth === 0 || canvas.clientHeight === 0) return;
    padding = overlayPadding(canvas.clientWidth, canvas.clientHeight, overlays(), airFor(canvas.clientWidth, canvas.clientHeight, longest), aspect);
    map.setPadding(padding);
  };
  const padFor = (camera: Camera): Camera => {
    aspect = camera.kind === 'bounds' ? mercatorAspect(camera.bounds) : undefined;
    pad();
    return camera;
  };
  const free = (): { width: number; height: number } => {
    const canvas = map.getCanvas();
    return { width: canvas.clientWidth - padding.left - padding.right, height: canvas.clientHeight - padding.top - padding.bottom };
  };
  pad();
  map.on('resize', pad);
  const own = (): Camera | undefined => (model.story.meta.view ? cameraOf(model.story.meta.view) : undefined);
  const lineOf = (i: number): readonly LonLat[] => lines[i] ?? [];
  return {
    opening: (frame, fallback) => padFor(framedCamera(own(), pointsToShow(model, frame, lineOf), fallback, free())),
    scene: (scene) => {
      // Measured with the scene's own caption and shape: the padding is set for it before the free area is read.
      padFor(scene.camera);
      return padFor(framedCamera(scene.camera, placesOfIds(model, scene.focus), scene.camera, free()));
    },
    follow: (before, after, view) => followCamera(followSubject(model, before, after, lineOf), view, free()),
    setStory(next, nextLines) {
      model = next;
      lines = nextLines;
      longest = longestOf(model);
    },
  };
}
