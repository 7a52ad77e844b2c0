import { describe, expect, it } from 'vitest';
import { dayNumber, daysInMonth, dayToIso, isoToDay, parseStoryDate, storyDate } from '../../src/core/dates.ts';
import { dateInWords, dayInWords, spanInWords } from '../../src/core/dateWords.ts';

describe('parseStoryDate', () => {
  it('reads a day-precision date as a single day', () => {
    const d = storyDate('2017-02-28');
    expect([d.precision, d.first, d.last, d.qualifier]).toEqual(['day', dayNumber(2017, 2, 28), dayNumber(2017, 2, 28), undefined]);
  });

  it('reads a month-precision date as the whole month, not a fake day', () => {
    const d = storyDate('2017-02');
    expect([d.precision, dayToIso(d.first), dayToIso(d.last)]).toEqual(['month', '2017-02-01', '2017-02-28']);
  });

  it('reads a year-precision date as the whole year', () => {
    const d = storyDate('2016');
    expect([d.precision, dayToIso(d.first), dayToIso(d.last)]).toEqual(['year', '2016-01-01', '2016-12-31']);
  });

  it('keeps the qualifier of a planned date', () => {
    const d = storyDate('2017-08 planned');
    expect([d.qualifier, d.precision, dayToIso(d.first)]).toEqual(['planned', 'month', '2017-08-01']);
  });

  it('knows leap years', () => {
    expect(parseStoryDate('2016-02-29').ok).toBe(true);
    expect(parseStoryDate('2017-02-29')).toEqual({ ok: false, reason: 'impossible date "2017-02-29" (February 2017 has 28 days)' });
  });

  it.each(['2017-2-28', '17-02-28', '2017-02-28T00:00', ' 2017', '2017-00', '2017-02-00'])('refuses %j', (text) => {
    expect(parseStoryDate(text).ok).toBe(false);
  });

  it('does not depend on the time zone: day numbers are UTC days', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(2017, 3, 1)).toBe(17226);
  });

  it('counts days and month lengths as the Date object does, in every month of years 0 to 2400', () => {
    const reference = (year: number, month: number, day: number): number => {
      const d = new Date(Date.UTC(2000, month - 1, day));
      d.setUTCFullYear(year);
      return Math.round(d.getTime() / 86_400_000);
    };
    const mismatches: string[] = [];
    for (let year = 0; year <= 2400; year++) {
      for (let month = 1; month <= 12; month++) {
        const length = (month === 12 ? reference(year + 1, 1, 1) : reference(year, month + 1, 1)) - reference(year, month, 1);
        if (daysInMonth(year, month) !== length) mismatches.push(`${year}-${month} has ${length} days`);
        for (const day of [1, 15, length]) if (dayNumber(year, month, day) !== reference(year, month, day)) mismatches.push(`${year}-${month}-${day}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect([daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2100, 2), daysInMonth(2024, 2)]).toEqual([28, 29, 28, 29]);
  });

  it('round-trips ISO days and refuses anything else in URLs', () => {
    expect(isoToDay('2017-03-01')).toBe(17226);
    expect(isoToDay('2017-03')).toBeUndefined();
    expect(isoToDay('2017-02-30')).toBeUndefined();
    expect(dayToIso(17226)).toBe('2017-03-01');
  });
});

describe('dates in words', () => {
  it('writes each precision and qualifier in words', () => {
    expect(dateInWords(storyDate('2017-02-28'))).toBe('28 February 2017');
    expect(dateInWords(storyDate('2017-02'))).toBe('February 2017');
    expect(dateInWords(storyDate('2016 approximate'))).toBe('about 2016');
    expect(dateInWords(storyDate('2017-08 planned'))).toBe('planned for August 2017');
    expect(dateInWords(storyDate('2017-03-01 before'))).toBe('by 1 March 2017');
  });

  it('writes a day number and a span in words', () => {
    expect(dayInWords(17226)).toBe('1 March 2017');
    expect(spanInWords(storyDate('2016'), storyDate('2017-03'))).toBe('from 2016 until March 2017');
    expect(spanInWords(storyDate('2017-03-01 before'), undefined)).toBe('by 1 March 2017');
    expect(spanInWords(storyDate('2017-08 planned'), undefined)).toBe('planned for August 2017');
  });
});
