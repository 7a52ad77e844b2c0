import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storySheets } from '../../src/core/sheets/exportSheets.ts';
import { importSheets } from '../../src/core/sheets/importSheets.ts';
import { validateStory } from '../../src/core/validation/validateStory.ts';
import { thaadStory } from '../support/thaad.ts';

function folder(path: string): { name: string; bytes: Uint8Array }[] {
  const dir = new URL(path, import.meta.url);
  return readdirSync(dir).sort().map((name) => ({ name, bytes: readFileSync(new URL(`${path}/${name}`, import.meta.url)) }));
}

const texts = (files: readonly { name: string; bytes: Uint8Array }[]): Record<string, string> =>
  Object.fromEntries(files.map((f) => [f.name, new TextDecoder('utf-8', { ignoreBOM: true }).decode(f.bytes)]));

describe('data/thaad-2017-sheets', () => {
  it('is the THAAD story exported as sheets (npm run sheets -- export data/thaad-2017.json data/thaad-2017-sheets)', () => {
    const expected = Object.fromEntries(storySheets(thaadStory()).map((f) => [f.name, f.text]));
    expect(texts(folder('../../data/thaad-2017-sheets'))).toEqual(expected);
  });
});

describe('data/template', () => {
  it('opens, unedited, as a valid story', () => {
    const result = importSheets(folder('../../data/template'), validateStory);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has every sheet, each with a header and example rows', () => {
    const files = texts(folder('../../data/template'));
    expect(Object.keys(files).sort()).toEqual(['actors.csv', 'areas.csv', 'events.csv', 'meta.csv', 'places.csv', 'scenes.csv', 'stances.csv']);
    for (const [name, text] of Object.entries(files)) expect(text.trim().split('\n').length, name).toBeGreaterThanOrEqual(2);
  });

  it('is what its own story exports', () => {
    const files = folder('../../data/template');
    const story = importSheets(files, validateStory).story;
    expect(story && Object.fromEntries(storySheets(story).map((f) => [f.name, f.text]))).toEqual(texts(files));
  });
});
