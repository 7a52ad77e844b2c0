import { describe, expect, it } from 'vitest';
import type { Story } from '../../../src/core/schema/story.schema.ts';
import { storySheets } from '../../../src/core/sheets/exportSheets.ts';
import { importSheets } from '../../../src/core/sheets/importSheets.ts';
import { formatSheetProblem } from '../../../src/core/sheets/sheetProblems.ts';
import { validateStory } from '../../../src/core/validation/validateStory.ts';
import { minimalStory } from '../../support/minimalStory.ts';

type Files = Map<string, string>;

function sheetsOf(story: Story = minimalStory()): Files {
  return new Map(storySheets(story).map((f) => [f.name, f.text.replace(/^\uFEFF/, '')]));
}

function edit(files: Files, name: string, change: (text: string) => string): Files {
  return new Map(files).set(name, change(files.get(name) ?? ''));
}

function read(files: Files): ReturnType<typeof importSheets> {
  return importSheets([...files].map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) })), validateStory);
}

const told = (files: Files): string[] => read(files).problems.map(formatSheetProblem);

describe('a story from sheets', () => {
  it('comes back equal from its own export', () => {
    const result = read(sheetsOf());
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.story).toEqual(minimalStory());
  });

  it('tells a checker’s problem by sheet, row and column, then by story path', () => {
    const files = edit(sheetsOf(), 'stances.csv', (t) => t.replace('s1,china,thaad', 's1,china,chna'));
    expect(told(files)).toEqual(['stances.csv row 2, column "to": unknown actor or place "chna" (stances[0].to)']);
  });

  it('matches headers whatever their case and spacing', () => {
    const files = edit(sheetsOf(), 'places.csv', (t) => t.replace('id,name,local:zh,lon,lat,kind', 'ID, Name ,LOCAL:zh,Longitude,LAT,Kind'));
    expect(read(files).story).toEqual(minimalStory());
  });

  it('tells a renamed header once, with the name it should have, and not as a missing value on every row', () => {
    const files = edit(sheetsOf(), 'stances.csv', (t) => t.replace('id,from,to', 'id,frm,to'));
    expect(told(files)).toEqual([
      'stances.csv: no column "from" (every stance needs one)',
      'stances.csv row 1, column "frm": unknown column: did you mean "from"? Not read until then',
    ]);
  });

  it('reports an unknown column rather than dropping it, and says what the sheet takes', () => {
    const files = edit(sheetsOf(), 'areas.csv', (t) => t.replace(/\n/, ',colour\n').replace(/(range,Range,.*)\n/, '$1,red\n'));
    expect(told(files)).toEqual([
      'areas.csv row 1, column "colour": unknown column, so its values are not read (this sheet\'s columns are id, name, kind, place, radiusKm, altitudeKm, start, end, description, quote, context, source1_url, source1_title…)',
    ]);
  });

  it('refuses values under a blank header, and ignores a blank column a spreadsheet left behind', () => {
    const values = edit(sheetsOf(), 'actors.csv', (t) => t.replace(/\n/, ',\n').replace('china,China,state,beijing,,,,,,', 'china,China,state,beijing,,,,,,,oops'));
    expect(told(values)).toEqual(['actors.csv row 1, column K: values under a blank header: name the column, or delete it (or does a value hold a comma without quotes?)']);
    const leftover = edit(sheetsOf(), 'actors.csv', (t) => t.split('\n').map((l) => (l === '' ? l : `${l},,`)).join('\n'));
    expect(read(leftover).story).toEqual(minimalStory());
  });

  it('skips entirely empty rows, and numbers rows as the spreadsheet does', () => {
    const files = edit(sheetsOf(), 'places.csv', (t) => t.replace('\nseongju', '\n,,,,,,,,\n   ,\nseongju').replace('128.15', 'east'));
    expect(told(files)).toEqual(['places.csv row 5, column "lon": "east" is not a number (write it as 128.154 or 128,154) (places[1].coordinates[0])']);
  });

  it('reads a semicolon file with decimal commas, as European spreadsheet software saves it', () => {
    const files = edit(sheetsOf(), 'places.csv', (t) => t.replace(/,/g, ';').replace(/(\d+)\.(\d+)/g, '$1,$2'));
    expect(files.get('places.csv')).toContain('beijing;Beijing;北京;116,4;39,9;capital');
    expect(read(files).story).toEqual(minimalStory());
  });

  it('reads numbers in scientific notation', () => {
    const files = edit(sheetsOf(), 'places.csv', (t) => t.replace('116.4,39.9', '1.164E+02,3.99E+01'));
    expect(read(files).story).toEqual(minimalStory());
  });

  it('refuses a European date with the reason and the format’s spelling', () => {
    const files = edit(sheetsOf(), 'events.csv', (t) => t.replace('2017-02-28', '01/03/2017'));
    expect(told(files)).toEqual(['events.csv row 2, column "date": "01/03/2017" is ambiguous (1 March or 3 January 2017): write 2017-03-01 or 2017-01-03 (events[0].date)']);
  });

  it('asks for both coordinates when one is blank', () => {
    const files = edit(sheetsOf(), 'places.csv', (t) => t.replace('128.15,35.99', '128.15,'));
    expect(told(files)).toEqual(['places.csv row 3, column "lat": blank, while the others are filled: a place needs both "lon" and "lat" (places[1].coordinates)']);
  });

  it('tells a required value left blank at its cell', () => {
    const files = edit(sheetsOf(), 'stances.csv', (t) => t.replace(',opposition to THAAD', ','));
    expect(told(files)).toEqual(['stances.csv row 2, column "quote": missing required field (a stance needs id, from, to, type, start and quote) (stances[0].quote)']);
  });

  it('gives one message for a file that is not CSV, and holds back what would follow from its absence', () => {
    const files = edit(sheetsOf(), 'stances.csv', () => 'PK\u0003\u0004 [Content_Types].xml xl/workbook.xml');
    const result = read(files);
    expect(result.problems.map(formatSheetProblem)).toEqual(['stances.csv: an Excel workbook, not CSV: save each sheet as “CSV UTF-8”']);
    expect(result.value.places).toEqual(minimalStory().places);
  });

  it('names a missing sheet without a cascade of missing lists', () => {
    const files = sheetsOf();
    files.delete('events.csv');
    expect(told(files)).toEqual(['events.csv: missing: a story needs this sheet, even if it holds only its header row']);
  });

  it('takes the article from article.txt, and refuses it given twice', () => {
    const story = minimalStory();
    story.meta.source.text = 'Beijing’s opposition to THAAD, and the land swap.\nA second line, "quoted".';
    const files = sheetsOf(story);
    expect([...files.keys()]).toContain('article.txt');
    expect(read(files).story).toEqual(story);
    const twice = edit(files, 'meta.csv', (t) => `${t}source_text,again\n`);
    expect(told(twice)).toEqual(['article.txt: the article is given twice, here and under the key "source_text" in meta.csv: keep one']);
  });

  it('tells meta.csv’s problems by key', () => {
    const files = edit(sheetsOf(), 'meta.csv', (t) => t.replace('language,en\n', 'langauge,en\n').replace('2017-03-01', '1 March 2017'));
    expect(told(files)).toEqual([
      'meta.csv row 5, key "langauge": unknown key: did you mean "language"? Not read until then',
      'meta.csv row 9, key "source_published": "1 March 2017": write 2017-03-01 (meta.source.published)',
      'meta.csv: no key "language" (a story needs one)',
    ]);
  });

  it('reads meta.csv without its header row', () => {
    const files = edit(sheetsOf(), 'meta.csv', (t) => t.replace('key,value\n', ''));
    expect(read(files).story).toEqual(minimalStory());
  });

  it('keeps the first thousand problems and counts the rest', () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `x${i},china,thaad,opposes,soon-${i},,q,,,,,`).join('\n');
    const files = edit(sheetsOf(), 'stances.csv', (t) => `${t}${rows}\n`);
    const problems = read(files).problems;
    expect(problems).toHaveLength(1001);
    expect(problems[0] && formatSheetProblem(problems[0])).toMatch(/^stances\.csv row 3, column "start": invalid date "soon-0"/);
    expect(problems[1000]).toMatchObject({ message: 'and 500 more problems', more: 500 });
  });

  it('passes a local name keyed "__proto__" to the checker as a key, never as a prototype', () => {
    const files = edit(sheetsOf(), 'places.csv', (t) => t.replace('local:zh', 'local:__proto__'));
    expect(told(files)).toEqual(['places.csv row 2, column "local:__proto__": the key "__proto__" is not allowed (places[0].localNames["__proto__"])']);
    const names = (read(files).value.places as { localNames: object }[])[0]?.localNames ?? {};
    expect(Object.hasOwn(names, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(names)).toBe(Object.prototype);
  });

  it('reads sources from numbered columns, a number left out leaving no gap', () => {
    const files = edit(sheetsOf(), 'actors.csv', (t) => t.replace('source1_url,source1_title', 'source2_url,source2_title').replace('geng,Geng Shuang,person,beijing,china,Spokesman,,,,', 'geng,Geng Shuang,person,beijing,china,Spokesman,,,https://example.com/g,G'));
    expect((read(files).story?.actors[1] as { sources?: unknown }).sources).toEqual([{ url: 'https://example.com/g', title: 'G' }]);
  });

  it('tells a column of a pair the sheet lacks once, not on every row', () => {
    const files = edit(sheetsOf(), 'places.csv', (t) => t.replace(',lat,', ',latitude_deg,'));
    expect(told(files)).toEqual([
      'places.csv: no column "lat" (every place needs one)',
      'places.csv row 1, column "latitude_deg": unknown column, so its values are not read (this sheet\'s columns are id, name, lon, lat, kind, description, context, local:ko…, source1_url, source1_title…)',
    ]);
    const view = edit(sheetsOf(), 'scenes.csv', () => 'id,title,date,focus,view_west,view_south,view_east\nsc1,Start,2017-03-01,china; s1,100,20,140\n');
    expect(told(view)).toEqual(['scenes.csv: no column "view_north" ("view_west", "view_south", "view_east" and "view_north" go together)']);
  });

  it('goes on telling every row’s problems when a stray file or a second copy is given too', () => {
    const files = edit(sheetsOf(), 'stances.csv', (t) => t.replace('s1,china,thaad', 's1,china,chna')).set('notes.csv', 'a,b\n');
    expect(told(files)).toEqual([
      'stances.csv row 2, column "to": unknown actor or place "chna" (stances[0].to)',
      'notes.csv: not one of a story’s sheets (meta.csv, places.csv, actors.csv, stances.csv, events.csv, areas.csv, scenes.csv)',
    ]);
  });

  it('says a key given twice in meta.csv as a key', () => {
    const files = edit(sheetsOf(), 'meta.csv', (t) => `${t}title,Another\n`);
    expect(told(files)).toEqual(['meta.csv row 11, key "title": a second "title" key: only one is read, so delete one']);
  });

  it('stops reading a sheet of endless blank rows, and a header of endless columns, with one message each', () => {
    const rows = edit(sheetsOf(), 'stances.csv', (t) => `${t}${',,,\n'.repeat(110_000)}`);
    expect(told(rows)).toEqual(['stances.csv: more than 101,000 rows, more than a story may hold: only those were read']);
    const wide = edit(sheetsOf(), 'actors.csv', (t) => t.replace(/\n/, `${','.repeat(40_000)}\n`));
    expect(told(wide)).toEqual(['actors.csv row 1: more than 200 columns: only the first 200 are read']);
  });

  it('reads an article that starts like markup as text', () => {
    const story = minimalStory();
    story.meta.source.text = '<p>{"an article"} on opposition to THAAD, and the land swap.</p>';
    expect(read(sheetsOf(story)).story).toEqual(story);
  });
});
