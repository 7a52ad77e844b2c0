import { describe, expect, it, vi } from 'vitest';
import { readStoryText } from '../../../src/core/validation/readStoryText.ts';
import { minimalStory } from '../../support/minimalStory.ts';

// A checker that breaks in a way nobody foresaw: the caller still gets an answer.
vi.mock('../../../src/core/validation/validateStory.ts', () => ({
  checkStory: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

describe('readStoryText when the check itself breaks', () => {
  it('answers with a visible error instead of throwing', () => {
    expect(readStoryText(JSON.stringify(minimalStory()))).toEqual({
      ok: false,
      errors: [{ path: '(file)', message: 'the file could not be checked (RangeError: Maximum call stack size exceeded)' }],
    });
  });
});
