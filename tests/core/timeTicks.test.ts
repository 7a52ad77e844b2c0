import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/core/dates.ts';
import { dayTicks, tickLabel } from '../../src/core/timeTicks.ts';

const DAY_MS = 86_400_000;

/** What the axis drew with d3: scaleUtc ticks over the same days, midnights only. */
function d3Ticks(start: number, stop: number, count: number): number[] {
  return scaleUtc().domain([new Date(start * DAY_MS), new Date(stop * DAY_MS)]).ticks(count)
    .filter((d) => d.getUTCHours() === 0).map((d) => Math.round(d.getTime() / DAY_MS));
}

describe('dayTicks', () => {
  it('gives the same days as d3-scale time ticks for spans from a few days to centuries', () => {
    const starts = [dayNumber(2017, 2, 26), dayNumber(1999, 12, 31), dayNumber(2016, 7, 8), dayNumber(1950, 1, 1)];
    const lengths = [3, 9, 16, 40, 75, 120, 200, 400, 800, 1500, 3000, 8000, 20000, 60000];
    let compared = 0;
    for (const start of starts) for (const length of lengths) for (const count of [2, 5, 8, 12, 20]) {
      const c = Math.min(count, length);
      expect(dayTicks(start, start + length, c), `${start}+${length}/${c}`).toEqual(d3Ticks(start, start + length, c));
      compared++;
    }
    expect(compared).toBe(280);
  });

  it('puts quarter ticks on January, April, July and October for a year and a half', () => {
    const ticks = dayTicks(dayNumber(2016, 7, 8), dayNumber(2017, 12, 31), 6).map(tickLabel);
    expect(ticks).toEqual(['Oct', '2017', 'Apr', 'Jul', 'Oct']);
  });

  it('names days within a month by day and month', () => {
    expect(dayTicks(dayNumber(2017, 3, 1), dayNumber(2017, 3, 10), 4).map(tickLabel)).toEqual(['Mar', '3 Mar', '5 Mar', '7 Mar', '9 Mar']);
  });

  it('gives nothing for an empty span', () => {
    expect(dayTicks(100, 100, 5)).toEqual([]);
  });
});
