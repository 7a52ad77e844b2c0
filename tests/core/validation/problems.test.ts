import { describe, expect, it } from 'vitest';
import { Problems, listedProblems, moreProblems, problemCount } from '../../../src/core/validation/problems.ts';

describe('Problems', () => {
  it('keeps the first problems up to its cap and counts every one', () => {
    const problems = new Problems(2);
    for (let i = 0; i < 5; i++) problems.push({ path: `events[${i}]`, message: 'm' });
    expect(problems.list.map((p) => p.path)).toEqual(['events[0]', 'events[1]']);
    expect(problems.count).toBe(5);
  });

  it('says it is full once what is pushed will only be counted', () => {
    const problems = new Problems(2);
    problems.push({ path: 'a', message: 'm' });
    expect(problems.full).toBe(false);
    problems.push({ path: 'b', message: 'm' });
    expect(problems.full).toBe(true);
  });
});

describe('a list cut short', () => {
  const list = [{ path: 'a', message: 'm' }, moreProblems(139_000)];

  it('ends with an entry that says how many more there are', () => {
    expect(list[1]).toEqual({ path: '(file)', message: 'and 139,000 more problems', more: 139_000 });
    expect(moreProblems(1).message).toBe('and 1 more problem');
  });

  it('stands for the problems listed and those left out', () => {
    expect(problemCount(list)).toBe(139_001);
    expect(listedProblems(list)).toEqual([{ path: 'a', message: 'm' }]);
  });

  it('is counted as it is when nothing was left out', () => {
    expect(problemCount([{ path: 'a', message: 'm' }])).toBe(1);
  });
});
