import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/draft/sentences.ts';

describe('an article’s sentences', () => {
  it('end at a full stop, but not at an abbreviation or an initial', () => {
    const text = 'The U.S. has repeatedly dismissed the fears. Mr. Geng warned Seoul. It ended.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['The U.S. has repeatedly dismissed the fears.', 'Mr. Geng warned Seoul.', 'It ended.']);
  });

  it('end after "U.S." when a new sentence plainly starts', () => {
    expect(splitSentences('They accused the U.S. The talks failed.').map((s) => s.text)).toEqual(['They accused the U.S.', 'The talks failed.']);
    expect(splitSentences('It was dismissed by the U.S. China said it would respond.').map((s) => s.text)).toEqual(['It was dismissed by the U.S.', 'China said it would respond.']);
    expect(splitSentences('The U.S. President and U.S. Navy left.')).toHaveLength(1);
    expect(splitSentences('The U.S. NATO ambassador and the U.S. UN envoy left.')).toHaveLength(1);
  });

  it('end at a line break, keep closing quotes, and know their offsets', () => {
    const text = 'A headline\nHe said it was “a threat.” Then he left.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['A headline', 'He said it was “a threat.”', 'Then he left.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
