import { strToU8, unzipSync, zipSync } from 'fflate';
import { formatBytes } from '../format.ts';
import { LIMITS } from '../schema/limits.ts';
import type { NamedBytes } from './sheetFiles.ts';

// A story's sheets travel as one .zip from the browser (a page cannot write
// a folder) and open from one. fflate reads and writes it: small, kept up,
// and synchronous, which these few small files allow.

/** More files than a story has sheets, with room for a README; a zip of thousands is not a story. */
const MAX_FILES = 50;

const wanted = (name: string): boolean => /\.(csv|tsv|txt)$/i.test(name) && !/(^|\/)(__MACOSX\/|\.)/.test(name);

export function unpackZip(zip: NamedBytes): { readonly ok: true; readonly files: NamedBytes[] } | { readonly ok: false; readonly message: string } {
  let count = 0;
  let tooLarge: string | undefined;
  try {
    const entries = unzipSync(zip.bytes, {
      // Decided from the archive's directory, before anything is inflated.
      filter: (f) => {
        if (!wanted(f.name)) return false;
        if (f.originalSize > LIMITS.fileBytes) tooLarge ??= f.name;
        return ++count <= MAX_FILES && f.originalSize <= LIMITS.fileBytes;
      },
    });
    if (tooLarge !== undefined) return { ok: false, message: `${tooLarge} in it is larger than ${formatBytes(LIMITS.fileBytes)}` };
    if (count > MAX_FILES) return { ok: false, message: `more than ${MAX_FILES} sheets in it` };
    const files = Object.entries(entries).map(([name, bytes]) => ({ name, bytes }));
    if (files.some((f) => f.bytes.length > LIMITS.fileBytes)) return { ok: false, message: 'a file in it is larger than its directory says' };
    return { ok: true, files };
  } catch {
    return { ok: false, message: 'a damaged or unreadable zip archive' };
  }
}

export function packZip(files: readonly { readonly name: string; readonly text: string }[], mtime: Date): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [f.name, [strToU8(f.text), { mtime }]])), { level: 6 });
}

export const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
