import { formatBytes } from '../format.ts';
import { LIMITS } from '../schema/limits.ts';
import type { Story } from '../schema/story.schema.ts';
import type { ValidationError } from '../validation/errors.ts';
import { decodeSheet, parseCsv } from './csvText.ts';
import { type NamedBytes, type SortedFiles, baseName, sortFiles } from './sheetFiles.ts';
import { SheetLocations } from './sheetLocations.ts';
import { Problems } from '../validation/problems.ts';
import { type SheetProblem, inSheetOrder } from './sheetProblems.ts';
import { readListSheet, readMetaSheet } from './sheetReaders.ts';
import { NEEDED_SHEETS, SHEETS } from './sheetSpecs.ts';
import { isZip, unpackZip } from './zipFiles.ts';

// From the files an author gives (CSV sheets, the article's text, or a .zip
// of them) to a story, with every problem told by file, row and column as
// well as by its place in the story. The checker is passed in, so that the
// page loads it once, wherever it is already loaded from.

export type Validate = (input: unknown) => readonly ValidationError[];

export interface SheetsImport {
  readonly ok: boolean;
  /** The story, when there is no problem at all. */
  readonly story?: Story;
  /** What the sheets make, problems and all (the studio opens it and shows each at its field). */
  readonly value: Record<string, unknown>;
  /** Every problem, in sheet order, the first LIMITS.problemsListed of them then one that counts the rest. */
  readonly problems: readonly SheetProblem[];
  /** Those the checker would not find in `value`: cells that could not be read, unknown columns, missing files. */
  readonly ofSheets: readonly SheetProblem[];
  /** Files that are neither sheets nor the article. */
  readonly ignored: readonly string[];
}

/** Zips are opened in place; a broken one is a problem of its own (the sheets it held are then missing). */
function expandZips(files: readonly NamedBytes[], problems: Problems<SheetProblem>): NamedBytes[] {
  return files.flatMap((f) => {
    if (!/\.zip$/i.test(f.name)) return [f];
    const unpacked = (f.size ?? f.bytes.length) > MAX_ZIP_BYTES ? { ok: false as const, message: `larger than ${formatBytes(MAX_ZIP_BYTES)}` }
      : isZip(f.bytes) ? unpackZip(f) : { ok: false as const, message: 'not a zip archive' };
    if (unpacked.ok) return unpacked.files;
    problems.push({ file: baseName(f.name), order: [-1, 0, 0], message: unpacked.message });
    return [];
  });
}

function readText(f: NamedBytes, order: number, problems: Problems<SheetProblem>, sniff = true): string | undefined {
  if ((f.size ?? f.bytes.length) > LIMITS.fileBytes || f.bytes.length > LIMITS.fileBytes) {
    problems.push({ file: baseName(f.name), blocksChecker: true, order: [order, 0, 0], message: `larger than ${formatBytes(LIMITS.fileBytes)}, the most a sheet may be` });
    return undefined;
  }
  const decoded = decodeSheet(f.bytes, sniff);
  if (!decoded.ok) problems.push({ file: baseName(f.name), blocksChecker: true, order: [order, 0, 0], message: decoded.message });
  return decoded.ok ? decoded.text : undefined;
}

function readSheets(sorted: SortedFiles, locations: SheetLocations, problems: Problems<SheetProblem>): Record<string, unknown> {
  const shared = { locations, problems };
  let root: Record<string, unknown> = { version: 1 };
  for (const [order, sheet] of SHEETS.entries()) {
    const f = sorted.sheets.get(sheet);
    const text = f && readText(f, order, problems);
    if (!f || text === undefined) {
      // Told already (missing, or unreadable): the checker need not add that the list is missing.
      if (sheet !== 'meta' && NEEDED_SHEETS.includes(sheet)) root[sheet] = [];
      locations.markTold(sheet === 'meta' ? ['meta'] : [sheet]);
      continue;
    }
    const file = baseName(f.name);
    // Room for blank rows between the items; more rows than that cannot be a story's.
    const maxRows = sheet === 'meta' ? 500 : LIMITS[sheet] * 5 + 1000;
    const csv = parseCsv(text, maxRows);
    if (csv.cut) problems.push({ file, blocksChecker: true, order: [order, 0, 0], message: `more than ${maxRows.toLocaleString('en-US')} rows, more than a story may hold: only those were read` });
    for (const p of csv.problems) problems.push({ file, row: p.row, order: [order, p.row, 0], message: p.message });
    const input = { file, rows: csv.rows };
    if (sheet === 'meta') root = readMetaSheet(input, shared);
    else root[sheet] = readListSheet(sheet, input, shared);
  }
  return root;
}

function addArticle(root: Record<string, unknown>, article: NamedBytes, locations: SheetLocations, problems: Problems<SheetProblem>): void {
  // An article may well start with "<" or "{": it is text, not a sheet.
  const text = readText(article, 0, problems, false);
  const meta = root.meta as Record<string, unknown> | undefined;
  const source = meta?.source as Record<string, unknown> | undefined;
  if (text === undefined || !source) return;
  const file = baseName(article.name);
  if (source.text !== undefined) {
    problems.push({ file, blocksChecker: true, order: [0, Infinity, 0], message: `the article is given twice, here and under the key "source_text" in meta.csv: keep one` });
    return;
  }
  source.text = text.replace(/^\uFEFF/, '');
  locations.set(['meta', 'source', 'text'], { file, order: [0, Infinity, 0] });
}

function listed(all: readonly SheetProblem[], count: number): SheetProblem[] {
  const sorted = inSheetOrder(all).slice(0, LIMITS.problemsListed);
  const more = count - sorted.length;
  return more > 0 ? [...sorted, { order: [Infinity, 0, 0], message: `and ${more.toLocaleString('en-US')} more ${more === 1 ? 'problem' : 'problems'}`, more }] : sorted;
}

/** A zip of a story's sheets is small: seven sheets of text compress well. */
const MAX_ZIP_BYTES = LIMITS.fileBytes * 5;

/** `extra`: problems found before the files reached here (more files given than are read). */
export function importSheets(files: readonly NamedBytes[], validate: Validate, extra: readonly SheetProblem[] = []): SheetsImport {
  const own = new Problems<SheetProblem>(LIMITS.problemsListed * 5);
  for (const p of extra) own.push(p);
  const sorted = sortFiles(expandZips(files, own));
  for (const p of sorted.problems) own.push(p);
  const locations = new SheetLocations();
  const value = readSheets(sorted, locations, own);
  if (sorted.article) addArticle(value, sorted.article, locations, own);
  // A sheet missing or unreadable leaves the story half made: what the checker
  // would say of it (an unknown id from the missing sheet) only follows from that.
  const fileLevel = own.list.some((p) => p.blocksChecker);
  const checked = fileLevel ? [] : validate(value);
  const found = locations.locate(checked);
  const moreChecked = found.find((p) => p.more !== undefined)?.more ?? 0;
  const fromChecker = found.filter((p) => p.more === undefined);
  const count = own.count + fromChecker.length + moreChecked;
  const problems = listed([...own.list, ...fromChecker], count);
  return {
    ok: count === 0,
    ...(count === 0 && { story: value as Story }),
    value,
    problems,
    ofSheets: listed(own.list, own.count),
    ignored: sorted.ignored,
  };
}
