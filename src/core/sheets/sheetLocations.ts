import { type Path, type ValidationError, pathToString } from '../validation/errors.ts';
import type { SheetProblem, Where } from './sheetProblems.ts';

// Where each value of a story read from sheets came from, so that the
// checker's problems, which know only story paths, can be told by sheet, row
// and column. Each sheet is described once (its rows, and the column each
// field comes from); a path is placed when a problem needs it, not for every
// cell, so a 10,000-row sheet costs nothing here until something is wrong.
// A path with no column of its own is placed by the nearest one above it:
// `places[2].coordinates` by the lon and lat columns, `stances[4]` by its row.

/** Where a field comes from: `column "to"` (or `key "title"` in meta.csv, whose keys have rows of their own). */
export interface ColumnPlace {
  readonly cell: string;
  readonly index: number;
  readonly row?: number;
}

export interface SheetPlaces {
  readonly file: string;
  readonly order: number;
  /** The spreadsheet row of each item, in the story's order. */
  readonly rows: readonly number[];
  /** By path from the item (".coordinates[0]"), or from the story's root in meta.csv ("meta.title"). */
  readonly columns: ReadonlyMap<string, ColumnPlace>;
  /** Paths from the item whose problems were told already, on every row (a column the sheet lacks). */
  readonly told: ReadonlySet<string>;
}

const LAST_SEGMENT = /(\.[A-Za-z_$][A-Za-z0-9_$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/;
const IN_LIST = /^(places|actors|stances|events|areas|scenes)(?:\[(\d+)\])?(.*)$/;

/** The longest of `path` and the paths above it that `has` holds. */
function nearest(path: string, has: (p: string) => boolean): string | undefined {
  let p = path;
  for (;;) {
    if (has(p)) return p;
    const next = p.replace(LAST_SEGMENT, '');
    if (next === p || next === '') return undefined;
    p = next;
  }
}

/** A path in the story as its sheet, the item's index and the rest (".to"). */
function split(path: string): { sheet: string; index?: number; rest: string } {
  const m = IN_LIST.exec(path);
  if (m) return { sheet: m[1] ?? '', ...(m[2] !== undefined && { index: Number(m[2]) }), rest: m[3] ?? '' };
  return { sheet: 'meta', rest: path };
}

/** A path from an item as its key in `SheetPlaces`: ['coordinates', 0] is ".coordinates[0]". */
export const relativeKey = (path: Path): string => pathToString(['x', ...path]).slice(1);

export class SheetLocations {
  private readonly sheets = new Map<string, SheetPlaces>();
  /** Single places set apart from their sheet's rule (a source whose number was skipped, the article). */
  private readonly exceptions = new Map<string, Where>();
  private readonly told = new Set<string>();

  addSheet(sheet: string, places: SheetPlaces): void {
    this.sheets.set(sheet, places);
  }

  set(path: Path, where: Where): void {
    this.exceptions.set(pathToString(path), where);
  }

  /** A problem at this path (or under it) was told in the author's terms; the checker's words on it would repeat it. */
  markTold(path: Path): void {
    this.told.add(pathToString(path));
  }

  isTold(path: string): boolean {
    if (nearest(path, (p) => this.told.has(p)) !== undefined) return true;
    const { sheet, index, rest } = split(path);
    const places = this.sheets.get(sheet);
    return index !== undefined && places !== undefined && rest !== '' && nearest(rest, (p) => places.told.has(p)) !== undefined;
  }

  where(path: string): Where {
    if (path === '(file)' || path === '(root)') return { order: [-1, 0, 0] };
    const exception = nearest(path, (p) => this.exceptions.has(p));
    if (exception !== undefined) return this.exceptions.get(exception) ?? { order: [-1, 0, 0] };
    const { sheet, index, rest } = split(path);
    const places = this.sheets.get(sheet);
    if (!places) return { order: [-1, 0, 0] };
    const row = index === undefined ? undefined : places.rows[index];
    const key = sheet === 'meta' ? path : rest;
    const column = key === '' ? undefined : nearest(key, (p) => places.columns.has(p));
    const place = column === undefined ? undefined : places.columns.get(column);
    const at = place?.row ?? row;
    return { file: places.file, ...(at !== undefined && { row: at }), ...(place && { cell: place.cell }), order: [places.order, at ?? 0, place?.index ?? -1] };
  }

  /** The checker's problems in the author's terms, less those already told. */
  locate(errors: readonly ValidationError[]): SheetProblem[] {
    return errors.flatMap((e): SheetProblem[] => {
      if (e.more !== undefined) return [{ order: [Infinity, 0, 0], message: e.message, more: e.more }];
      if (this.isTold(e.path)) return [];
      const story = e.path === '(file)' || e.path === '(root)' ? undefined : e.path;
      return [{ ...this.where(e.path), message: e.message, ...(story !== undefined && { path: story }) }];
    });
  }
}
