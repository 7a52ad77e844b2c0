import { describe, expect, it } from 'vitest';
import { readDateCell } from '../../../src/core/sheets/cellDates.ts';

describe('a date cell', () => {
  it('takes the format’s dates, qualifiers in any case', () => {
    expect(readDateCell('2017-03-01')).toEqual({ value: '2017-03-01' });
    expect(readDateCell('2017-08 planned')).toEqual({ value: '2017-08 planned' });
    expect(readDateCell('2016 Approximate')).toEqual({ value: '2016 approximate' });
  });

  it('refuses a day and month that could be read either way, showing both spellings', () => {
    expect(readDateCell('01/03/2017')).toEqual({ problem: '"01/03/2017" is ambiguous (1 March or 3 January 2017): write 2017-03-01 or 2017-01-03' });
    expect(readDateCell('1.3.2017 before')).toEqual({ problem: '"1.3.2017" is ambiguous (1 March or 3 January 2017): write 2017-03-01 before or 2017-01-03 before' });
  });

  it('refuses a day and month that can be read one way only, with that spelling', () => {
    expect(readDateCell('28/02/2017')).toEqual({ problem: '"28/02/2017": write dates as YYYY-MM-DD, here 2017-02-28' });
    expect(readDateCell('2/28/2017')).toEqual({ problem: '"2/28/2017": write dates as YYYY-MM-DD, here 2017-02-28' });
    expect(readDateCell('3/3/2017')).toEqual({ problem: '"3/3/2017": write dates as YYYY-MM-DD, here 2017-03-03' });
  });

  it('gives the spelling of other forms spreadsheets write', () => {
    expect(readDateCell('2017/3/1')).toEqual({ problem: '"2017/3/1": write 2017-03-01' });
    expect(readDateCell('2017-3')).toEqual({ problem: '"2017-3": write 2017-03' });
    expect(readDateCell('2017-03-01 00:00:00')).toEqual({ problem: '"2017-03-01 00:00:00": write the day alone, 2017-03-01' });
    expect(readDateCell('2017-03-01T09:30Z')).toEqual({ problem: '"2017-03-01T09:30Z": write the day alone, 2017-03-01' });
    expect(readDateCell('Mar-17')).toEqual({ problem: '"Mar-17": write 2017-03' });
    expect(readDateCell('March 2017 planned')).toEqual({ problem: '"March 2017": write 2017-03 planned' });
    expect(readDateCell('1 March 2017')).toEqual({ problem: '"1 March 2017": write 2017-03-01' });
    expect(readDateCell('March 1, 2017')).toEqual({ problem: '"March 1, 2017": write 2017-03-01' });
  });

  it('recognises a spreadsheet’s day number', () => {
    expect(readDateCell('42795')).toEqual({ problem: '"42795" looks like a spreadsheet\'s day number for 2017-03-01: write 2017-03-01, in a column formatted as text' });
  });

  it('leaves anything else to the checker, which says what a date looks like', () => {
    expect(readDateCell('soon')).toEqual({ value: 'soon' });
    expect(readDateCell('Marchember 2017')).toEqual({ value: 'Marchember 2017' });
  });
});
