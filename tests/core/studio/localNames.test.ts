import { describe, expect, it } from 'vitest';
import { formatLocalNames, parseLocalNames } from '../../../src/core/studio/localNames.ts';

describe('local names typed on one line', () => {
  it('read as language and name, in any script', () => {
    expect(parseLocalNames('ko: 성주군, zh-Hant: 星州郡; ru = Сонджу')).toEqual({ names: { ko: '성주군', 'zh-Hant': '星州郡', ru: 'Сонджу' }, unread: [] });
  });

  it('name the parts that are not "language: name"', () => {
    expect(parseLocalNames('ko: 서울, Seoul')).toEqual({ names: { ko: '서울' }, unread: ['Seoul'] });
  });

  it('are written back the way they are read', () => {
    const names = { ko: '성주군', ja: '星州' };
    expect(parseLocalNames(formatLocalNames(names)).names).toEqual(names);
    expect(formatLocalNames(undefined)).toBe('');
  });
});
