import { comparable, comparableWithOffsets } from '../quoteInSource.ts';

// A quote's place in the source text, kept through edits of that text. The
// studio stores each quote's offsets with it, so the quote is highlighted in
// the source and a click on either finds the other; when the author edits the
// source, every range moves with the text around it. Pure: the editor hands
// in the text before and after, the ranges come back.

/** Offsets in UTF-16 code units, as the DOM's Selection and String.slice count them; end is exclusive. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** One stretch of text replaced by another: `removed` characters at `at` gave way to `inserted` ones. */
export interface TextEdit {
  readonly at: number;
  readonly removed: number;
  readonly inserted: number;
}

/**
 * The one edit that turns `before` into `after`: everything between their
 * common beginning and their common end. (Typing, pasting and deleting are
 * one such stretch at a time; a larger rewrite is seen as one replacement.)
 */
export function editBetween(before: string, after: string): TextEdit {
  const shorter = Math.min(before.length, after.length);
  let head = 0;
  while (head < shorter && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < shorter - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { at: head, removed: before.length - head - tail, inserted: after.length - head - tail };
}

/**
 * Where a range is after an edit. Text before it moves it; an edit inside it
 * grows or shrinks it; an edit that overlaps an end cuts it there. A range
 * whose every character was removed is gone (undefined): its quote no longer
 * stands in the source, and the checker will say so.
 */
export function rebaseRange(range: TextRange, edit: TextEdit): TextRange | undefined {
  const { start, end } = range;
  const editEnd = edit.at + edit.removed;
  const shift = edit.inserted - edit.removed;
  // Wholly before (or typed right at its start), wholly after (or typed right at its end).
  if (editEnd <= start) return { start: start + shift, end: end + shift };
  if (edit.at >= end) return range;
  const within = edit.at >= start && editEnd <= end;
  if (within) return end + shift > start ? { start, end: end + shift } : undefined;
  // Over its start only: what is left is its tail, after the new text. Over its end only: its head.
  if (edit.at < start && editEnd < end) return { start: edit.at + edit.inserted, end: end + shift };
  if (edit.at > start && editEnd >= end) return { start, end: edit.at };
  return undefined;
}

/**
 * Where a quote stands in the source: at `hint` when the text there is the
 * quote, otherwise at its occurrence nearest to the hint, or undefined when
 * the source does not hold it (the quote was edited away from the source).
 */
export function locateQuote(source: string, quote: string, hint?: TextRange): TextRange | undefined {
  if (quote === '') return undefined;
  if (hint && source.slice(hint.start, hint.end) === quote) return hint;
  const best = nearest(source, quote, hint?.start ?? 0);
  return best === undefined ? locateLoosely(source, quote, hint) : { start: best, end: best + quote.length };
}

/** The occurrence of `needle` nearest to `near`. */
function nearest(haystack: string, needle: string, near: number): number | undefined {
  let best: number | undefined;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (best === undefined || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

/** The last source text as compared: a paste looks for many quotes in one text. */
let last: { source: string; text: ReturnType<typeof comparableWithOffsets> } | undefined;
function compared(source: string): ReturnType<typeof comparableWithOffsets> {
  if (last?.source !== source) last = { source, text: comparableWithOffsets(source) };
  return last.text;
}

/**
 * A quote the checker accepts but that is not the text's very characters
 * (straight quotes for curly ones, one space for the page's doubled or
 * non-breaking ones): found as the checker compares, and its range given in
 * the text's own offsets.
 */
function locateLoosely(source: string, quote: string, hint?: TextRange): TextRange | undefined {
  const needle = comparable(quote);
  if (needle === '') return undefined;
  const text = compared(source);
  const near = hint ? text.from.findIndex((f) => f >= hint.start) : 0;
  const at = nearest(text.text, needle, Math.max(0, near));
  const start = at === undefined ? undefined : text.from[at];
  const end = at === undefined ? undefined : text.to[at + needle.length - 1];
  return start === undefined || end === undefined ? undefined : { start, end };
}
