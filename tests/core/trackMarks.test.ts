import { describe, expect, it } from 'vitest';
import { MARK_H, MARK_Y, marksAsPaths, trackMarks } from '../../src/core/trackMarks.ts';
import { event, modelWith } from '../support/storyBuilder.ts';

// One pixel per day from 1 January 2017 (day 17167).
const x = (day: number): number => day - 17167;

describe('trackMarks', () => {
  const model = modelWith({ events: [event('e1', '2017-03-07'), event('e2', '2017-04'), event('e3', '2017-05-01 before'), event('e4', '2017-06 planned')] });
  const marks = trackMarks(model.events, x);

  it('draws a day as a tick centred on the start of its day, taller than the bars', () => {
    const tick = marks.find((m) => m.event === 'e1');
    expect(tick).toMatchObject({ x: 65 - 1.5, width: 3, y: MARK_Y - 2, height: MARK_H + 4, className: 'track__mark track__mark--day track__mark--exact' });
    expect(tick?.title).toBe(`${model.events.find((e) => e.event.id === 'e1')?.event.title} (7 March 2017)`);
  });

  it('draws a month as a bar across its days, and a planned one with its own class', () => {
    expect(marks.find((m) => m.event === 'e2')).toMatchObject({ x: 90, width: 30, rounded: true, className: 'track__mark track__mark--month track__mark--exact' });
    expect(marks.find((m) => m.event === 'e4')?.className).toBe('track__mark track__mark--month track__mark--planned');
  });

  it('opens a "by" date to the left with a fade that belongs to no event', () => {
    const i = marks.findIndex((m) => m.event === 'e3');
    expect(marks[i + 1]).toMatchObject({ event: '', className: 'track__before', x: 120 - 16, width: 16 });
  });
});

describe('marksAsPaths', () => {
  it('puts every mark of a class in one path of closed rectangles, classes in first-seen order', () => {
    const model = modelWith({ events: [event('a', '2017-01-02'), event('b', '2017-02'), event('c', '2017-01-05')] });
    const paths = marksAsPaths(trackMarks(model.events, x));
    expect(paths.map((p) => p.className)).toEqual(['track__mark track__mark--day track__mark--exact', 'track__mark track__mark--month track__mark--exact']);
    expect(paths[0]?.d).toBe('M-0.5 6h3v16h-3zM2.5 6h3v16h-3z');
    expect(paths[1]?.d).toBe('M31 8h28v12h-28z');
  });
});
