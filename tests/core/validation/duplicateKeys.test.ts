import { describe, expect, it } from 'vitest';
import { duplicateKeys } from '../../../src/core/validation/duplicateKeys.ts';
import type { ValidationError } from '../../../src/core/validation/errors.ts';

function repeated(text: string): ValidationError[] {
  const found: ValidationError[] = [];
  duplicateKeys(text, found);
  return found;
}

describe('duplicateKeys', () => {
  it('finds nothing in a file whose objects each name a key once', () => {
    expect(repeated('{"a": {"a": 1, "b": [{"a": 1}, {"a": 2}]}, "b": "a"}')).toEqual([]);
  });

  it('reports a key given twice in one object at its path', () => {
    expect(repeated('{"stances": [{"id": "s0"}, {"id": "s1", "type": "supports", "type": "opposes"}]}')).toEqual([
      { path: 'stances[1].type', message: 'duplicate key "type" (only its last value is read)' },
    ]);
  });

  it('reads keys written with escapes as the key they spell', () => {
    expect(repeated('{"places": [{"name": 1, "n\\u0061me": 2}]}')).toEqual([
      { path: 'places[0].name', message: 'duplicate key "name" (only its last value is read)' },
    ]);
  });

  it('is not misled by quotes, braces and commas inside strings', () => {
    expect(repeated('{"a": "\\"}, {\\"a\\": [", "b": "x\\\\", "c": 1}')).toEqual([]);
  });

  it('counts array items across nested arrays and objects', () => {
    expect(repeated('{"x": [[1, {"k": 1}], {"k": [1, 2], "k": 3}]}')).toEqual([
      { path: 'x[1].k', message: 'duplicate key "k" (only its last value is read)' },
    ]);
  });
});
