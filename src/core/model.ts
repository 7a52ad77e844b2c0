import type { LonLat } from './geometry/antimeridian.ts';
import type { Actor, Area, Place, Stance, Story, StoryEvent } from './schema/story.schema.ts';
import { type DayNumber, type StoryDate, storyDate } from './dates.ts';
import { STANCE_STYLES, type StanceStyle } from './stanceTypes.ts';

// A validated story, indexed once: every reference resolved to the object it
// names, every date parsed. Everything downstream (geometry, frames, text)
// reads the model, never the raw file.

/** End of time for spans without an end: day numbers stay integers. */
export const OPEN_END: DayNumber = 2_000_000_000;

export interface PlaceNode {
  readonly place: Place;
  readonly index: number;
  readonly position: LonLat;
  /** Actors drawn at this place, in file order. */
  readonly actors: readonly Actor[];
}

export interface StanceNode {
  readonly stance: Stance;
  readonly index: number;
  readonly from: Actor;
  /** The actor it points at, when `to` names an actor. */
  readonly toActor: Actor | undefined;
  readonly fromPlace: PlaceNode;
  readonly toPlace: PlaceNode;
  readonly toName: string;
  readonly start: StoryDate;
  readonly end: StoryDate | undefined;
  /** Active on days in [startDay, endDay). */
  readonly startDay: DayNumber;
  readonly endDay: DayNumber;
  readonly style: StanceStyle;
  /** The `from` actor is a state: shown when the map shows states only. */
  readonly fromState: boolean;
}

export interface EventNode {
  readonly event: StoryEvent;
  readonly index: number;
  readonly date: StoryDate;
  readonly places: readonly PlaceNode[];
  readonly actors: readonly Actor[];
}

export interface AreaNode {
  readonly area: Area;
  readonly index: number;
  readonly centre: PlaceNode;
  readonly startDay: DayNumber;
  readonly endDay: DayNumber;
}

/** Whatever an id names: the one answer to "is this id in the story, and what is it?" */
export type Named =
  | { readonly kind: 'place'; readonly node: PlaceNode }
  | { readonly kind: 'actor'; readonly actor: Actor }
  | { readonly kind: 'stance'; readonly node: StanceNode }
  | { readonly kind: 'event'; readonly node: EventNode }
  | { readonly kind: 'area'; readonly node: AreaNode };

export interface StoryModel {
  readonly story: Story;
  /** Every place, actor, stance, event and area by its id (ids are unique across the file). */
  readonly byId: ReadonlyMap<string, Named>;
  readonly places: ReadonlyMap<string, PlaceNode>;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly stances: readonly StanceNode[];
  readonly events: readonly EventNode[];
  readonly areas: readonly AreaNode[];
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`model: unresolved ${what} (the story was not validated)`);
  return value;
}

export function buildModel(story: Story): StoryModel {
  const actors = new Map(story.actors.map((a) => [a.id, a]));
  const places = new Map<string, PlaceNode>();
  story.places.forEach((place, index) => {
    const here = story.actors.filter((a) => a.place === place.id);
    places.set(place.id, { place, index, position: [place.coordinates[0], place.coordinates[1]], actors: here });
  });
  const stances = story.stances.map((stance, index): StanceNode => {
    const from = must(actors.get(stance.from), `actor ${stance.from}`);
    const toActor = actors.get(stance.to);
    const toPlace = must(places.get(toActor ? toActor.place : stance.to), `place of ${stance.to}`);
    const start = storyDate(stance.start);
    const end = stance.end === undefined ? undefined : storyDate(stance.end);
    return {
      stance, index, from, toActor,
      fromPlace: must(places.get(from.place), `place ${from.place}`),
      toPlace,
      toName: toActor ? toActor.name : toPlace.place.name,
      start, end,
      startDay: start.first,
      endDay: end ? end.first : OPEN_END,
      style: STANCE_STYLES[stance.type],
      fromState: from.kind === 'state',
    };
  });
  const events = story.events.map((event, index): EventNode => ({
    event, index,
    date: storyDate(event.date),
    places: event.places.map((p) => must(places.get(p), `place ${p}`)),
    actors: event.actors.map((a) => must(actors.get(a), `actor ${a}`)),
  }));
  const areas = (story.areas ?? []).map((area, index): AreaNode => ({
    area, index,
    centre: must(places.get(area.place), `place ${area.place}`),
    startDay: area.start === undefined ? -OPEN_END : storyDate(area.start).first,
    endDay: area.end === undefined ? OPEN_END : storyDate(area.end).first,
  }));
  return { story, byId: indexById(places, actors, stances, events, areas), places, actors, stances, events, areas };
}

function indexById(places: ReadonlyMap<string, PlaceNode>, actors: ReadonlyMap<string, Actor>, stances: readonly StanceNode[], events: readonly EventNode[], areas: readonly AreaNode[]): Map<string, Named> {
  const byId = new Map<string, Named>();
  for (const node of places.values()) byId.set(node.place.id, { kind: 'place', node });
  for (const actor of actors.values()) byId.set(actor.id, { kind: 'actor', actor });
  for (const node of stances) byId.set(node.stance.id, { kind: 'stance', node });
  for (const node of events) byId.set(node.event.id, { kind: 'event', node });
  for (const node of areas) byId.set(node.area.id, { kind: 'area', node });
  return byId;
}

/** True when `id` names something a reader can select: a place, actor, stance, event or area. */
export function isKnownId(model: StoryModel, id: string): boolean {
  return model.byId.has(id);
}
