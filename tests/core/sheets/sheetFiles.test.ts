import { describe, expect, it } from 'vitest';
import { sheetOfName, sortFiles } from '../../../src/core/sheets/sheetFiles.ts';

const file = (name: string): { name: string; bytes: Uint8Array } => ({ name, bytes: new Uint8Array() });
const all = ['meta.csv', 'places.csv', 'actors.csv', 'stances.csv', 'events.csv'].map(file);

describe('a file’s name', () => {
  it('names its sheet however spreadsheets and browsers wrote it', () => {
    expect(sheetOfName('stances.csv').sheet).toBe('stances');
    expect(sheetOfName('STANCES.CSV').sheet).toBe('stances');
    expect(sheetOfName('THAAD story - stances.csv').sheet).toBe('stances');
    expect(sheetOfName('stances (1).csv').sheet).toBe('stances');
    expect(sheetOfName('folder/places.tsv').sheet).toBe('places');
    expect(sheetOfName('article.txt').sheet).toBe('article');
    expect(sheetOfName('stances.xlsx').sheet).toBeUndefined();
  });
});

describe('a set of files', () => {
  it('is sorted into sheets and the article, leaving other files alone', () => {
    const sorted = sortFiles([...all, file('scenes.csv'), file('article.txt'), file('README.md'), file('.DS_Store'), file('__MACOSX/._meta.csv')]);
    expect([...sorted.sheets.keys()]).toEqual(['meta', 'places', 'actors', 'stances', 'events', 'scenes']);
    expect(sorted.article?.name).toBe('article.txt');
    expect(sorted.ignored).toEqual(['README.md']);
    expect(sorted.problems).toEqual([]);
  });

  it('says which needed sheet is missing, which CSV is not a sheet, and which sheet came twice', () => {
    const sorted = sortFiles([file('meta.csv'), file('places.csv'), file('stance.csv'), file('events.csv'), file('Story - events.csv'), file('story.json')]);
    expect(sorted.problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'stance.csv: not one of a story’s sheets (meta.csv, places.csv, actors.csv, stances.csv, events.csv, areas.csv, scenes.csv): did you mean "stances.csv"?',
      'Story - events.csv: a second file for events.csv (the first is "events.csv"): give only one',
      'story.json: a story file among sheets: open it on its own, or the sheets without it',
      'actors.csv: missing: a story needs this sheet, even if it holds only its header row',
      'stances.csv: missing: a story needs this sheet, even if it holds only its header row',
    ]);
  });
});
