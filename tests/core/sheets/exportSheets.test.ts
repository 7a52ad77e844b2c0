import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../src/core/schema/story.schema.ts';
import { storySheets } from '../../../src/core/sheets/exportSheets.ts';
import { importSheets } from '../../../src/core/sheets/importSheets.ts';
import { packZip } from '../../../src/core/sheets/zipFiles.ts';
import { readStoryText } from '../../../src/core/validation/readStoryText.ts';
import { validateStory } from '../../../src/core/validation/validateStory.ts';
import { minimalStory } from '../../support/minimalStory.ts';
import { thaadStory } from '../../support/thaad.ts';

const encode = (files: readonly { name: string; text: string }[]): { name: string; bytes: Uint8Array }[] =>
  files.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));

const roundTrip = (story: Story): ReturnType<typeof importSheets> => importSheets(encode(storySheets(story)), validateStory);

function storyFile(path: string): Story {
  const r = readStoryText(readFileSync(new URL(path, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(`${path} does not validate`);
  return r.story;
}

describe('a story exported as sheets', () => {
  it.each([
    ['THAAD', () => thaadStory()],
    ['Nord Stream', () => storyFile('../../fixtures/stories/nord-stream.json')],
    ['the minimal story', () => minimalStory()],
  ])('comes back equal when read again: %s', (_, story) => {
    const back = roundTrip(story());
    expect(back.problems).toEqual([]);
    expect(back.story).toEqual(story());
  });

  it('comes back equal with text that spreadsheets and CSV find hard', () => {
    const story = minimalStory();
    story.meta.description = 'Commas, "quotes", ; semicolons;\nline breaks\r\nand\ttabs';
    story.meta.credit = '';
    story.places[0]!.name = ' Beijing, with spaces ';
    story.places[0]!.localNames = { zh: '北京', ar: 'بكين', 'zh-Hant': '北京' };
    story.stances[0]!.quote = '=HYPERLINK("http://evil.example","click")';
    story.stances[0]!.description = "'-already quoted";
    story.stances[0]!.sources = [{ url: 'https://example.com/a?x=1,2' }, { url: 'https://example.com/b', title: '+1 🚀' }];
    story.events[0]!.places = [];
    story.events[0]!.description = '';
    story.places[1]!.coordinates = [-0.000001, 1e-7];
    story.areas![0]!.altitudeKm = 150;
    story.scenes![0]!.view = { center: [127.2, 37.6], zoom: 5.3, bearing: -20, pitch: 10 };
    story.meta.view = { bounds: [[118, 20], [-70, 52]] };
    story.places[1]!.context = false;
    const back = roundTrip(story);
    expect(back.problems).toEqual([]);
    expect(back.story).toEqual(story);
  });

  it('writes formula-looking text after an apostrophe, so no spreadsheet runs it', () => {
    const story = minimalStory();
    story.stances[0]!.quote = '=cmd|"/c calc"!A0';
    const stances = storySheets(story).find((f) => f.name === 'stances.csv')?.text ?? '';
    expect(stances).toContain(`"'=cmd|""/c calc""!A0"`);
  });

  it('starts each sheet with a byte order mark, so Excel reads 北京 as UTF-8', () => {
    for (const f of storySheets(minimalStory()).filter((s) => s.name.endsWith('.csv'))) expect(f.text.startsWith('\uFEFFid,') || f.text.startsWith('\uFEFFkey,value\n')).toBe(true);
  });

  it('has every column of the format, local names beside the name, and sources last', () => {
    const places = storySheets(minimalStory()).find((f) => f.name === 'places.csv')?.text ?? '';
    expect(places.split('\n')[0]).toBe('\uFEFFid,name,local:zh,lon,lat,kind,description,context,source1_url,source1_title');
  });

  it('writes areas.csv and scenes.csv only for a story that has those lists', () => {
    const story = minimalStory();
    delete story.areas;
    story.scenes = [];
    expect(storySheets(story).map((f) => f.name)).toEqual(['meta.csv', 'places.csv', 'actors.csv', 'stances.csv', 'events.csv', 'scenes.csv']);
    expect(roundTrip(story).story).toEqual(story);
  });

  it('comes back equal through a zip', () => {
    const zip = packZip(storySheets(thaadStory()), new Date(Date.UTC(2026, 11, 7)));
    const back = importSheets([{ name: 'THAAD sheets.zip', bytes: zip }], validateStory);
    expect(back.story).toEqual(thaadStory());
  });
});
