import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSheets, readOpened } from '../../src/loader/openSheets.ts';
import { validateStory } from '../../src/core/validation/validateStory.ts';
import { thaadStory } from '../support/thaad.ts';

const SHEETS = new URL('../../data/thaad-2017-sheets/', import.meta.url);
const thaadFiles = (): File[] => readdirSync(SHEETS).map((name) => new File([readFileSync(new URL(name, SHEETS))], name));

/** A dropped folder as the browser's entries API gives it: entries in batches, then an empty batch. */
function folder(name: string, children: (File | FileSystemDirectoryEntry)[]): FileSystemDirectoryEntry {
  const entries = children.map((c) => (c instanceof File
    ? { isFile: true, isDirectory: false, name: c.name, file: (ok: (f: File) => void) => ok(c) }
    : c));
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader: () => {
      const batches = [entries.slice(0, 3), entries.slice(3), []];
      return { readEntries: (ok: (batch: unknown[]) => void) => ok(batches.shift() ?? []) };
    },
  } as unknown as FileSystemDirectoryEntry;
}

describe('sheets opened in the page', () => {
  it('read a dropped folder, batch after batch, with its subfolders', async () => {
    const dropped = folder('thaad', [...thaadFiles().slice(0, 4), folder('more', thaadFiles().slice(4)), new File(['notes'], 'README.md')]);
    const result = await readOpened({ files: [], folders: [dropped] }, validateStory);
    expect(result.problems).toEqual([]);
    expect(result.story).toEqual(thaadStory());
    expect(result.ignored).toEqual(['README.md']);
  });

  it('give explore the story, or every problem as the page lists them', async () => {
    expect(await checkSheets({ files: thaadFiles(), folders: [] })).toEqual({ ok: true, story: thaadStory() });
    const withoutEvents = thaadFiles().filter((f) => f.name !== 'events.csv');
    expect(await checkSheets({ files: withoutEvents, folders: [] })).toEqual({
      ok: false,
      errors: [{ path: 'events.csv', message: 'missing: a story needs this sheet, even if it holds only its header row' }],
    });
  });

  it('read no further than past the limit of a file far too large', async () => {
    const huge = new File([new Uint8Array(30_000_000)], 'stances.csv');
    const result = await readOpened({ files: [...thaadFiles().filter((f) => f.name !== 'stances.csv'), huge], folders: [] }, validateStory);
    expect(result.problems.map((p) => `${p.file}: ${p.message}`)).toEqual(['stances.csv: larger than 10.0 MB, the most a sheet may be']);
  });
});
