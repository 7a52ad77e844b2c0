import { quoted } from '../quoted.ts';
import { type Path, pathToString } from '../validation/errors.ts';
import { type Binding, type BoundHeader, bindHeader } from './sheetHeaders.ts';
import { type ColumnPlace, type SheetLocations, relativeKey } from './sheetLocations.ts';
import type { Problems } from '../validation/problems.ts';
import { type SheetProblem, type Where, columnLetters } from './sheetProblems.ts';
import { type RecordContext, groupPath, inWords, readRecord } from './sheetRecords.ts';
import { type ColumnSpec, type ListName, SHEETS, SHEET_SPECS, headerKey } from './sheetSpecs.ts';

// A whole sheet into its part of the story: a list sheet into items, one per
// row that is not entirely blank; meta.csv's key and value rows into the
// story's meta.

export interface SheetInput {
  /** The file's name as the author gave it. */
  readonly file: string;
  readonly rows: readonly (readonly string[])[];
}

interface Shared {
  readonly locations: SheetLocations;
  readonly problems: Problems<SheetProblem>;
}

const isBlank = (cells: readonly string[] | undefined): boolean => (cells ?? []).every((c) => c.trim() === '');

const needs = (list: string): string => (list === 'meta' ? 'a story needs one' : `every ${list.replace(/s$/, '')} needs one`);

interface Naming {
  readonly one: (header: string) => string;
  readonly many: string;
  readonly key: (path: Path) => string;
  readonly row?: (b: Binding) => number;
}

/** Where each field of a sheet's items comes from, worked out once for the whole sheet. */
function columnPlaces(bindings: readonly Binding[], missing: readonly ColumnSpec[], absentAt: number, naming: Naming): Map<string, ColumnPlace> {
  const places = new Map<string, ColumnPlace>();
  const at = (b: Binding): Partial<ColumnPlace> => (naming.row ? { row: naming.row(b) } : {});
  const groups = new Map<string, Binding[]>();
  for (const b of bindings) {
    places.set(naming.key(b.path), { cell: naming.one(b.header), index: b.index, ...at(b) });
    for (let n = 1; n < b.path.length; n++) {
      const key = naming.key(b.path.slice(0, n));
      groups.set(key, [...(groups.get(key) ?? []), b]);
    }
  }
  for (const [key, members] of groups) {
    const first = members[0];
    if (places.has(key) || !first) continue;
    const cell = members.length === 1 ? naming.one(first.header) : `${naming.many} ${inWords(members.map((m) => `"${m.header}"`))}`;
    places.set(key, { cell, index: first.index, ...at(first) });
  }
  for (const c of missing) if (!places.has(naming.key(c.path))) places.set(naming.key(c.path), { cell: naming.one(c.name), index: absentAt });
  return places;
}

/** A sheet's columns holding a value in any row, found in one pass over its cells. */
function filledColumns(body: readonly (readonly string[])[], width: number): Set<number> {
  const filled = new Set<number>();
  for (const r of body) for (let i = 0; i < Math.min(r.length, width); i++) if (!filled.has(i) && (r[i] ?? '').trim() !== '') filled.add(i);
  return filled;
}

/** Columns enough for every field, 20 local names and 20 sources; a wider sheet is not a story's. */
const MAX_COLUMNS = 200;

/** Tells what the header row lacks or holds in excess; returns the columns a group lacks (told once here, not on every row). */
function tellHeader(list: ListName, header: readonly string[], bound: BoundHeader, at: (row: number, index: number, cell?: string) => Where, shared: Shared): ColumnSpec[] {
  const order = SHEETS.indexOf(list);
  for (const p of bound.problems) {
    const label = (header[p.index] ?? '').trim();
    shared.problems.push({ ...at(1, p.index, label === '' ? `column ${columnLetters(p.index)}` : `column ${quoted(label)}`), message: p.message });
  }
  const file = at(1, 0).file;
  for (const c of bound.missing) shared.problems.push({ file, order: [order, 1, -1], message: `no column ${quoted(c.name)} (${needs(list)})` });
  const has = new Set(bound.bindings.map((b) => b.spec));
  const partial = SHEET_SPECS[list].columns.filter((c) => c.group !== undefined && !has.has(c) && !bound.missing.includes(c)
    && SHEET_SPECS[list].columns.some((o) => o.group === c.group && has.has(o)));
  for (const c of partial) {
    const group = SHEET_SPECS[list].columns.filter((o) => o.group === c.group).map((o) => `"${o.name}"`);
    shared.problems.push({ file, order: [order, 1, -1], message: `no column ${quoted(c.name)} (${inWords(group)} go together)` });
  }
  return partial;
}

export function readListSheet(list: ListName, input: SheetInput, shared: Shared): unknown[] {
  const spec = SHEET_SPECS[list];
  const order = SHEETS.indexOf(list);
  const [header = [], ...body] = input.rows;
  let width = header.length;
  for (const r of body) width = Math.max(width, r.length);
  const at = (row: number, index: number, cell?: string): Where => ({ file: input.file, row, cell, order: [order, row, index] });
  if (width > MAX_COLUMNS) shared.problems.push({ ...at(1, MAX_COLUMNS), message: `more than ${MAX_COLUMNS} columns: only the first ${MAX_COLUMNS} are read` });
  width = Math.min(width, MAX_COLUMNS);
  const headers = Array.from({ length: width }, (_, i) => header[i] ?? '');
  const filled = filledColumns(body, width);
  const bound = bindHeader(spec, headers, (i) => filled.has(i));
  const partial = tellHeader(list, header, bound, at, shared);
  const rows: number[] = [];
  const items: unknown[] = [];
  // One context for every row, reading the row at hand: a sheet may have 20,000.
  let cells: readonly string[] = [];
  let row = 0;
  const ctx: RecordContext = {
    ...shared,
    spec,
    raw: (b) => cells[b.index] ?? '',
    where: (b) => at(row, b.index, `column ${quoted(b.header)}`),
    absent: (name) => at(row, width, `column ${quoted(name)}`),
  };
  body.forEach((r, i) => {
    if (isBlank(r)) return;
    cells = r;
    row = i + 2;
    const item = {};
    readRecord(ctx, bound.bindings, item, [list, items.length]);
    rows.push(row);
    items.push(item);
  });
  const columns = columnPlaces(bound.bindings, bound.missing, width, { one: (h) => `column ${quoted(h)}`, many: 'columns', key: relativeKey });
  shared.locations.addSheet(list, { file: input.file, order, rows, columns, told: new Set([...bound.missing, ...partial].map((c) => relativeKey(groupPath(c)))) });
  return items;
}

/** meta.csv without its "key,value" header row still reads, when its first row is one of the keys. */
function metaBody(rows: readonly (readonly string[])[]): { first: number; body: readonly (readonly string[])[]; headerProblem?: string } {
  const [header = [], ...rest] = rows;
  const key = headerKey(header[0] ?? '');
  if (key === 'key' && headerKey(header[1] ?? '') === 'value') return { first: 2, body: rest };
  if (SHEET_SPECS.meta.columns.some((c) => headerKey(c.name) === key)) return { first: 1, body: rows };
  return { first: 2, body: rest, headerProblem: `the first row should be the header "key,value" (found ${quoted(header.join(','))})` };
}

/** The story's root from meta.csv: its meta, version and $schema. */
export function readMetaSheet(input: SheetInput, shared: Shared): Record<string, unknown> {
  const { first, body, headerProblem } = metaBody(input.rows);
  const at = (row: number, cell?: string): Where => ({ file: input.file, row, cell, order: [0, row, 1] });
  if (headerProblem !== undefined) shared.problems.push({ ...at(1), message: headerProblem });
  const keys = body.map((r) => (isBlank(r) ? '' : r[0] ?? ''));
  const bound = bindHeader(SHEET_SPECS.meta, keys, (i) => (body[i]?.[1] ?? '').trim() !== '', 'key');
  for (const p of bound.problems) {
    const key = (keys[p.index] ?? '').trim();
    const message = p.message;
    shared.problems.push({ ...at(p.index + first, key === '' ? 'column A' : `key ${quoted(key)}`), message });
  }
  for (const c of bound.missing) {
    shared.problems.push({ file: input.file, order: [0, Infinity, 0], message: `no key ${quoted(c.name)} (${needs('meta')})` });
    shared.locations.markTold(c.path);
  }
  for (const [i, row] of body.entries()) {
    if (row.slice(2).some((c) => c.trim() !== '')) {
      shared.problems.push({ ...at(i + first, 'column C'), message: 'a value beyond the "value" column: only the first two columns are read (a comma in a value without quotes?)' });
    }
  }
  const root: Record<string, unknown> = { version: 1 };
  const ctx: RecordContext = {
    ...shared,
    spec: SHEET_SPECS.meta,
    raw: (b) => body[b.index]?.[1] ?? '',
    where: (b) => at(b.index + first, `key ${quoted(b.header)}`),
    absent: (name) => ({ file: input.file, order: [0, Infinity, 0], cell: `key ${quoted(name)}` }),
  };
  readRecord(ctx, bound.bindings, root, []);
  const columns = columnPlaces(bound.bindings, [], 0, { one: (h) => `key ${quoted(h)}`, many: 'keys', key: pathToString, row: (b) => b.index + first });
  shared.locations.addSheet('meta', { file: input.file, order: 0, rows: [], columns, told: new Set() });
  return root;
}
