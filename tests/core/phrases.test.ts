import { describe, expect, it } from 'vitest';
import { nextPagePhrase } from '../../src/core/phrases.ts';

describe('nextPagePhrase', () => {
  it('offers a page of what is left, or what is left when it is less', () => {
    expect(nextPagePhrase('more', 144, 50)).toBe('Show 50 more of 144');
    expect(nextPagePhrase('earlier', 7, 50)).toBe('Show 7 earlier of 7');
  });

  it('says nothing when nothing is left, never a count below one', () => {
    expect(nextPagePhrase('more', 0, 50)).toBe('');
    expect(nextPagePhrase('earlier', -144, 50)).toBe('');
  });
});
