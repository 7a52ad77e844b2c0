import { type DayNumber, storyDate } from './dates.ts';
import { coveringBounds } from './geometry/bounds.ts';
import type { LonLat } from './geometry/antimeridian.ts';
import type { PlaceNode, StanceNode, StoryModel } from './model.ts';
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

/** Stances by the id of either end (actor or place), built once per story: a scene list for 10,000 events would otherwise scan every stance once per event. */
interface IdIndex {
  readonly byEnd: ReadonlyMap<string, readonly StanceNode[]>;
}

const indexes = new WeakMap<StoryModel, IdIndex>();

function group<T>(items: readonly T[], keys: (item: T) => readonly (string | undefined)[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      if (key === undefined) continue;
      const list = out.get(key);
      if (list) list.push(item);
      else out.set(key, [item]);
    }
  }
  return out;
}

function indexOf(model: StoryModel): IdIndex {
  let index = indexes.get(model);
  if (!index) {
    index = { byEnd: group(model.stances, (s) => [s.from.id, s.toActor?.id, s.fromPlace.place.id, s.toPlace.place.id]) };
    indexes.set(model, index);
  }
  return index;
}

/** The places a set of ids points at: places themselves, actors' places, stances' ends, events' and areas' places. */
export function placeNodesOfIds(model: StoryModel, ids: readonly string[]): PlaceNode[] {
  const out: PlaceNode[] = [];
  for (const id of ids) {
    const place = model.places.get(id);
    if (place) out.push(place);
    const actorPlace = model.places.get(model.actors.get(id)?.place ?? '');
    if (actorPlace) out.push(actorPlace);
    const named = model.byId.get(id);
    if (named?.kind === 'stance') out.push(named.node.fromPlace, named.node.toPlace);
    if (named?.kind === 'event') out.push(...named.node.places);
    if (named?.kind === 'area') out.push(named.node.centre);
  }
  return out;
}

/** The positions of the places a set of ids points at. */
export function placesOfIds(model: StoryModel, ids: readonly string[]): LonLat[] {
  return placeNodesOfIds(model, ids).map((p) => p.position);
}

/** The stances under the given keys, once each, in story order. */
function collect(lists: ReadonlyMap<string, readonly StanceNode[]>, ids: readonly string[]): string[] {
  const found = new Set<StanceNode>();
  for (const id of new Set(ids)) for (const s of lists.get(id) ?? []) found.add(s);
  return [...found].sort((a, b) => a.index - b.index).map((s) => s.stance.id);
}

/** Stances a focus list puts forward: named directly, held or received by a named actor, or touching a named place. */
export function stancesOfIds(model: StoryModel, ids: readonly string[]): string[] {
  const named = [...new Set(ids)].flatMap((id) => {
    const n = model.byId.get(id);
    return n?.kind === 'stance' ? [n.node] : [];
  });
  if (named.length > 0) return named.sort((a, b) => a.index - b.index).map((s) => s.stance.id);
  return collect(indexOf(model).byEnd, ids);
}

/** A camera that frames the given places; a single place gets a close view of its surroundings. */
export function cameraForPlaces(points: readonly LonLat[], fallback: Camera): Camera {
  const bounds = coveringBounds(points);
  if (!bounds) return fallback;
  const [[w, s], [e, n]] = bounds;
  if (e - w < 2 && n - s < 2) return { kind: 'center', center: [(w + e) / 2, (s + n) / 2], zoom: 5.5, bearing: 0, pitch: 0 };
  return { kind: 'bounds', bounds };
}

/**
 * A scene whose stances are worked out when first asked: only briefings and
 * exports ask, and for a story of many events (one scene each) they would
 * cost every start.
 */
function sceneNode(fields: Omit<SceneNode, 'stances'>, stances: () => string[]): SceneNode {
  let memo: readonly string[] | undefined;
  return { ...fields, get stances() { return (memo ??= stances()); } };
}

export function storyScenes(model: StoryModel, fallback: Camera): SceneNode[] {
  const own = model.story.scenes ?? [];
  if (own.length > 0) {
    return own.map((scene) => sceneNode({
      id: scene.id,
      title: scene.title,
      caption: scene.caption ?? '',
      notes: scene.notes ?? '',
      day: storyDate(scene.date).first,
      dateText: scene.date,
      focus: scene.focus,
      camera: (scene.view ? cameraOf(scene.view) : undefined) ?? cameraForPlaces(placesOfIds(model, scene.focus), fallback),
    }, () => stancesOfIds(model, scene.focus)));
  }
  return [...model.events]
    .sort((a, b) => a.date.first - b.date.first || a.index - b.index)
    .map((e) => sceneNode({
      id: e.event.id,
      title: e.event.title,
      caption: e.event.description,
      notes: e.event.quote,
      day: e.date.first,
      dateText: e.event.date,
      focus: [e.event.id, ...e.event.actors],
      camera: cameraForPlaces(e.places.map((p) => p.position), fallback),
    }, () => stancesOfIds(model, e.event.actors)));
}
