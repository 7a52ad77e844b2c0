import { type DayNumber, type StoryDate, monthName } from './dates.ts';

// Dates are written out in words for readers and screen readers, in the
// precision the data gives: a month is "February 2017", never a fake day.

function plain(date: StoryDate): string {
  if (date.precision === 'year') return String(date.year);
  if (date.precision === 'month') return `${monthName(date.month ?? 1)} ${date.year}`;
  return `${date.day} ${monthName(date.month ?? 1)} ${date.year}`;
}

export function dateInWords(date: StoryDate): string {
  const text = plain(date);
  switch (date.qualifier) {
    case 'planned':
      return `planned for ${text}`;
    case 'approximate':
      return `about ${text}`;
    case 'before':
      return `by ${text}`;
    default:
      return text;
  }
}

export function dayInWords(day: DayNumber): string {
  const d = new Date(day * 86_400_000);
  return `${d.getUTCDate()} ${monthName(d.getUTCMonth() + 1)} ${d.getUTCFullYear()}`;
}

/** "from 28 February 2017", "from about 2016 until March 2017", "by 1 March 2017". */
export function spanInWords(start: StoryDate, end: StoryDate | undefined): string {
  const from = start.qualifier === 'before' || start.qualifier === 'planned' ? dateInWords(start) : `from ${dateInWords(start)}`;
  return end ? `${from} until ${dateInWords(end)}` : from;
}
