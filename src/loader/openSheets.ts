import { LIMITS } from '../core/schema/limits.ts';
import type { Story } from '../core/schema/story.schema.ts';
import { storySheets } from '../core/sheets/exportSheets.ts';
import { type SheetsImport, type Validate, importSheets } from '../core/sheets/importSheets.ts';
import type { NamedBytes } from '../core/sheets/sheetFiles.ts';
import { asValidationError, formatSheetProblem } from '../core/sheets/sheetProblems.ts';
// Statically: the checker's chunk then keeps the modules it shares with this one.
import { validateStory } from '../core/validation/readStoryText.ts';
import { packZip } from '../core/sheets/zipFiles.ts';
import type { StoryCheck } from '../core/validation/validateStory.ts';

// Opening a story's sheets in the page: the files picked or dropped, the
// files of a dropped folder, or a .zip. This module, Papa Parse and fflate
// load only when sheets are opened.

/** Files picked or dropped, and folders dropped whole (dom/droppedFiles.ts). */
interface Opened {
  readonly files: readonly File[];
  readonly folders: readonly FileSystemDirectoryEntry[];
}

/** A folder of sheets, with room for a README and the like; a whole disk dropped by mistake is not read. */
const MAX_FILES = 60;
const MAX_DEPTH = 2;

function entriesOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  return new Promise((resolve, reject) => {
    // readEntries gives a batch at a time, and an empty one at the end.
    const next = (): void => reader.readEntries((batch) => {
      all.push(...batch);
      if (batch.length === 0 || all.length > MAX_FILES) resolve(all);
      else next();
    }, reject);
    next();
  });
}

async function folderFiles(dir: FileSystemDirectoryEntry, depth = 0): Promise<File[]> {
  const files: File[] = [];
  for (const entry of await entriesOf(dir)) {
    if (files.length >= MAX_FILES) break;
    if (entry.isFile) files.push(await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)));
    else if (entry.isDirectory && depth < MAX_DEPTH) files.push(...await folderFiles(entry as FileSystemDirectoryEntry, depth + 1));
  }
  return files;
}

/** A file's bytes, or none of a file too large to be a sheet or a zip of them: its size says so. */
async function bytesOf(file: File): Promise<NamedBytes> {
  const limit = /\.zip$/i.test(file.name) ? LIMITS.fileBytes * 5 : LIMITS.fileBytes;
  const bytes = file.size > limit ? new Uint8Array() : new Uint8Array(await file.arrayBuffer());
  return { name: file.name, bytes, size: file.size };
}

export async function readOpened(opened: Opened, validate: Validate): Promise<SheetsImport> {
  const nested = await Promise.all(opened.folders.map((f) => folderFiles(f)));
  const all = [...opened.files, ...nested.flat()];
  const extra = all.length > MAX_FILES ? [{ order: [-1, 0, 0] as const, message: `only the first ${MAX_FILES} of ${all.length} files were read: give the sheets alone` }] : [];
  return importSheets(await Promise.all(all.slice(0, MAX_FILES).map(bytesOf)), validate, extra);
}

/**
 * For the studio: what the sheets make, and, as sentences, what its forms
 * will not show (cells not read, unknown columns, missing files).
 */
export async function sheetsForStudio(opened: Opened, validate: Validate): Promise<{ value: unknown; notes: string[] }> {
  const result = await readOpened(opened, validate);
  const ignored = result.ignored.map((name) => `${name} is not a sheet, so it was not read`);
  return { value: result.value, notes: [...result.ofSheets.map(formatSheetProblem), ...ignored] };
}

/** For explore: the story, or every problem in the page's list of problems. */
export async function checkSheets(opened: Opened): Promise<StoryCheck> {
  const result = await readOpened(opened, validateStory);
  return result.ok && result.story ? { ok: true, story: result.story } : { ok: false, errors: result.problems.map(asValidationError) };
}

/** A story's sheets in one .zip, for the studio's download (a page cannot write a folder). */
export function sheetsZip(story: Story, mtime: Date): Blob {
  // A copy whose buffer is a plain ArrayBuffer, as Blob wants.
  return new Blob([packZip(storySheets(story), mtime).slice()], { type: 'application/zip' });
}
