import type { TextRange } from './quoteRanges.ts';

/**
 * The sentence (or sentences) a quote stands in: from the end of the sentence
 * before it to the end of the one it ends in. The date words an author needs
 * are often just outside the quote ("On Tuesday, Beijing said …").
 */
export function sentenceAround(text: string, range: TextRange): TextRange {
  const boundary = /[.!?…]["”’)]*\s+|\n\s*\n/g;
  let start = 0;
  for (const m of text.slice(0, range.start).matchAll(boundary)) start = (m.index ?? 0) + m[0].length;
  boundary.lastIndex = range.end;
  const after = boundary.exec(text);
  const end = after ? after.index + after[0].trimEnd().length : text.length;
  return { start, end: Math.max(end, range.end) };
}
