import type { DayNumber } from './dates.ts';
import { dateInWords } from './dateWords.ts';
import type { EventNode } from './model.ts';

// The marks on the timeline's track, one per event in its precision: a day is
// a tick, a month or a year a bar across it; planned events hollow and dashed,
// approximate ones faded, "by" dates open to the left (styled by class).

export const MARK_Y = 8;
export const MARK_H = 12;

export interface TrackMark {
  /** The event's id; "" for the fade drawn left of a "by" date. */
  readonly event: string;
  readonly title: string;
  readonly className: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly rounded: boolean;
}

/** Every event's mark on a track where day `d` starts at `x(d)`. */
export function trackMarks(events: readonly EventNode[], x: (day: DayNumber) => number): TrackMark[] {
  const marks: TrackMark[] = [];
  for (const node of events) {
    const x1 = x(node.date.first);
    const x2 = x(node.date.last + 1);
    // A day is a moment on this scale: a tick, however wide the day is drawn; months and years are spans.
    const span = node.date.precision !== 'day' && x2 - x1 >= 4;
    const q = node.date.qualifier ?? 'exact';
    const title = `${node.event.title} (${dateInWords(node.date)})`;
    const className = `track__mark track__mark--${span ? node.date.precision : 'day'} track__mark--${q}`;
    marks.push(span
      ? { event: node.event.id, title, className, x: x1, y: MARK_Y, width: x2 - x1, height: MARK_H, rounded: true }
      : { event: node.event.id, title, className, x: x1 - 1.5, y: MARK_Y - 2, width: 3, height: MARK_H + 4, rounded: false });
    if (q === 'before') {
      // It happened by this date; the source does not say since when.
      marks.push({ event: '', title: '', className: 'track__before', x: x1 - 16, y: MARK_Y + MARK_H / 2 - 1, width: 16, height: 2, rounded: false });
    }
  }
  return marks;
}

const num = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * The same marks as one path per class, in first-seen order. Thousands of
 * separate shapes make the browser re-layer the page on every playback
 * step; a few paths do not.
 */
export function marksAsPaths(marks: readonly TrackMark[]): { className: string; d: string }[] {
  const byClass = new Map<string, string[]>();
  for (const m of marks) {
    const parts = byClass.get(m.className) ?? [];
    parts.push(`M${num(m.x)} ${num(m.y)}h${num(m.width)}v${num(m.height)}h${num(-m.width)}z`);
    byClass.set(m.className, parts);
  }
  return [...byClass].map(([className, parts]) => ({ className, d: parts.join('') }));
}
