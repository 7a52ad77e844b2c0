import { quoted } from '../quoted.ts';
import { type Binding, bindHeader } from './sheetHeaders.ts';
import type { SheetLocations } from './sheetLocations.ts';
import { type SheetProblemList, type Where, columnLetters } from './sheetProblems.ts';
import { type RecordContext, readRecord } from './sheetRecords.ts';
import { type ListName, SHEETS, SHEET_SPECS, headerKey } from './sheetSpecs.ts';

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
  readonly problems: SheetProblemList;
}

const isBlank = (cells: readonly string[] | undefined): boolean => (cells ?? []).every((c) => c.trim() === '');

const needs = (list: string): string => (list === 'meta' ? 'a story needs one' : `every ${list.replace(/s$/, '')} needs one`);

export function readListSheet(list: ListName, input: SheetInput, shared: Shared): unknown[] {
  const spec = SHEET_SPECS[list];
  const order = SHEETS.indexOf(list);
  const [header = [], ...body] = input.rows;
  const width = Math.max(header.length, ...body.map((r) => r.length));
  const headers = Array.from({ length: width }, (_, i) => header[i] ?? '');
  const bound = bindHeader(spec, headers, (i) => body.some((r) => (r[i] ?? '').trim() !== ''));
  const at = (row: number, index: number, cell?: string): Where => ({ file: input.file, row, cell, order: [order, row, index] });
  for (const p of bound.problems) {
    const label = (header[p.index] ?? '').trim();
    shared.problems.push({ ...at(1, p.index, label === '' ? `column ${columnLetters(p.index)}` : `column ${quoted(label)}`), message: p.message });
  }
  for (const c of bound.missing) {
    shared.problems.push({ file: input.file, order: [order, 1, -1], message: `no column ${quoted(c.name)} (${needs(list)})` });
  }
  shared.locations.set([list], { file: input.file, order: [order, 0, 0] });
  const items: unknown[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    if (isBlank(cells)) return;
    const base = [list, items.length];
    const ctx: RecordContext = {
      ...shared,
      spec,
      plural: 'columns',
      cell: (b: Binding) => ({ raw: cells[b.index] ?? '', where: at(row, b.index, `column ${quoted(b.header)}`) }),
      absent: (name) => at(row, width, `column ${quoted(name)}`),
    };
    shared.locations.set(base, at(row, -1));
    for (const c of bound.missing) shared.locations.markTold([...base, c.path[0] ?? '']);
    const item = {};
    readRecord(ctx, bound.bindings, item, base);
    items.push(item);
  });
  return items;
}

/** meta.csv without its "key,value" header row still reads, when its first row is one of the keys. */
function metaBody(rows: readonly (readonly string[])[]): { first: number; body: readonly (readonly string[])[]; headerProblem?: string } {
  const [header = [], ...rest] = rows;
  const key = headerKey(header[0] ?? '');
  if (key === 'key' && headerKey(header[1] ?? '') === 'value') return { first: 2, body: rest };
  if (SHEET_SPECS.meta.columns.some((c) => headerKey(c.name) === key)) return { first: 1, body: rows };
  return { first: 2, body: rest, headerProblem: `the first row should be the header "key,value" (found ${quoted((header).join(','))})` };
}

/** The story's root from meta.csv: its meta, version and $schema. */
export function readMetaSheet(input: SheetInput, shared: Shared): Record<string, unknown> {
  const { first, body, headerProblem } = metaBody(input.rows);
  const at = (row: number, cell?: string): Where => ({ file: input.file, row, cell, order: [0, row, 1] });
  if (headerProblem !== undefined) shared.problems.push({ ...at(1), message: headerProblem });
  const keys = body.map((r) => (isBlank(r) ? '' : r[0] ?? ''));
  const bound = bindHeader(SHEET_SPECS.meta, keys, (i) => (body[i]?.[1] ?? '').trim() !== '');
  for (const p of bound.problems) {
    const key = (keys[p.index] ?? '').trim();
    const message = p.message.replace('unknown column', 'unknown key').replace('blank header', 'blank key').replace("this sheet's columns", 'the keys');
    shared.problems.push({ ...at(p.index + first, key === '' ? 'column A' : `key ${quoted(key)}`), message });
  }
  for (const c of bound.missing) {
    shared.problems.push({ file: input.file, order: [0, Infinity, 0], message: `no key ${quoted(c.name)} (${needs('meta')})` });
    shared.locations.markTold(c.path);
  }
  for (const [i, row] of body.entries()) {
    if ((row[2] ?? '').trim() !== '' || row.slice(3).some((c) => c.trim() !== '')) {
      shared.problems.push({ ...at(i + first, 'column C'), message: 'a value beyond the "value" column: only the first two columns are read (a comma in a value without quotes?)' });
    }
  }
  const root: Record<string, unknown> = { version: 1 };
  shared.locations.set(['meta'], { file: input.file, order: [0, 0, 0] });
  const ctx: RecordContext = {
    ...shared,
    spec: SHEET_SPECS.meta,
    plural: 'keys',
    cell: (b) => ({ raw: body[b.index]?.[1] ?? '', where: at(b.index + first, `key ${quoted(b.header)}`) }),
    absent: (name) => ({ file: input.file, order: [0, Infinity, 0], cell: `key ${quoted(name)}` }),
  };
  readRecord(ctx, bound.bindings, root, []);
  return root;
}
