import { DATE_PATTERN, type StoryDate, parseStoryDate } from '../dates.ts';
import { quoted } from '../quoted.ts';
import { type ErrorSink } from './errors.ts';
import { items, own } from './untrusted.ts';

// The schema's pattern catches malformed dates; this pass catches the ones a
// pattern cannot (2017-02-30) and spans that end before they start.

const DATE_RE = new RegExp(DATE_PATTERN);

function dateAt(item: unknown, key: string, path: () => string, errors: ErrorSink): StoryDate | undefined {
  const v = own(item, key);
  if (typeof v !== 'string') return undefined;
  const r = parseStoryDate(v);
  if (!r.ok) {
    // A date the pattern refuses is the schema's to report, once.
    if (!DATE_RE.test(v)) return undefined;
    errors.push({ path: path(), message: r.reason });
    return undefined;
  }
  return r.date;
}

function checkSpan(item: unknown, base: () => string, startKey: string, errors: ErrorSink): void {
  const start = dateAt(item, startKey, () => `${base()}.${startKey}`, errors);
  const end = dateAt(item, 'end', () => `${base()}.end`, errors);
  if (start && end && end.first <= start.first) {
    errors.push({
      path: `${base()}.end`,
      message: `end ${quoted(end.text)} must be after ${startKey} ${quoted(start.text)}`,
    });
  }
}

export function checkDates(input: unknown, errors: ErrorSink): void {
  dateAt(own(own(input, 'meta'), 'source'), 'published', () => 'meta.source.published', errors);
  items(input, 'stances').forEach((s, i) => checkSpan(s, () => `stances[${i}]`, 'start', errors));
  items(input, 'events').forEach((e, i) => dateAt(e, 'date', () => `events[${i}].date`, errors));
  items(input, 'areas').forEach((a, i) => {
    if (own(a, 'start') === undefined) dateAt(a, 'end', () => `areas[${i}].end`, errors);
    else checkSpan(a, () => `areas[${i}]`, 'start', errors);
  });
  items(input, 'scenes').forEach((s, i) => dateAt(s, 'date', () => `scenes[${i}].date`, errors));
}
