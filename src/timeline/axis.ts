import { axisBottom } from 'd3-axis';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { DayNumber } from '../core/dates.ts';
import { dateInWords } from '../core/dateWords.ts';
import type { StoryModel } from '../core/model.ts';
import type { Timeline } from '../core/timeline.ts';
import { svg } from '../ui/dom.ts';

// The track under the slider: a d3 time axis with ticks suited to the span,
// and one mark per event drawn in its precision: a day is a tick, a month or
// a year is a bar across it; planned events are hollow and dashed, approximate
// ones faded, "by" dates open to the left.

const DAY_MS = 86_400_000;
export const TRACK_HEIGHT = 44;
const MARK_Y = 8;
const MARK_H = 12;

export function dayScale(timeline: Timeline, width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(timeline.first * DAY_MS), new Date((timeline.last + 1) * DAY_MS)])
    .range([0, width]);
}

export function xOfDay(scale: ScaleTime<number, number>, day: DayNumber): number {
  return scale(new Date(day * DAY_MS));
}

const yearLabel = utcFormat('%Y');
const monthLabel = utcFormat('%b');
const dayLabel = utcFormat('%-d %b');

/** Short tick labels: years at new years, then months, then days, so ticks never run into each other. */
export function tickLabel(d: Date): string {
  if (utcYear.floor(d).getTime() === d.getTime()) return yearLabel(d);
  return d.getUTCDate() === 1 ? monthLabel(d) : dayLabel(d);
}

export function renderTrack(target: SVGSVGElement, model: StoryModel, timeline: Timeline, width: number): void {
  const scale = dayScale(timeline, width);
  target.setAttribute('width', String(width));
  target.setAttribute('height', String(TRACK_HEIGHT));
  target.setAttribute('viewBox', `0 0 ${width} ${TRACK_HEIGHT}`);
  target.replaceChildren();
  const marks = svg('g', { class: 'track__marks' });
  for (const node of model.events) {
    const x1 = xOfDay(scale, node.date.first);
    const x2 = xOfDay(scale, node.date.last + 1);
    // A day is a moment on this scale: a tick, however wide the day is drawn; months and years are spans.
    const span = node.date.precision !== 'day' && x2 - x1 >= 4;
    const q = node.date.qualifier ?? 'exact';
    const title = svg('title');
    title.textContent = `${node.event.title} (${dateInWords(node.date)})`;
    const mark = span
      ? svg('rect', { x: x1, y: MARK_Y, width: x2 - x1, height: MARK_H, rx: 2 }, [title])
      : svg('rect', { x: x1 - 1.5, y: MARK_Y - 2, width: 3, height: MARK_H + 4 }, [title]);
    mark.setAttribute('class', `track__mark track__mark--${span ? node.date.precision : 'day'} track__mark--${q}`);
    mark.dataset.event = node.event.id;
    marks.append(mark);
    if (q === 'before') {
      // A fade to the left: it happened by this date, the source does not say since when.
      marks.append(svg('rect', { x: x1 - 16, y: MARK_Y + MARK_H / 2 - 1, width: 16, height: 2, class: 'track__before' }));
    }
  }
  target.append(marks);
  const axisGroup = svg('g', { class: 'track__axis', transform: `translate(0 ${MARK_Y + MARK_H + 4})` });
  target.append(axisGroup);
  const days = timeline.last + 1 - timeline.first;
  const ticks = Math.max(2, Math.min(Math.floor(width / 80), days));
  // Ticks fall on whole days only: the story's dates have no hours.
  const values = scale.ticks(ticks).filter((d) => d.getUTCHours() === 0);
  select(axisGroup).call(axisBottom(scale).tickValues(values).tickFormat((d) => tickLabel(d as Date)).tickSizeOuter(0));
}
