import type { Frame } from '../frame.ts';
import type { StoryModel } from '../model.ts';

// What a frame shows of places and areas, as per-feature state keyed by the
// features' numeric ids (the model's indices), and the difference between two
// frames. (Stances are many and go to the arrow layer: arrows/arrowStates.ts.) The map
// applies only the difference as MapLibre feature state: a filter or a
// data-driven paint property that reads the date would make MapLibre re-tile
// the whole source on every step, while feature state costs what changed,
// not what exists.

/** How a place's mark is ringed: an event there now, or one already over. */
export type PlaceMark = 'current' | 'past' | '';

export interface FrameStates {
  /** Area feature ids active at t. */
  readonly areas: ReadonlyMap<number, boolean>;
  /** Place feature ids with an event now or before. */
  readonly places: ReadonlyMap<number, PlaceMark>;
}

export const NO_STATES: FrameStates = { areas: new Map(), places: new Map() };

export interface StateChange<T> {
  readonly id: number;
  readonly value: T;
}

export function frameStates(model: StoryModel, frame: Frame): FrameStates {
  const areaIndex = new Map(model.areas.map((a) => [a.area.id, a.index]));
  const places = new Map<number, PlaceMark>();
  for (const e of frame.past) for (const p of e.places) places.set(p.index, 'past');
  // An event now outranks one that is over at the same place.
  for (const e of frame.current) for (const p of e.places) places.set(p.index, 'current');
  return {
    areas: new Map(frame.areas.flatMap((id) => {
      const i = areaIndex.get(id);
      return i === undefined ? [] : [[i, true] as const];
    })),
    places,
  };
}

/** The states to set to go from `previous` to `next`: new or changed keys, and `off` for keys that left. */
export function stateChanges<T>(previous: ReadonlyMap<number, T>, next: ReadonlyMap<number, T>, off: T): StateChange<T>[] {
  const changes: StateChange<T>[] = [];
  for (const [id, value] of next) if (previous.get(id) !== value) changes.push({ id, value });
  for (const id of previous.keys()) if (!next.has(id)) changes.push({ id, value: off });
  return changes;
}
