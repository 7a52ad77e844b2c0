import { type DayNumber, storyDate } from './dates.ts';
import { coveringBounds } from './geometry/bounds.ts';
import type { LonLat } from './geometry/antimeridian.ts';
import type { StoryModel } from './model.ts';
import { type Camera, cameraOf } from './view.ts';

// The steps of a briefing: the story's own scenes, or one per event in date
// order when it has none. Each scene knows its date, its camera and which
// stances it puts forward.

export interface SceneNode {
  readonly id: string;
  readonly title: string;
  readonly caption: string;
  readonly notes: string;
  readonly day: DayNumber;
  readonly dateText: string;
  readonly focus: readonly string[];
  readonly camera: Camera;
  /** Stances emphasised in this scene (the rest fade). */
  readonly stances: readonly string[];
}

/** The places a set of ids points at: places themselves, actors' places, stances' ends, events' and areas' places. */
export function placesOfIds(model: StoryModel, ids: readonly string[]): LonLat[] {
  const out: LonLat[] = [];
  for (const id of ids) {
    const place = model.places.get(id);
    if (place) out.push(place.position);
    const actorPlace = model.places.get(model.actors.get(id)?.place ?? '');
    if (actorPlace) out.push(actorPlace.position);
    for (const s of model.stances) if (s.stance.id === id) out.push(s.fromPlace.position, s.toPlace.position);
    for (const e of model.events) if (e.event.id === id) out.push(...e.places.map((p) => p.position));
    for (const a of model.areas) if (a.area.id === id) out.push(a.centre.position);
  }
  return out;
}

/** Stances a focus list puts forward: named directly, held or received by a named actor, or touching a named place. */
export function stancesOfIds(model: StoryModel, ids: readonly string[]): string[] {
  const wanted = new Set(ids);
  const named = model.stances.filter((s) => wanted.has(s.stance.id));
  if (named.length > 0) return named.map((s) => s.stance.id);
  return model.stances
    .filter((s) => wanted.has(s.from.id) || (s.toActor && wanted.has(s.toActor.id)) || wanted.has(s.fromPlace.place.id) || wanted.has(s.toPlace.place.id))
    .map((s) => s.stance.id);
}

/** A camera that frames the given places; a single place gets a close view of its surroundings. */
export function cameraForPlaces(points: readonly LonLat[], fallback: Camera): Camera {
  const bounds = coveringBounds(points);
  if (!bounds) return fallback;
  const [[w, s], [e, n]] = bounds;
  if (e - w < 2 && n - s < 2) return { kind: 'center', center: [(w + e) / 2, (s + n) / 2], zoom: 5.5, bearing: 0, pitch: 0 };
  return { kind: 'bounds', bounds };
}

export function storyScenes(model: StoryModel, fallback: Camera): SceneNode[] {
  const own = model.story.scenes ?? [];
  if (own.length > 0) {
    return own.map((scene) => {
      const date = storyDate(scene.date);
      return {
        id: scene.id,
        title: scene.title,
        caption: scene.caption ?? '',
        notes: scene.notes ?? '',
        day: date.first,
        dateText: scene.date,
        focus: scene.focus,
        camera: (scene.view ? cameraOf(scene.view) : undefined) ?? cameraForPlaces(placesOfIds(model, scene.focus), fallback),
        stances: stancesOfIds(model, scene.focus),
      };
    });
  }
  return [...model.events]
    .sort((a, b) => a.date.first - b.date.first || a.index - b.index)
    .map((e) => {
      const focus = [e.event.id, ...e.event.actors];
      return {
        id: e.event.id,
        title: e.event.title,
        caption: e.event.description,
        notes: e.event.quote,
        day: e.date.first,
        dateText: e.event.date,
        focus,
        camera: cameraForPlaces(e.places.map((p) => p.position), fallback),
        stances: stancesOfIds(model, e.event.actors),
      };
    });
}
