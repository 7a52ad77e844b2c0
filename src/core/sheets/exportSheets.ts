import Papa from 'papaparse';
import type { Story } from '../schema/story.schema.ts';
import { valueAt } from '../validation/errors.ts';
import { writeCell } from './cellValues.ts';
import { ARTICLE_FILE, type ColumnSpec, LOCAL_PREFIX, SHEETS, SHEET_SPECS, type SheetSpec, sheetFileName, sourceColumnName } from './sheetSpecs.ts';

// A story as sheets a colleague can open and extend: every column the format
// has (so the empty ones show what can be filled), names in local languages
// and sources as the story uses them, and the article's text in a file of
// its own. Reading them back gives the same story.

export interface SheetText {
  readonly name: string;
  readonly text: string;
}

/**
 * UTF-8 with a byte order mark: without it Excel reads the file in the
 * machine's legacy encoding and garbles 성주군 and 中国. LibreOffice, Google
 * Sheets and this app's import all take the mark in their stride.
 */
const BOM = '\uFEFF';

export function csvText(rows: readonly (readonly string[])[]): string {
  return `${BOM}${Papa.unparse(rows.map((r) => [...r]), { newline: '\n' })}\n`;
}

type Item = Readonly<Record<string, unknown>>;

function localTags(items: readonly Item[]): string[] {
  const tags = new Set<string>();
  for (const item of items) {
    const names = item.localNames;
    if (names && typeof names === 'object') for (const tag of Object.keys(names)) tags.add(tag);
  }
  return [...tags];
}

function sourceCount(items: readonly Item[]): number {
  return Math.max(1, ...items.map((i) => (Array.isArray(i.sources) ? i.sources.length : 0)));
}

interface Column {
  readonly name: string;
  readonly cell: (item: Item) => string;
}

function columnsOf(spec: SheetSpec, items: readonly Item[]): Column[] {
  const fixed = spec.columns.map((c: ColumnSpec): Column => ({ name: c.name, cell: (item) => writeCell(valueAt(item, c.path), c.kind) }));
  const locals = spec.localNames
    ? localTags(items).map((tag): Column => ({ name: `${LOCAL_PREFIX}${tag}`, cell: (item) => writeCell(valueAt(item, ['localNames', tag]), 'text') }))
    : [];
  const sources = spec.sources
    ? Array.from({ length: sourceCount(items) }, (_, i) => (['url', 'title'] as const).map((part): Column => ({
      name: sourceColumnName(i + 1, part),
      cell: (item) => writeCell(valueAt(item, ['sources', i, part]), part === 'url' ? 'token' : 'text'),
    }))).flat()
    : [];
  // Names in local languages sit beside the name they translate.
  const afterName = fixed.findIndex((c) => c.name === 'name') + 1;
  return [...fixed.slice(0, afterName), ...locals, ...fixed.slice(afterName), ...sources];
}

export function listSheet(spec: SheetSpec, items: readonly Item[]): string {
  const columns = columnsOf(spec, items);
  return csvText([columns.map((c) => c.name), ...items.map((item) => columns.map((c) => c.cell(item)))]);
}

/** meta.csv: the keys the format needs, then those the story sets; the article goes to its own file. */
export function metaSheet(story: Item): string {
  const rows = SHEET_SPECS.meta.columns.flatMap((c) => {
    const value = valueAt(story, c.path);
    if (c.name === 'source_text') return [];
    if (value === undefined && c.required === undefined && c.name !== 'version') return [];
    return [[c.name, writeCell(c.name === 'version' ? value ?? 1 : value, c.kind)]];
  });
  return csvText([['key', 'value'], ...rows]);
}

export function storySheets(story: Story): SheetText[] {
  const root = story as unknown as Item;
  const files: SheetText[] = [{ name: sheetFileName('meta'), text: metaSheet(root) }];
  for (const sheet of SHEETS) {
    if (sheet === 'meta') continue;
    const items = root[sheet];
    if (!Array.isArray(items)) continue;
    files.push({ name: sheetFileName(sheet), text: listSheet(SHEET_SPECS[sheet], items as Item[]) });
  }
  const text = story.meta.source.text;
  if (text !== undefined && text !== '') files.push({ name: ARTICLE_FILE, text });
  return files;
}
