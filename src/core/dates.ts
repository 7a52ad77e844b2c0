import { quoted } from './quoted.ts';
// Dates in a story are partial: a year, a month or a day, optionally qualified.
// They are kept as whole UTC day numbers (days since 1970-01-01) so that time
// arithmetic never depends on the machine's time zone.

export type Precision = 'year' | 'month' | 'day';

/** planned: expected, not yet happened; approximate: about then; before: known only to have happened by then. */
export const QUALIFIERS = ['planned', 'approximate', 'before'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export type DayNumber = number;

export interface StoryDate {
  readonly text: string;
  readonly precision: Precision;
  readonly qualifier: Qualifier | undefined;
  readonly year: number;
  /** 1-12, present for month and day precision. */
  readonly month: number | undefined;
  /** 1-31, present for day precision. */
  readonly day: number | undefined;
  /** First day the date covers (inclusive). */
  readonly first: DayNumber;
  /** Last day the date covers (inclusive): a month-precision date spans the whole month. */
  readonly last: DayNumber;
}

export type DateResult =
  | { readonly ok: true; readonly date: StoryDate }
  | { readonly ok: false; readonly reason: string };

/** The JSON Schema pattern for a date; `parseStoryDate` adds the calendar check a pattern cannot do. */
export const DATE_PATTERN = '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?( (planned|approximate|before))?$';
const DATE_RE = new RegExp(DATE_PATTERN);

export const DATE_FORMAT_HINT =
  'expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by " planned", " approximate" or " before"';

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1] ?? NaN;
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar (the one Date.UTC
 * uses), with no Date object: every date of a 10,000-stance file goes through
 * here while it is checked and again when it is read. Howard Hinnant's
 * days_from_civil (http://howardhinnant.github.io/date_algorithms.html): years
 * start in March, so the leap day is the last day of a year, and a 400-year
 * era always has 146,097 days. A day past the month's end (2017-02-30) runs
 * on into the next month, as Date.UTC's does.
 */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function parseStoryDate(text: string): DateResult {
  const parts = DATE_RE.exec(text);
  if (!parts) return { ok: false, reason: `invalid date ${quoted(text)} (${DATE_FORMAT_HINT})` };
  // The pattern fixed where each part is: YYYY-MM-DD, then the qualifier.
  const year = Number(text.slice(0, 4));
  const month = parts[1] === undefined ? undefined : Number(text.slice(5, 7));
  const day = parts[2] === undefined ? undefined : Number(text.slice(8, 10));
  const qualifier = parts[4] as Qualifier | undefined;
  if (month !== undefined && (month < 1 || month > 12)) {
    return { ok: false, reason: `impossible date ${quoted(text)} (there is no month ${month})` };
  }
  if (month !== undefined && day !== undefined) {
    const max = daysInMonth(year, month);
    if (day < 1 || day > max) {
      return {
        ok: false,
        reason: `impossible date ${quoted(text)} (${monthName(month)} ${year} has ${max} days)`,
      };
    }
  }
  const precision: Precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const first = dayNumber(year, month ?? 1, day ?? 1);
  const last =
    precision === 'day' ? first
    : precision === 'month' ? dayNumber(year, month ?? 1, daysInMonth(year, month ?? 1))
    : dayNumber(year, 12, 31);
  return { ok: true, date: { text, precision, qualifier, year, month, day, first, last } };
}

/** Parses a date already known to be valid (validated data); throws on a programming error. */
export function storyDate(text: string): StoryDate {
  const r = parseStoryDate(text);
  if (!r.ok) throw new Error(r.reason);
  return r.date;
}

export function dayToIso(day: DayNumber): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Strict ISO day (YYYY-MM-DD) to day number, or undefined: used for URL state. */
export function isoToDay(text: string): DayNumber | undefined {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(text)) return undefined;
  const r = parseStoryDate(text);
  return r.ok ? r.date.first : undefined;
}
