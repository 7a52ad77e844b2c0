import type { DayNumber } from './dates.ts';
import { stateOf } from './actors.ts';
import type { EventNode, StanceNode, StoryModel } from './model.ts';
import type { StanceType } from './stanceTypes.ts';

// What the map and the text list show at date t. Pure: the same model, date
// and filters always give the same frame, and adapters only apply it.

export interface Filters {
  /** Actor in focus ("" for none): its stances (and its members') stay, the rest dim. */
  readonly focus: string;
  /** Stance types hidden from map and list. */
  readonly hiddenTypes: readonly StanceType[];
  /** Only stances between states (isBetweenStates). */
  readonly statesOnly: boolean;
}

export const NO_FILTERS: Filters = { focus: '', hiddenTypes: [], statesOnly: false };

export interface Frame {
  readonly t: DayNumber;
  /** Stances active at t and passing the filters, in file order. */
  readonly stances: readonly StanceNode[];
  /** Of those, the ids dimmed because another actor is in focus. */
  readonly dimmed: ReadonlySet<string>;
  /** Events whose date covers t (a month-precision event covers its whole month). */
  readonly current: readonly EventNode[];
  /** Events over before t. */
  readonly past: readonly EventNode[];
  /** Ids of areas active at t. */
  readonly areas: readonly string[];
}

export function isActive(node: { startDay: DayNumber; endDay: DayNumber }, t: DayNumber): boolean {
  return node.startDay <= t && t < node.endDay;
}

/** The focus actor and every actor that belongs to it, at any depth. */
export function focusGroup(model: StoryModel, focus: string): ReadonlySet<string> {
  const group = new Set<string>();
  if (!model.actors.has(focus)) return group;
  group.add(focus);
  let grew = true;
  while (grew) {
    grew = false;
    for (const a of model.actors.values()) {
      if (a.memberOf !== undefined && group.has(a.memberOf) && !group.has(a.id)) {
        group.add(a.id);
        grew = true;
      }
    }
  }
  return group;
}

/**
 * What "States only" keeps: a stance held by a state and aimed at a state, a
 * place, or a thing states contend over (a weapon, such as THAAD). Stances
 * aimed at a person, a ministry, a company or any other group go, like those
 * held by one: the switch shows relations between states, and rolling a
 * person up into their state would put words in the state's mouth that the
 * source gave to the person.
 */
export function isBetweenStates(node: StanceNode): boolean {
  return node.fromState && (node.toActor === undefined || STATE_SCOPE_TARGETS.has(node.toActor.kind));
}

const STATE_SCOPE_TARGETS: ReadonlySet<string> = new Set(['state', 'weapon']);

export function stancePasses(node: StanceNode, filters: Filters): boolean {
  if (filters.hiddenTypes.includes(node.stance.type)) return false;
  return !filters.statesOnly || isBetweenStates(node);
}

/**
 * The actor in focus as the map shows it: with states only, a person or
 * ministry in focus stands for their state (and for no one when they belong
 * to none), so the focus the reader chose comes back when everyone is shown.
 */
export function focusInScope(model: StoryModel, focus: string, statesOnly: boolean): string {
  const actor = model.actors.get(focus);
  if (!statesOnly || !actor) return focus;
  const state = stateOf(actor, model.actors);
  return state.kind === 'state' ? state.id : '';
}

/** The actors the Focus menu offers: everyone's, or with states only, the states. */
export function focusChoices(model: StoryModel, statesOnly: boolean): { id: string; name: string }[] {
  return [...model.actors.values()].filter((a) => !statesOnly || a.kind === 'state').map((a) => ({ id: a.id, name: a.name }));
}

/** The stance types with at least one stance in scope anywhere in the story: what the legend lists. */
export function typesInScope(model: StoryModel, statesOnly: boolean): ReadonlySet<StanceType> {
  return new Set(model.stances.filter((s) => !statesOnly || isBetweenStates(s)).map((s) => s.stance.type));
}

export function computeFrame(model: StoryModel, t: DayNumber, filters: Filters = NO_FILTERS): Frame {
  const stances = model.stances.filter((s) => isActive(s, t) && stancePasses(s, filters));
  const group = focusGroup(model, focusInScope(model, filters.focus, filters.statesOnly));
  const dimmed = new Set<string>();
  if (group.size > 0) {
    for (const s of stances) {
      if (!group.has(s.from.id) && !(s.toActor && group.has(s.toActor.id))) dimmed.add(s.stance.id);
    }
  }
  return {
    t,
    stances,
    dimmed,
    current: model.events.filter((e) => e.date.first <= t && t <= e.date.last),
    past: model.events.filter((e) => e.date.last < t),
    areas: model.areas.filter((a) => isActive(a, t)).map((a) => a.area.id),
  };
}

/** Of these stance ids, those the frame draws (a selected stance may be hidden by a filter or its dates). */
export function drawnOf(frame: Frame, ids: readonly string[]): string[] {
  return ids.filter((id) => id !== '' && frame.stances.some((s) => s.stance.id === id));
}

export interface FrameChange {
  /** Stance ids that appear in `next` and were not in `previous`. */
  readonly added: readonly string[];
  /** Stance ids that were in `previous` and are gone from `next`. */
  readonly removed: readonly string[];
}

/** What changed between two frames: what a presenter points at ("and now Russia joins"). */
export function frameChange(previous: Frame, next: Frame): FrameChange {
  const before = new Set(previous.stances.map((s) => s.stance.id));
  const after = new Set(next.stances.map((s) => s.stance.id));
  return {
    added: [...after].filter((id) => !before.has(id)),
    removed: [...before].filter((id) => !after.has(id)),
  };
}

/** Ids of the places where the given events happen (current or past rings on the map). */
export function placesOf(events: readonly EventNode[]): string[] {
  return [...new Set(events.flatMap((e) => e.places.map((p) => p.place.id)))];
}
