import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../src/core/studio/sentence.ts';

const text = 'Moscow spoke first. On Tuesday, Beijing said it would oppose the deployment. Seoul did not answer.';

describe('the sentence a quote stands in', () => {
  it('runs from the end of the sentence before to the end of its own', () => {
    const start = text.indexOf('Beijing');
    const r = sentenceAround(text, { start, end: start + 'Beijing said'.length });
    expect(text.slice(r.start, r.end)).toBe('On Tuesday, Beijing said it would oppose the deployment.');
  });

  it('takes in every sentence a long quote spans, and ends at the text\'s end', () => {
    const start = text.indexOf('oppose');
    const r = sentenceAround(text, { start, end: text.length - 3 });
    expect(text.slice(r.start, r.end)).toBe('On Tuesday, Beijing said it would oppose the deployment. Seoul did not answer.');
  });

  it('treats a blank line as the end of a sentence (a headline has no full stop)', () => {
    const t = 'THAAD arrives\n\nThe first parts came on Monday';
    const start = t.indexOf('first');
    expect(t.slice(...Object.values(sentenceAround(t, { start, end: start + 5 })) as [number, number])).toBe('The first parts came on Monday');
  });
});
