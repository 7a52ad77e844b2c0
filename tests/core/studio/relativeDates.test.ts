import { describe, expect, it } from 'vitest';
import { datesIn } from '../../../src/core/studio/relativeDates.ts';

// The THAAD article was published on Wednesday 1 March 2017.
const PUBLISHED = '2017-03-01';
const dateOf = (text: string): string[] => datesIn(text, PUBLISHED).map((d) => d.date);

describe('dates in an article, resolved against its publication day', () => {
  it('takes a weekday alone as the latest such day on or before publication, to the day', () => {
    expect(dateOf('Lotte signed the deal on Tuesday.')).toEqual(['2017-02-28']);
    expect(dateOf('The ministry spoke on Friday.')).toEqual(['2017-02-24']);
    expect(dateOf('It happened on Wednesday.')).toEqual(['2017-03-01']);
  });

  it('takes "next" with a weekday as the coming one, planned', () => {
    expect(dateOf('Talks resume next Friday.')).toEqual(['2017-03-03 planned']);
  });

  it('gives "last month" as a month and "next year" as a year, planned', () => {
    expect(dateOf('Seoul agreed last month.')).toEqual(['2017-02']);
    expect(dateOf('Deployment is due next year.')).toEqual(['2018 planned']);
  });

  it('makes "by August" a date the thing happened by, at month precision', () => {
    expect(dateOf('The system will be operational by August.')).toEqual(['2017-08 before']);
  });

  it('makes "about" a date approximate', () => {
    expect(dateOf('It began about 2016.')).toEqual(['2016 approximate']);
  });

  it('reads plain dates at the precision they are written', () => {
    expect(dateOf('On 28 February the land swap was signed; in 2016 Trump spoke; in July 2016 Seoul chose Seongju.')).toEqual(['2017-02-28', '2016', '2016-07']);
    expect(dateOf('Yesterday Beijing warned Seoul.')).toEqual(['2017-02-28']);
  });

  it('says where the words are, so the studio can mark them', () => {
    const [found] = datesIn('Seoul agreed last month.', PUBLISHED);
    expect(found && 'Seoul agreed last month.'.slice(found.index, found.index + found.text.length)).toBe(found?.text);
    expect(found?.text).toBe('last month');
  });

  it('finds nothing in words that are not dates, or against a publication day that is not a day', () => {
    expect(dateOf('China opposes THAAD.')).toEqual([]);
    expect(dateOf('It sent in 2000 troops.')).toEqual([]);
    expect(datesIn('on Tuesday', '2017-03')).toEqual([]);
  });
});

describe('the words offered with a date', () => {
  it('end where the date\'s words end, without the comma after them', () => {
    expect(datesIn('On Tuesday, Beijing urged Seoul to drop THAAD.', '2017-03-01')).toEqual([{ text: 'On Tuesday', index: 0, date: '2017-02-28' }]);
  });
});
