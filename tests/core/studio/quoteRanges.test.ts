import { describe, expect, it } from 'vitest';
import { type TextRange, editBetween, locateQuote, rebaseRange } from '../../../src/core/studio/quoteRanges.ts';

const SOURCE = 'Beijing has repeatedly urged Seoul and Washington to abandon their plans.';
const QUOTE = 'urged Seoul and Washington';
const AT: TextRange = { start: SOURCE.indexOf(QUOTE), end: SOURCE.indexOf(QUOTE) + QUOTE.length };

/** The quote's range after the source is edited from SOURCE to `after`, and the words it then covers. */
function after(edited: string): string | undefined {
  const range = rebaseRange(AT, editBetween(SOURCE, edited));
  return range && edited.slice(range.start, range.end);
}

describe('a quote\'s range in the source', () => {
  it('moves with text typed, pasted or deleted before it', () => {
    expect(after(`Yesterday ${SOURCE}`)).toBe(QUOTE);
    expect(after(SOURCE.replace('repeatedly ', ''))).toBe(QUOTE);
    expect(after(SOURCE.replace('Beijing has', 'China’s foreign ministry has'))).toBe(QUOTE);
  });

  it('stays where it is when the text after it changes, or when typing happens right at its end', () => {
    expect(after(SOURCE.replace('abandon their plans', 'drop the plan'))).toBe(QUOTE);
    expect(after(SOURCE.replace(QUOTE, `${QUOTE},`))).toBe(QUOTE);
  });

  it('grows or shrinks with an edit inside it, so the checker sees the quote no longer matches', () => {
    expect(after(SOURCE.replace('Seoul and', 'Seoul, Tokyo and'))).toBe('urged Seoul, Tokyo and Washington');
    expect(after(SOURCE.replace(' and Washington', ''))).toBe('urged Seoul ');
  });

  it('keeps what is left when an edit overlaps one end (letters both versions share at the edit\'s edge stay in)', () => {
    expect(after(SOURCE.replace('repeatedly urged', 'often asked'))).toBe('ed Seoul and Washington');
    expect(after(SOURCE.replace('Washington to abandon', 'Tokyo to drop'))).toBe('urged Seoul and ');
  });

  it('is gone when every word of it was deleted or replaced', () => {
    expect(after(SOURCE.replace(QUOTE, ''))).toBeUndefined();
    expect(after(SOURCE.replace('has repeatedly urged Seoul and Washington to', 'wants them to'))).toBeUndefined();
  });
});

describe('editBetween', () => {
  it('finds the one stretch that changed between two texts', () => {
    expect(editBetween('abcdef', 'abXYef')).toEqual({ at: 2, removed: 2, inserted: 2 });
    expect(editBetween('abc', 'abc')).toEqual({ at: 3, removed: 0, inserted: 0 });
    expect(editBetween('aaa', 'aaaa')).toEqual({ at: 3, removed: 0, inserted: 1 });
    expect(editBetween('', 'new text')).toEqual({ at: 0, removed: 0, inserted: 8 });
  });
});

describe('locateQuote', () => {
  const twice = 'THAAD here. And THAAD there.';

  it('keeps the range it was given when the words are still there', () => {
    expect(locateQuote(twice, 'THAAD', { start: 16, end: 21 })).toEqual({ start: 16, end: 21 });
  });

  it('finds the occurrence nearest to where the quote was, when the text moved', () => {
    expect(locateQuote(twice, 'THAAD', { start: 14, end: 19 })).toEqual({ start: 16, end: 21 });
    expect(locateQuote(twice, 'THAAD')).toEqual({ start: 0, end: 5 });
  });

  it('finds nothing for words the source does not hold', () => {
    expect(locateQuote(twice, 'Patriot')).toBeUndefined();
    expect(locateQuote(twice, '')).toBeUndefined();
  });
});

describe('a quote the checker accepts that is not the text\'s very characters', () => {
  const source = 'He said  that Washington\u2019s plans\u00a0were \u201cdangerous\u201d. Then he left.';

  it('is found as the checker compares, and its range covers the text\'s own characters', () => {
    const r = locateQuote(source, 'Washington\'s plans were "dangerous"');
    expect(r && source.slice(r.start, r.end)).toBe('Washington\u2019s plans\u00a0were \u201cdangerous\u201d');
  });

  it('takes a run of spaces in the text as the one space of the quote', () => {
    const r = locateQuote(source, 'He said that');
    expect(r && source.slice(r.start, r.end)).toBe('He said  that');
  });

  it('is not found when a word differs', () => {
    expect(locateQuote(source, 'Washington\'s plans were "safe"')).toBeUndefined();
  });
});
