import { describe, expect, it } from 'vitest';
import { pathToString, valueAt } from '../../../src/core/validation/errors.ts';

describe('error paths', () => {
  it('writes array indexes in brackets and keys with dots', () => {
    expect(pathToString(['stances', 3, 'from'])).toBe('stances[3].from');
  });

  it('quotes keys that are not identifiers', () => {
    expect(pathToString(['places', 0, 'localNames', 'zh-Hans'])).toBe('places[0].localNames["zh-Hans"]');
  });

  it('names the root', () => {
    expect(pathToString([])).toBe('(root)');
  });

  it('reads values by own keys only, never through the prototype', () => {
    expect(valueAt({ a: [1, { b: 2 }] }, ['a', 1, 'b'])).toBe(2);
    expect(valueAt({}, ['constructor'])).toBeUndefined();
  });
});
