import { describe, expect, it } from 'vitest';
import { readStoryText } from '../../src/core/validation/readStoryText.ts';
import { generateStory } from './generateStory.ts';

describe('the benchmark\'s story generator', () => {
  it.each([100, 1000, 10000])('makes a valid story of %i stances and events', (n) => {
    const story = generateStory(n);
    expect([story.stances.length, story.events.length]).toEqual([n, n]);
    const r = readStoryText(JSON.stringify(story));
    expect(r.ok ? [] : r.errors.slice(0, 5)).toEqual([]);
  });

  it('is deterministic for a seed', () => {
    expect(JSON.stringify(generateStory(100, 7))).toBe(JSON.stringify(generateStory(100, 7)));
    expect(JSON.stringify(generateStory(100, 7))).not.toBe(JSON.stringify(generateStory(100, 8)));
  });
});
