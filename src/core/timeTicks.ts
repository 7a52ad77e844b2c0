import { type DayNumber, dayNumber, monthName } from './dates.ts';

// Tick dates for the timeline's axis, on whole UTC days. The intervals and the
// choice among them are d3-scale's time ticks (scaleUtc().ticks, d3-time's
// utcDay/utcWeek/utcMonth/utcYear, d3-array's tickStep), restricted to whole
// days: the axis used d3 for this and its tests hold it to the same ticks,
// without the 15 KB (gzip) of d3-scale, d3-time and d3-time-format.

const DAY = 1;
const WEEK = 7;
const MONTH = 30;
const YEAR = 365;

type Interval = { readonly unit: 'day' | 'week' | 'month' | 'year'; readonly every: number };

const INTERVALS: readonly (readonly [Interval, number])[] = [
  [{ unit: 'day', every: 1 }, DAY],
  [{ unit: 'day', every: 2 }, 2 * DAY],
  [{ unit: 'week', every: 1 }, WEEK],
  [{ unit: 'month', every: 1 }, MONTH],
  [{ unit: 'month', every: 3 }, 3 * MONTH],
  [{ unit: 'year', every: 1 }, YEAR],
];

/** d3-array's tickStep for steps of 1 or more: 1, 2 or 5 times a power of ten. */
function tickStep(start: number, stop: number, count: number): number {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1;
  return Math.max(1, 10 ** power * factor);
}

function intervalFor(start: DayNumber, stop: DayNumber, count: number): Interval {
  const target = Math.abs(stop - start) / count;
  const i = INTERVALS.findIndex(([, span]) => span > target);
  if (i < 0) return { unit: 'year', every: tickStep(start / YEAR, stop / YEAR, count) };
  if (i === 0) return INTERVALS[0]![0];
  const [below, belowSpan] = INTERVALS[i - 1]!;
  const [above, aboveSpan] = INTERVALS[i]!;
  return target / belowSpan < aboveSpan / target ? below : above;
}

function ymd(day: DayNumber): [number, number, number] {
  const d = new Date(day * 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

function matches(day: DayNumber, { unit, every }: Interval): boolean {
  const [y, m, d] = ymd(day);
  switch (unit) {
    // d3-time 3's utcDay.every(n) counts days since 1970-01-01, across month ends.
    case 'day': return day % every === 0;
    // utcWeek: Sundays. Day 3 (1970-01-04) was one.
    case 'week': return ((day - 3) % 7 + 7) % 7 === 0;
    case 'month': return d === 1 && (m - 1) % every === 0;
    case 'year': return d === 1 && m === 1 && y % every === 0;
  }
}

/** About `count` tick days in [start, stop), at a step a reader counts in (d3's rule). */
export function dayTicks(start: DayNumber, stop: DayNumber, count: number): DayNumber[] {
  if (!(stop > start) || count <= 0) return [];
  const interval = intervalFor(start, stop, count);
  const ticks: DayNumber[] = [];
  // Coarse intervals jump from one candidate to the next instead of testing every day.
  for (let day = Math.ceil(start); day <= stop; day++) {
    if (interval.unit === 'year' || interval.unit === 'month') {
      const [y, m, d] = ymd(day);
      if (d !== 1) { day = (m === 12 ? dayNumber(y + 1, 1, 1) : dayNumber(y, m + 1, 1)) - 1; continue; }
    }
    if (matches(day, interval)) ticks.push(day);
  }
  return ticks;
}

/** Short tick labels: years at new years, then months, then days ("2017", "Mar", "7 Mar"). */
export function tickLabel(day: DayNumber): string {
  const [y, m, d] = ymd(day);
  const month = monthName(m).slice(0, 3);
  if (m === 1 && d === 1) return String(y);
  return d === 1 ? month : `${d} ${month}`;
}
