import { describe, expect, it } from 'vitest';
import { storyDate } from '../../src/core/dates.ts';
import { buildTimeline, eventAt, fractionOfDay, nextStop, previousStop } from '../../src/core/timeline.ts';
import { event, modelWith, stance } from '../support/storyBuilder.ts';

const day = (text: string): number => storyDate(text).first;

describe('the story timeline', () => {
  const model = modelWith({
    stances: [stance('a', '2016 approximate'), stance('b', '2017-02-28', '2017-04')],
    events: [event('campaign', '2016 approximate'), event('test', '2017-02'), event('swap', '2017-02-28'), event('deploy', '2017-08 planned')],
  });
  const timeline = buildTimeline(model, day('2017-03-01'));

  it('runs from the first date to the end of the last event', () => {
    expect(timeline.first).toBe(day('2016-01-01'));
    expect(timeline.last).toBe(storyDate('2017-08').last);
  });

  it('stops where the map changes: events, starts, ends and the article\'s date', () => {
    expect(timeline.stops).toEqual(['2016-01-01', '2017-02-01', '2017-02-28', '2017-03-01', '2017-04-01', '2017-08-01'].map(day));
  });

  it('steps to the next and previous stop, and nowhere past the ends', () => {
    expect(nextStop(timeline, day('2017-02-10'))).toBe(day('2017-02-28'));
    expect(previousStop(timeline, day('2017-02-28'))).toBe(day('2017-02-01'));
    expect(nextStop(timeline, day('2017-08-01'))).toBeUndefined();
    expect(previousStop(timeline, day('2016-01-01'))).toBeUndefined();
  });

  it('names the event at a date, preferring one that covers it', () => {
    expect(eventAt(model, day('2017-02-28'))?.event.id).toBe('swap');
    expect(eventAt(model, day('2017-02-10'))?.event.id).toBe('test');
    expect(eventAt(model, day('2017-05-01'))?.event.id).toBe('swap');
    expect(eventAt(model, day('2015-12-31'))).toBeUndefined();
  });

  it('places a day along the track as a fraction, matching the d3 scale', () => {
    expect(fractionOfDay(timeline, timeline.first)).toBe(0);
    expect(fractionOfDay(timeline, timeline.last + 1)).toBe(1);
  });
});
