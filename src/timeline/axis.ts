import type { DayNumber } from '../core/dates.ts';
import { dateInWords } from '../core/dateWords.ts';
import type { StoryModel } from '../core/model.ts';
import type { Timeline } from '../core/timeline.ts';
import { dayTicks, tickLabel } from '../core/timeTicks.ts';
import { svg } from '../ui/dom.ts';

// The track under the slider: a time axis with ticks suited to the span,
// and one mark per event drawn in its precision: a day is a tick, a month or
// a year is a bar across it; planned events are hollow and dashed, approximate
// ones faded, "by" dates open to the left.

export const TRACK_HEIGHT = 44;
const MARK_Y = 8;
const MARK_H = 12;

/** Where a day starts on a track `width` wide: the story runs from its first day to the end of its last. */
function dayX(timeline: Timeline, width: number): (day: DayNumber) => number {
  const span = timeline.last + 1 - timeline.first;
  return (day) => ((day - timeline.first) / span) * width;
}

/** The axis under the marks, drawn as d3-axis's axisBottom drew it (same elements, classes and offsets). */
function drawAxis(group: SVGGElement, days: readonly DayNumber[], x: (day: DayNumber) => number, width: number): void {
  Object.entries({ fill: 'none', 'font-size': 10, 'font-family': 'sans-serif', 'text-anchor': 'middle' }).forEach(([k, v]) => group.setAttribute(k, String(v)));
  group.append(svg('path', { class: 'domain', stroke: 'currentColor', d: `M0.5,0V0.5H${width + 0.5}V0` }));
  for (const day of days) {
    const label = svg('text', { fill: 'currentColor', y: 9, dy: '0.71em' });
    label.textContent = tickLabel(day);
    group.append(svg('g', { class: 'tick', opacity: 1, transform: `translate(${x(day) + 0.5},0)` }, [svg('line', { stroke: 'currentColor', y2: 6 }), label]));
  }
}

export function renderTrack(target: SVGSVGElement, model: StoryModel, timeline: Timeline, width: number): void {
  const x = dayX(timeline, width);
  target.setAttribute('width', String(width));
  target.setAttribute('height', String(TRACK_HEIGHT));
  target.setAttribute('viewBox', `0 0 ${width} ${TRACK_HEIGHT}`);
  target.replaceChildren();
  const marks = svg('g', { class: 'track__marks' });
  for (const node of model.events) {
    const x1 = x(node.date.first);
    const x2 = x(node.date.last + 1);
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
  drawAxis(axisGroup, dayTicks(timeline.first, timeline.last + 1, ticks), x, width);
}
