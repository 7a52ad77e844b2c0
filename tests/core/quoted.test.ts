import { describe, expect, it } from 'vitest';
import { cut, printable, quoted } from '../../src/core/quoted.ts';

describe('quoted', () => {
  it('quotes a short value as JSON does', () => {
    expect(quoted('china')).toBe('"china"');
  });

  it('cuts a long value and marks the cut', () => {
    expect(quoted('x'.repeat(9_000_000))).toBe(`"${'x'.repeat(60)}…"`);
  });

  it('never cuts inside a surrogate pair', () => {
    expect(cut(`${'a'.repeat(59)}😀rest`, 60)).toBe(`${'a'.repeat(59)}…`);
  });

  it('escapes terminal escapes, C1 controls, bidirectional controls and line separators', () => {
    expect(quoted('\u001b]0;pwned\u0007\u009b2J\u202eevil\u2028')).toBe('"\\u001b]0;pwned\\u0007\\u009b2J\\u202eevil\\u2028"');
  });

  it('leaves letters of every script as they are', () => {
    expect(printable('서울 北京 الصين')).toBe('서울 北京 الصين');
  });
});
