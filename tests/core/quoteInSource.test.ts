import { describe, expect, it } from 'vitest';
import { comparable, quoteFinder } from '../../src/core/quoteInSource.ts';

const ARTICLE = 'Beijing has repeatedly urged Seoul and Washington to abandon their plans\n  to deploy the THAAD system. “It won’t help,” he said — twice.';

describe('quoteFinder', () => {
  const found = quoteFinder(ARTICLE);

  it('finds words that are in the article, across a line break', () => {
    expect(found('urged Seoul and Washington to abandon their plans to deploy the THAAD system')).toBe(true);
  });

  it('takes straight and typographic quotation marks, apostrophes and dashes as the same', () => {
    expect(found('"It won\'t help," he said - twice')).toBe(true);
  });

  it('refuses words that were changed, however little', () => {
    expect(found('urged Seoul and Washington to abandon their plan')).toBe(true);
    expect(found('urged Seoul and Washington to drop their plans')).toBe(false);
    expect(found('beijing has repeatedly urged')).toBe(false);
  });

  it('refuses an empty or blank quote', () => {
    expect(found('')).toBe(false);
    expect(found('   ')).toBe(false);
  });
});

describe('comparable', () => {
  it('makes white-space runs one space and trims the ends', () => {
    expect(comparable('  a \n\t b\u00a0c  ')).toBe('a b c');
  });
});
