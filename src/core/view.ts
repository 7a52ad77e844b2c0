import { type Bounds, coveringBounds } from './geometry/bounds.ts';
import type { StoryModel } from './model.ts';
import type { View } from './schema/story.schema.ts';

/** How far out the map may zoom: the world 256 px wide, so a phone shows a story that goes both ways round it. */
export const MIN_ZOOM = -1;

export type Camera =
  | { readonly kind: 'center'; readonly center: [number, number]; readonly zoom: number; readonly bearing: number; readonly pitch: number }
  | { readonly kind: 'bounds'; readonly bounds: Bounds };

export function cameraOf(view: View): Camera | undefined {
  if (view.bounds) {
    const [[west, south], [east, north]] = view.bounds;
    // West east of east means the box crosses the antimeridian (as in a GeoJSON bbox): continue past 180.
    return { kind: 'bounds', bounds: [[west, south], [east < west ? east + 360 : east, north]] };
  }
  if (view.center && view.zoom !== undefined) {
    return { kind: 'center', center: [view.center[0], view.center[1]], zoom: view.zoom, bearing: view.bearing ?? 0, pitch: view.pitch ?? 0 };
  }
  return undefined;
}

/** The story's opening camera: its own view, else a box around every place. */
export function initialCamera(model: StoryModel): Camera {
  const own = model.story.meta.view ? cameraOf(model.story.meta.view) : undefined;
  if (own) return own;
  const bounds = coveringBounds([...model.places.values()].map((p) => p.position));
  return bounds ? { kind: 'bounds', bounds } : { kind: 'center', center: [0, 20], zoom: 1, bearing: 0, pitch: 0 };
}

/** A box around the given places, for scenes and "fit to selection". */
export function boundsOfPlaces(model: StoryModel, placeIds: readonly string[]): Bounds | undefined {
  const points = placeIds.flatMap((id) => {
    const p = model.places.get(id);
    return p ? [p.position] : [];
  });
  return coveringBounds(points);
}
