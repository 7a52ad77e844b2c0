import type { DayNumber } from '../core/dates.ts';
import type { StoryModel } from '../core/model.ts';
import type { Timeline } from '../core/timeline.ts';
import { dayTicks, tickLabel } from '../core/timeTicks.ts';
import { MARK_H, MARK_Y, type TrackMark, marksAsPaths, trackMarks } from '../core/trackMarks.ts';
import { svg } from '../dom/dom.ts';

// The track under the slider: the events' marks (core/trackMarks.ts) over a
// time axis with ticks suited to the span.

export const TRACK_HEIGHT = 44;

/** Where a day starts on a track `width` wide: the story runs from its first day to the end of its last. */
function dayX(timeline: Timeline, width: number): (day: DayNumber) => number {
  const span = timeline.last + 1 - timeline.first;
  return (day) => ((day - timeline.first) / span) * width;
}

/** The axis under the marks, drawn as d3-axis's axisBottom drew it (same elements, classes and offsets). */
function drawAxis(group: SVGGElement, days: readonly DayNumber[], x: (day: DayNumber) => number, width: number): void {
  group.append(svg('path', { class: 'domain', stroke: 'currentColor', d: `M0.5,0V0.5H${width + 0.5}V0` }));
  for (const day of days) {
    const label = svg('text', { fill: 'currentColor', y: 9, dy: '0.71em' });
    label.textContent = tickLabel(day);
    group.append(svg('g', { class: 'tick', opacity: 1, transform: `translate(${x(day) + 0.5},0)` }, [svg('line', { stroke: 'currentColor', y2: 6 }), label]));
  }
}

/**
 * Above this many marks they are drawn as a few paths, without a title each
 * (the slider lies over the marks, so no pointer reached those titles anyway).
 */
export const MARKS_WITH_TITLES = 300;

function drawMarks(marks: readonly TrackMark[]): SVGGElement {
  const group = svg('g', { class: 'track__marks' });
  if (marks.length > MARKS_WITH_TITLES) {
    group.append(...marksAsPaths(marks).map(({ className, d }) => svg('path', { class: className, d })));
    return group;
  }
  for (const m of marks) {
    const title = svg('title');
    title.textContent = m.title;
    const rect = svg('rect', { x: m.x, y: m.y, width: m.width, height: m.height, ...(m.rounded ? { rx: 2 } : {}), class: m.className }, m.title ? [title] : []);
    if (m.event) rect.dataset.event = m.event;
    group.append(rect);
  }
  return group;
}

export function renderTrack(target: SVGSVGElement, model: StoryModel, timeline: Timeline, width: number): void {
  const x = dayX(timeline, width);
  target.setAttribute('width', String(width));
  target.setAttribute('height', String(TRACK_HEIGHT));
  target.setAttribute('viewBox', `0 0 ${width} ${TRACK_HEIGHT}`);
  target.replaceChildren();
  target.append(drawMarks(trackMarks(model.events, x)));
  const axisGroup = svg('g', { class: 'track__axis', transform: `translate(0 ${MARK_Y + MARK_H + 4})`, fill: 'none', 'font-size': 10, 'font-family': 'sans-serif', 'text-anchor': 'middle' });
  target.append(axisGroup);
  const days = timeline.last + 1 - timeline.first;
  const ticks = Math.max(2, Math.min(Math.floor(width / 80), days));
  drawAxis(axisGroup, dayTicks(timeline.first, timeline.last + 1, ticks), x, width);
}
