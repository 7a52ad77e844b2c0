import { DATE_PATTERN, dayNumber, dayToIso, monthName } from '../dates.ts';
import { quoted } from '../quoted.ts';

// Dates in a sheet are the format's own (2017-03-01, 2017-03, 2017, with
// " planned", " approximate" or " before"). Spreadsheets rewrite them in the
// reader's local style, so the forms they produce are recognised and
// refused with the spelling to use, never guessed: "01/03/2017" is the
// 1st of March to some and the 3rd of January to others.

const FORMAT = new RegExp(DATE_PATTERN);
const QUALIFIED = /^(.*?)(?:\s+(planned|approximate|before))?$/i;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d?: number): string => `${y}-${pad(m)}${d === undefined ? '' : `-${pad(d)}`}`;
const isDay = (n: number): boolean => n >= 1 && n <= 31;
const isMonth = (n: number): boolean => n >= 1 && n <= 12;

/** "Mar", "Sept.", "March": a month's name or its start. */
function monthNumber(word: string): number | undefined {
  const w = word.replace(/\.$/, '').toLowerCase();
  const i = w.length < 3 ? -1 : MONTHS.findIndex((m) => m.startsWith(w));
  return i === -1 ? undefined : i + 1;
}

const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** 01/03/2017, 1.3.2017, 3-1-2017: day and month in either order. */
function numericDayMonth(s: string, q: string): string | undefined {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) return undefined;
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dayFirst = isMonth(b) && isDay(a) ? iso(y, b, a) : undefined;
  const monthFirst = isMonth(a) && isDay(b) ? iso(y, a, b) : undefined;
  if (dayFirst && monthFirst && dayFirst !== monthFirst) {
    return `${quoted(s)} is ambiguous (${a} ${monthName(b)} or ${b} ${monthName(a)} ${y}): write ${dayFirst}${q} or ${monthFirst}${q}`;
  }
  const one = dayFirst ?? monthFirst;
  return one && `${quoted(s)}: write dates as YYYY-MM-DD, here ${one}${q}`;
}

/** 2017/3/1, 2017-3-1, 2017.03: the right order, the wrong spelling. */
function yearFirst(s: string, q: string): string | undefined {
  const m = /^(\d{4})[/.-](\d{1,2})(?:[/.-](\d{1,2}))?$/.exec(s);
  if (!m || !isMonth(Number(m[2]))) return undefined;
  return `${quoted(s)}: write ${iso(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]))}${q}`;
}

/** A date with a time (2017-03-01 00:00:00, 2017-03-01T09:30Z): the day alone is the story's date. */
function withTime(s: string, q: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}/.exec(s);
  return m ? `${quoted(s)}: write the day alone, ${m[1]}${q}` : undefined;
}

/** March 2017, Mar-17, 1 March 2017, March 1, 2017. */
function withMonthName(s: string, q: string): string | undefined {
  const monthYear = /^([a-z]+\.?)[\s-]+(\d{4}|\d{2})$/i.exec(s);
  const dayMonthYear = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+\.?),?[\s-]+(\d{4})$/i.exec(s);
  const monthDayYear = /^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(s);
  let spelled: string | undefined;
  if (monthYear) {
    const m = monthNumber(monthYear[1] ?? '');
    spelled = m === undefined ? undefined : iso(fullYear(monthYear[2] ?? ''), m);
  } else if (dayMonthYear) {
    const m = monthNumber(dayMonthYear[2] ?? '');
    spelled = m === undefined ? undefined : iso(Number(dayMonthYear[3]), m, Number(dayMonthYear[1]));
  } else if (monthDayYear) {
    const m = monthNumber(monthDayYear[1] ?? '');
    spelled = m === undefined ? undefined : iso(Number(monthDayYear[3]), m, Number(monthDayYear[2]));
  }
  return spelled && `${quoted(s)}: write ${spelled}${q}`;
}

/**
 * A spreadsheet's day number (days since 30 December 1899, as Excel,
 * LibreOffice and Google Sheets count): what a date cell becomes when its
 * column is formatted as a number.
 */
function dayCount(s: string, q: string): string | undefined {
  if (!/^\d{5}$/.test(s)) return undefined;
  const day = dayNumber(1899, 12, 30) + Number(s);
  const spelled = dayToIso(day);
  return `${quoted(s)} looks like a spreadsheet's day number for ${spelled}: write ${spelled}${q}, in a column formatted as text`;
}

export type DateCell = { readonly value: string } | { readonly problem: string };

export function readDateCell(text: string): DateCell {
  if (FORMAT.test(text)) return { value: text };
  const [, body = text, qualifier] = QUALIFIED.exec(text) ?? [];
  // A qualifier's spelling is the format's; only its case is forgiven.
  const q = qualifier === undefined ? '' : ` ${qualifier.toLowerCase()}`;
  if (q !== '' && FORMAT.test(`${body}${q}`)) return { value: `${body}${q}` };
  const advice = numericDayMonth(body, q) ?? yearFirst(body, q) ?? withTime(body, q) ?? withMonthName(body, q) ?? dayCount(body, q);
  // Anything else goes to the checker, which says what a date looks like.
  return advice === undefined ? { value: text } : { problem: advice };
}
