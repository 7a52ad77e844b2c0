import { strToU8, unzipSync, zipSync } from 'fflate';
import { formatBytes } from '../format.ts';
import { LIMITS } from '../schema/limits.ts';
import type { NamedBytes } from './sheetFiles.ts';

// A story's sheets travel as one .zip from the browser (a page cannot write
// a folder) and open from one. fflate reads and writes it: small, kept up,
// and synchronous, which these few small files allow.

/** More files than a story has sheets, with room for a README; a zip of thousands is not a story. */
const MAX_FILES = 50;
/** Entries of any kind (folders, pictures) an archive of sheets may hold. */
const MAX_ENTRIES = 1000;
/** All its sheets together, unpacked. */
const MAX_TOTAL = LIMITS.fileBytes * 5;

const wanted = (name: string): boolean => /\.(csv|tsv|txt)$/i.test(name) && !/(^|\/)(__MACOSX\/|\.)/.test(name);

/**
 * How many entries the archive's directory says it has, from its end record,
 * before anything walks it: a forged count (or a zip64 archive, which sheets
 * never need) would have the reader loop for billions of entries.
 */
function entryCount(bytes: Uint8Array): number | undefined {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      return (bytes[i + 10] ?? 0) | ((bytes[i + 11] ?? 0) << 8);
    }
  }
  return undefined;
}

type Unpacked = { readonly ok: true; readonly files: NamedBytes[] } | { readonly ok: false; readonly message: string };

export function unpackZip(zip: NamedBytes): Unpacked {
  const entries = entryCount(zip.bytes);
  if (entries === undefined) return { ok: false, message: 'a damaged or unreadable zip archive' };
  if (entries >= 0xffff || entries > MAX_ENTRIES) return { ok: false, message: `more than ${MAX_ENTRIES} files in it` };
  let count = 0;
  let total = 0;
  let refused: string | undefined;
  try {
    const unpacked = unzipSync(zip.bytes, {
      // Decided from the archive's directory, before anything is inflated.
      filter: (f) => {
        if (!wanted(f.name) || refused !== undefined) return false;
        total += f.originalSize;
        if (f.originalSize > LIMITS.fileBytes) refused = `${f.name} in it is larger than ${formatBytes(LIMITS.fileBytes)}`;
        else if (++count > MAX_FILES) refused = `more than ${MAX_FILES} sheets in it`;
        else if (total > MAX_TOTAL) refused = `its sheets come to more than ${formatBytes(MAX_TOTAL)}`;
        return refused === undefined;
      },
    });
    if (refused !== undefined) return { ok: false, message: refused };
    return { ok: true, files: Object.entries(unpacked).map(([name, bytes]) => ({ name, bytes })) };
  } catch {
    return { ok: false, message: 'a damaged or unreadable zip archive' };
  }
}

export function packZip(files: readonly { readonly name: string; readonly text: string }[], mtime: Date): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [f.name, [strToU8(f.text), { mtime }]])), { level: 6 });
}

export const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
