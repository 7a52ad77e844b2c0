import { describe, expect, it } from 'vitest';
import { isBriefingKey, readSceneMessage } from '../../src/core/sceneMessage.ts';

describe('readSceneMessage', () => {
  it('reads a scene within the briefing and a whole positive change counter', () => {
    expect(readSceneMessage({ type: 'scene', index: 3, at: 1_800_000_000_000 }, 8)).toEqual({ type: 'scene', index: 3, at: 1_800_000_000_000 });
  });

  it.each([
    ['a scene past the last', { type: 'scene', index: 8, at: 1 }],
    ['a negative scene', { type: 'scene', index: -1, at: 1 }],
    ['a fractional scene', { type: 'scene', index: 1.5, at: 1 }],
    ['an infinite counter', { type: 'scene', index: 1, at: Infinity }],
    ['a counter of NaN', { type: 'scene', index: 1, at: NaN }],
    ['a fractional counter', { type: 'scene', index: 1, at: 1.5 }],
    ['a counter past the safe integers', { type: 'scene', index: 1, at: 2 ** 60 }],
    ['a zero counter', { type: 'scene', index: 1, at: 0 }],
    ['a counter as text', { type: 'scene', index: 1, at: '99' }],
    ['another type', { type: 'select', index: 1, at: 1 }],
    ['null', null],
    ['an array', [1, 2]],
  ])('ignores %s', (_what, data) => {
    expect(readSceneMessage(data, 8)).toBeUndefined();
  });
});

describe('isBriefingKey', () => {
  it('accepts 32 lower-case hexadecimal digits and nothing else', () => {
    expect(isBriefingKey('0123456789abcdef0123456789abcdef')).toBe(true);
    for (const v of ['', 'China and Russia join forces against THAAD', '0123456789ABCDEF0123456789ABCDEF', '0123456789abcdef', null, undefined]) {
      expect(isBriefingKey(v)).toBe(false);
    }
  });
});
