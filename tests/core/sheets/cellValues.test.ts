import { describe, expect, it } from 'vitest';
import { escapeFormula, readBoolean, readCell, readIds, readNumber, unescapeFormula, writeCell } from '../../../src/core/sheets/cellValues.ts';

describe('a number cell', () => {
  it('reads the format’s spelling, a sign and scientific notation', () => {
    expect(readNumber('128.154')).toEqual({ value: 128.154 });
    expect(readNumber('-77.037')).toEqual({ value: -77.037 });
    expect(readNumber('+5')).toEqual({ value: 5 });
    expect(readNumber('.5')).toEqual({ value: 0.5 });
    expect(readNumber('1.28154E+02')).toEqual({ value: 128.154 });
    expect(readNumber('3.5989e1')).toEqual({ value: 35.989 });
    expect(readNumber('1,28154E+02')).toEqual({ value: 128.154 });
  });

  it('reads a decimal comma, as spreadsheets in much of Europe write it', () => {
    expect(readNumber('128,1')).toEqual({ value: 128.1 });
    expect(readNumber('-0,500')).toEqual({ value: -0.5 });
    expect(readNumber('35,9891')).toEqual({ value: 35.9891 });
  });

  it('takes the one reading of "35,989" that fits the column, and refuses one where both fit', () => {
    expect(readNumber('35,989', [-90, 90])).toEqual({ value: 35.989 });
    expect(readNumber('1,500', [0, 20000])).toEqual({ problem: '"1,500" is ambiguous: write 1500 or 1.5' });
    expect(readNumber('1,500')).toEqual({ problem: '"1,500" is ambiguous: write 1500 or 1.5' });
  });

  it('reads thousands separators once two kinds, or repeats, make them certain', () => {
    expect(readNumber('1,234.5')).toEqual({ value: 1234.5 });
    expect(readNumber('1.234,5')).toEqual({ value: 1234.5 });
    expect(readNumber('1,234,567')).toEqual({ value: 1234567 });
    expect(readNumber('12 000')).toEqual({ value: 12000 });
    expect(readNumber('12\u202f000,5')).toEqual({ value: 12000.5 });
  });

  it('says what is not a number, with the spelling to use', () => {
    expect(readNumber('about 200')).toEqual({ problem: '"about 200" is not a number (write it as 128.154 or 128,154)' });
    expect(readNumber('NaN')).toEqual({ problem: '"NaN" is not a number (write it as 128.154 or 128,154)' });
    expect(readNumber('Infinity')).toEqual({ problem: '"Infinity" is not a number (write it as 128.154 or 128,154)' });
    expect(readNumber('  ')).toEqual({ blank: true });
  });
});

describe('a true-or-false cell', () => {
  it('takes the words spreadsheets and people write', () => {
    for (const w of ['true', 'TRUE', 'yes', 'Y', '1', 'x']) expect(readBoolean(w)).toEqual({ value: true });
    for (const w of ['false', 'FALSE', 'no', 'N', '0']) expect(readBoolean(w)).toEqual({ value: false });
  });

  it('refuses anything else', () => {
    expect(readBoolean('maybe')).toEqual({ problem: '"maybe" is neither true nor false (write true, or leave it blank)' });
  });
});

describe('an id list cell', () => {
  it('splits on semicolons, and on commas, spaces and line breaks, which no id holds', () => {
    expect(readIds('seoul; beijing')).toEqual(['seoul', 'beijing']);
    expect(readIds('seoul,beijing\nmoscow  tokyo;')).toEqual(['seoul', 'beijing', 'moscow', 'tokyo']);
    expect(readIds(';;')).toEqual([]);
  });
});

describe('formula-looking text', () => {
  it('is written after an apostrophe, so a spreadsheet never runs it', () => {
    expect(escapeFormula('=HYPERLINK("http://evil.example")')).toBe('\'=HYPERLINK("http://evil.example")');
    for (const start of ['+', '-', '@', '\t', '\r']) expect(escapeFormula(`${start}1`)).toBe(`'${start}1`);
    expect(escapeFormula('Seoul')).toBe('Seoul');
  });

  it('reads back exactly, an apostrophe of the text’s own included', () => {
    for (const text of ['=1+1', "'=1+1", "''-x", "'plain", 'plain', '-']) {
      expect(unescapeFormula(escapeFormula(text))).toBe(text);
    }
  });

  it('is not escaped when it is a number the story holds', () => {
    expect(writeCell(-77.037, 'number')).toBe('-77.037');
    expect(readCell("'-77.037", 'number')).toEqual({ value: -77.037 });
  });
});

describe('a cell by its column’s kind', () => {
  it('keeps text as written and trims the rest', () => {
    expect(readCell('  a quote, with spaces ', 'text')).toEqual({ value: '  a quote, with spaces ' });
    expect(readCell(' china ', 'token')).toEqual({ value: 'china' });
    expect(readCell(' 2017-03 ', 'date')).toEqual({ value: '2017-03' });
    expect(readCell('', 'text')).toEqual({ blank: true });
    expect(readCell('  ', 'ids')).toEqual({ blank: true });
  });

  it('writes id lists with "; " and leaves absent values blank', () => {
    expect(writeCell(['a', 'b'], 'ids')).toBe('a; b');
    expect(writeCell(undefined, 'text')).toBe('');
    expect(writeCell(true, 'boolean')).toBe('true');
  });
});
