import type { DayNumber } from './dates.ts';
import type { EventNode, StoryModel } from './model.ts';
import { OPEN_END } from './model.ts';

// The story's time axis: its extent and the dates where the map changes
// (events, stances starting or ending), which playback and PageUp/PageDown
// step through.

export interface Timeline {
  /** First and last day the slider covers. */
  readonly first: DayNumber;
  readonly last: DayNumber;
  /** Days where something happens, ascending, within [first, last]. */
  readonly stops: readonly DayNumber[];
}

export function buildTimeline(model: StoryModel, publishedDay: DayNumber): Timeline {
  const days = new Set<DayNumber>([publishedDay]);
  for (const e of model.events) days.add(e.date.first);
  for (const s of model.stances) {
    days.add(s.startDay);
    if (s.endDay !== OPEN_END) days.add(s.endDay);
  }
  for (const a of model.areas) {
    if (a.startDay > -OPEN_END) days.add(a.startDay);
    if (a.endDay !== OPEN_END) days.add(a.endDay);
  }
  const stops = [...days].sort((a, b) => a - b);
  const lastEvent = Math.max(...model.events.map((e) => e.date.last), ...stops);
  return { first: stops[0] ?? publishedDay, last: lastEvent, stops };
}

export function clampDay(timeline: Timeline, t: DayNumber): DayNumber {
  return Math.min(timeline.last, Math.max(timeline.first, Math.round(t)));
}

/** The next stop after t, or undefined at the end. */
export function nextStop(timeline: Timeline, t: DayNumber): DayNumber | undefined {
  return timeline.stops.find((d) => d > t);
}

/**
 * Where playback goes after t: the next stop, then the end of the axis (the
 * last day of a month-long event, after the 1st where it starts), so Play
 * ends with the slider at the end; undefined once there.
 */
export function nextPlayStop(timeline: Timeline, t: DayNumber): DayNumber | undefined {
  return nextStop(timeline, t) ?? (t < timeline.last ? timeline.last : undefined);
}

/** The stop before t, or undefined at the start. */
export function previousStop(timeline: Timeline, t: DayNumber): DayNumber | undefined {
  for (let i = timeline.stops.length - 1; i >= 0; i--) {
    const d = timeline.stops[i];
    if (d !== undefined && d < t) return d;
  }
  return undefined;
}

/** The event to name at t: the latest one that has begun by t, preferring one whose date covers t. */
export function eventAt(model: StoryModel, t: DayNumber): EventNode | undefined {
  let best: EventNode | undefined;
  for (const e of model.events) {
    if (e.date.first > t) continue;
    const covers = t <= e.date.last;
    const bestCovers = best !== undefined && t <= best.date.last;
    if (!best || (covers && !bestCovers) || (covers === bestCovers && e.date.first >= best.date.first)) best = e;
  }
  return best;
}

/** Where a day sits along the timeline, from 0 (its first day) to 1 (the end of its last day). */
export function fractionOfDay(timeline: Timeline, day: DayNumber): number {
  return (day - timeline.first) / (timeline.last + 1 - timeline.first);
}
