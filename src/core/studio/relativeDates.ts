import * as chrono from 'chrono-node';

// Dates written the way articles write them ("Tuesday", "last month", "by
// August", "next year"), offered to the author as story dates resolved
// against the article's publication date. chrono-node finds and reads the
// words; what they mean in the story format is decided here:
// - precision is what the words name: a weekday or a day is a day, a month
//   ("last month", "August") a month, a year ("next year", "2016") a year;
// - a weekday alone is the latest such day on or before publication ("on
//   Tuesday" in news is the Tuesday just gone), unless the words say "next";
// - "by" makes the date `before` (happened by then), "about"/"around" makes it
//   `approximate`, and a date after publication is `planned`.
// Every result is a suggestion for the author to accept, never applied alone.

export interface DateSuggestion {
  /** The words found, as they are in the text. */
  readonly text: string;
  /** Where they start in the text (UTF-16 offset). */
  readonly index: number;
  /** The story date they stand for: "2017-02-28", "2017-02", "2018", with a qualifier when the words give one. */
  readonly date: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Day number (days since 1970-01-01) of a calendar day. */
const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;

function fromDay(day: number): [number, number, number] {
  const t = new Date(day * 86_400_000);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

type Precision = 'day' | 'month' | 'year';

function precisionOf(c: chrono.ParsedComponents, words: string): Precision {
  if (c.isCertain('day') || c.isCertain('weekday') || /\b(yesterday|today|tomorrow|tonight|days?|weeks?)\b/i.test(words)) return 'day';
  if (c.isCertain('month') || /\bmonths?\b/i.test(words)) return 'month';
  return 'year';
}

/** A bare weekday ("Tuesday", "on Friday"): the latest such day on or before publication, or the next after it when the words say "next". */
function weekdayDay(c: chrono.ParsedComponents, words: string, published: number): number | undefined {
  const weekday = c.get('weekday');
  if (weekday === null || c.isCertain('day') || c.isCertain('month')) return undefined;
  const today = new Date(published * 86_400_000).getUTCDay();
  if (/\bnext\b/i.test(words)) return published + (((weekday - today + 6) % 7) + 1);
  if (/\blast\b/i.test(words)) return published - (((today - weekday + 6) % 7) + 1);
  return published - ((today - weekday + 7) % 7);
}

function qualifierOf(before: string, day: number, published: number): string {
  if (/\bby\s*$/i.test(before)) return ' before';
  if (/\b(about|around|roughly|circa|some time in)\s*$/i.test(before)) return ' approximate';
  return day > published ? ' planned' : '';
}

/**
 * Years written alone ("in 2016", "about 2016"), which chrono leaves out so
 * as not to read every number as a date: only after a word that makes a
 * year of it.
 */
function bareYears(text: string, published: number): DateSuggestion[] {
  const out: DateSuggestion[] = [];
  // Not a count: "in 2016 troops" is no year (a lower-case word after it), "in 2016 Trump" is.
  for (const m of text.matchAll(/\b([Ii]n|[Dd]uring|[Ss]ince|[Bb]y|[Uu]ntil|[Aa]bout|[Aa]round|[Bb]efore|[Aa]fter|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id)\s+((?:19|20)\d\d)\b(?!\s*(?:-|\d|[a-z]))/g)) {
    const year = Number(m[2]);
    const index = (m.index ?? 0) + m[0].length - (m[2] ?? '').length;
    const qualifier = qualifierOf(text.slice(Math.max(0, index - 20), index), dayOf(year, 1, 1), published);
    out.push({ text: m[2] ?? '', index, date: `${year}${qualifier}` });
  }
  return out;
}

/** The date words in `text`, each resolved against the article's publication day (YYYY-MM-DD), in text order. */
export function datesIn(text: string, published: string): DateSuggestion[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (!m) return [];
  const pub = dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  const found = chronoDates(text, pub);
  const taken = (d: DateSuggestion): boolean => found.some((f) => d.index < f.index + f.text.length && f.index < d.index + d.text.length);
  return [...found, ...bareYears(text, pub).filter((d) => !taken(d))].sort((a, b) => a.index - b.index);
}

function chronoDates(text: string, pub: number): DateSuggestion[] {
  const reference = { instant: new Date(pub * 86_400_000 + 12 * 3_600_000), timezone: 0 };
  return chrono.en.parse(text, reference).map((r) => {
    const c = r.start;
    const precision = precisionOf(c, r.text);
    const day = weekdayDay(c, r.text, pub) ?? dayOf(c.get('year') ?? 1970, c.get('month') ?? 1, c.get('day') ?? 1);
    const [y, mo, d] = fromDay(day);
    const date = precision === 'day' ? `${y}-${pad(mo)}-${pad(d)}` : precision === 'month' ? `${y}-${pad(mo)}` : String(y);
    const last = precision === 'day' ? day : precision === 'month' ? dayOf(y, mo + 1, 1) - 1 : dayOf(y + 1, 1, 1) - 1;
    const first = precision === 'day' ? day : precision === 'month' ? dayOf(y, mo, 1) : dayOf(y, 1, 1);
    // A month or year that has begun by publication is not planned: only one wholly after it is.
    const qualifier = qualifierOf(text.slice(Math.max(0, r.index - 20), r.index), Math.min(first, last), pub);
    // chrono takes in the comma after "On Tuesday,": the words shown end with the date's.
    return { text: r.text.replace(/[\s,;:.]+$/, ''), index: r.index, date: `${date}${qualifier}` };
  });
}
