import { parseStoryDate } from '../dates.ts';
import { quoted } from '../quoted.ts';
import { type ErrorSink } from './errors.ts';
import { items, own, str } from './untrusted.ts';

// A scene puts its focus forward at its date. A stance or an area that is not
// on the map at that date would be focused on and not be there: the briefing
// would point at nothing.

/** The first day of a date, if it is a valid one (the date checks report the rest). */
function firstDay(value: unknown): number | undefined {
  const text = str(value);
  if (text === undefined) return undefined;
  const r = parseStoryDate(text);
  return r.ok ? r.date.first : undefined;
}

interface Span { readonly start: number | undefined; readonly end: number | undefined; readonly startText: string; readonly endText: string }

/** The dated spans a scene could focus on: stances (start, end) and areas (either optional). */
function spans(input: unknown): Map<string, Span> {
  const out = new Map<string, Span>();
  for (const item of [...items(input, 'stances'), ...items(input, 'areas')]) {
    const id = str(own(item, 'id'));
    const [start, end] = [own(item, 'start'), own(item, 'end')];
    if (id) out.set(id, { start: firstDay(start), end: firstDay(end), startText: str(start) ?? '', endText: str(end) ?? '' });
  }
  return out;
}

export function checkSceneFocus(input: unknown, errors: ErrorSink): void {
  const scenes = items(input, 'scenes');
  if (scenes.length === 0) return;
  const byId = spans(input);
  scenes.forEach((scene, i) => {
    const day = firstDay(own(scene, 'date'));
    if (day === undefined) return;
    const date = str(own(scene, 'date')) ?? '';
    items(scene, 'focus').forEach((ref, j) => {
      const span = typeof ref === 'string' ? byId.get(ref) : undefined;
      // A span that ends before it starts is the date check's to report, once.
      if (!span || (span.start !== undefined && span.end !== undefined && span.end <= span.start)) return;
      if (span.start !== undefined && day < span.start) {
        errors.push({ path: `scenes[${i}].focus[${j}]`, message: `${quoted(String(ref))} is not on the map at the scene's date ${quoted(date)}: it starts ${quoted(span.startText)}` });
      } else if (span.end !== undefined && day >= span.end) {
        errors.push({ path: `scenes[${i}].focus[${j}]`, message: `${quoted(String(ref))} is not on the map at the scene's date ${quoted(date)}: it ends ${quoted(span.endText)}` });
      }
    });
  });
}
