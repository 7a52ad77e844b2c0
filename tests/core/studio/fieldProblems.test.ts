import { describe, expect, it } from 'vitest';
import { fieldProblems } from '../../../src/core/studio/fieldProblems.ts';

const problems = fieldProblems([
  { path: 'meta.title', message: 'must not be empty' },
  { path: 'stances[1].from', message: 'unknown actor "chna"' },
  { path: 'stances[1]', message: 'an event needs id' },
  { path: 'stances[10].to', message: 'unknown actor "x"' },
]);

describe('the checker\'s problems at the studio\'s fields', () => {
  it('gives a field its own problems, as the CLI prints them', () => {
    expect(problems.at('stances[1].from')).toEqual(['stances[1].from: unknown actor "chna"']);
    expect(problems.at('stances[1].to')).toEqual([]);
  });

  it('counts the problems inside an item, and not those of an item whose index starts the same', () => {
    expect(problems.countUnder('stances[1]')).toBe(2);
    expect(problems.countUnder('meta')).toBe(1);
  });
});
