import { describe, expect, it } from 'vitest';
import { jsonSyntaxError, syntaxErrorAt } from '../../../src/core/validation/jsonSyntax.ts';

describe('syntaxErrorAt', () => {
  it.each([
    ['{"a": 1}', -1],
    ['[1, 2.5e-3, "x\\u00e9", true, false, null, {}, []]', -1],
    ['{"version": 1,,}', 14],
    ['{"a": 1,}', 8],
    ['[1, 2,]', 6],
    ['{"a" 1}', 5],
    ['{a: 1}', 1],
    ["{'a': 1}", 1],
    ['[01]', 2],
    ['[-]', 2],
    ['[1.]', 3],
    ['"\\x"', 2],
    ['"\\u12G4"', 3],
    ['"a\tb"', 2],
    ['[tru]', 1],
    ['{"a": 1} x', 9],
    ['{"a": [1, 2}', 11],
    ['{"a": 1', 7],
    ['', 0],
  ])('finds the fault in %j at %i', (text, at) => {
    expect(syntaxErrorAt(text)).toBe(at);
  });

  it('finds no fault wherever JSON.parse finds none', () => {
    for (const text of ['0', '-0.5E+2', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', ' \n\t{ "a" : [ ] } \r\n']) {
      expect(() => JSON.parse(text) as unknown).not.toThrow();
      expect(syntaxErrorAt(text)).toBe(-1);
    }
  });
});

describe('jsonSyntaxError', () => {
  it('gives the line and column of a fault deep in a long file, whatever the engine says', () => {
    // Node 20 quotes the end of a long text as ..."xyz" with no position; the position comes from the text.
    const text = `{\n  "meta": "${'x'.repeat(300)}",\n  "places": [1, 2,, 3]\n}`;
    expect(jsonSyntaxError(text)).toBe('not valid JSON at line 3, column 19: "places": [1, 2,, 3]');
  });

  it('points just past the last character of a file that ends too soon', () => {
    expect(jsonSyntaxError('{"version": 1,\n  "meta": {\n\n')).toBe('not valid JSON at line 2, column 12: "meta": {');
  });

  it('shows at most 120 characters of a long line, around the fault', () => {
    const text = `{"a": "${'y'.repeat(500)}" "b": 1}`;
    const message = jsonSyntaxError(text);
    expect(message.startsWith('not valid JSON at line 1, column 510: ')).toBe(true);
    expect(message.length).toBeLessThan(200);
  });

  it('shows control characters in the excerpt escaped', () => {
    expect(jsonSyntaxError('{"a": "\u001b[2J\u001b]0;x\u0007"}')).toBe('not valid JSON at line 1, column 8: {"a": "\\u001b[2J\\u001b]0;x\\u0007"}');
  });
});
