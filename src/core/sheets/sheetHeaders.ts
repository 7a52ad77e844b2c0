import { quoted } from '../quoted.ts';
import { LIMITS } from '../schema/limits.ts';
import { suggest } from '../suggest.ts';
import { type CellKind, type ColumnSpec, LOCAL_PREFIX, SOURCE_COLUMN, type SheetSpec, headerKey } from './sheetSpecs.ts';

// From a header row to what each column fills. The complaints that fill the
// trackers of spreadsheet-fed tools start here: a header renamed or left
// blank, and the data under it silently gone. So every header is matched
// forgivingly (case, spaces, "_"), and what still does not match is said.

export interface Binding {
  /** The column (or, in meta.csv, the row) it reads. */
  readonly index: number;
  /** The header as the author wrote it. */
  readonly header: string;
  readonly kind: CellKind;
  /** Where the value goes, from the item. */
  readonly path: readonly (string | number)[];
  readonly spec?: ColumnSpec;
  /** For `sourceN_url` and `sourceN_title`: N. */
  readonly source?: number;
}

export interface HeaderProblem {
  readonly index: number;
  readonly message: string;
}

export interface BoundHeader {
  readonly bindings: readonly Binding[];
  readonly problems: readonly HeaderProblem[];
  /** Columns the format needs that the sheet does not have. */
  readonly missing: readonly ColumnSpec[];
}

function specFor(spec: SheetSpec, key: string): ColumnSpec | undefined {
  return spec.columns.find((c) => headerKey(c.name) === key || (c.aliases ?? []).includes(key));
}

/** A column beyond the fixed ones: a name in a local language, or a source. */
function extraBinding(spec: SheetSpec, header: string, index: number): Binding | string | undefined {
  if (spec.localNames && header.toLowerCase().startsWith(LOCAL_PREFIX)) {
    const tag = header.slice(LOCAL_PREFIX.length).trim();
    return tag === '' ? `a "${LOCAL_PREFIX}" column needs a language after it, as in "local:ko"` : { index, header, kind: 'text', path: ['localNames', tag] };
  }
  const source = spec.sources ? SOURCE_COLUMN.exec(headerKey(header)) : null;
  if (!source) return undefined;
  const n = Number(source[1]);
  if (n < 1 || n > LIMITS.sourcesPerItem) return `sources are numbered from 1 to ${LIMITS.sourcesPerItem}`;
  const part = source[2] === 'url' ? 'url' : 'title';
  return { index, header, kind: part === 'url' ? 'token' : 'text', path: ['sources', n - 1, part], source: n };
}

/** What a header names: a column, or in meta.csv (whose rows are keys) a key. */
export type Noun = 'column' | 'key';

function unknownColumn(spec: SheetSpec, header: string, noun: Noun): string {
  const names = spec.columns.map((c) => c.name);
  const meant = suggest(header, names);
  const what = noun === 'key' ? 'its value is' : 'its values are';
  if (meant !== undefined) return `unknown ${noun}: did you mean ${quoted(meant)}? Not read until then`;
  const extras = [spec.localNames ? 'local:ko…' : '', spec.sources ? 'source1_url, source1_title…' : ''].filter((e) => e !== '');
  return `unknown ${noun}, so ${what} not read (this sheet's ${noun}s are ${[...names, ...extras].join(', ')})`;
}

/**
 * What each header names. `hasValues(i)` says whether anything is written
 * under column i: a blank header over nothing is only a spreadsheet's
 * leftover; over values it is data about to be lost.
 */
export function bindHeader(spec: SheetSpec, headers: readonly string[], hasValues: (index: number) => boolean, noun: Noun = 'column'): BoundHeader {
  const bindings: Binding[] = [];
  const problems: HeaderProblem[] = [];
  const taken = new Map<string, string>();
  headers.forEach((raw, index) => {
    const header = raw.trim();
    if (header === '') {
      if (hasValues(index)) {
        problems.push({ index, message: noun === 'key' ? 'a value with no key: name it, or delete the row' : 'values under a blank header: name the column, or delete it (or does a value hold a comma without quotes?)' });
      }
      return;
    }
    const column = specFor(spec, headerKey(header));
    const binding = column ? { index, header, kind: column.kind, path: column.path, spec: column } : extraBinding(spec, header, index);
    if (typeof binding === 'string') return problems.push({ index, message: binding });
    if (binding === undefined) return problems.push({ index, message: unknownColumn(spec, header, noun) });
    const key = JSON.stringify(binding.path);
    const first = taken.get(key);
    if (first !== undefined) return problems.push({ index, message: `a second ${quoted(first)} ${noun}: only one is read, so delete one` });
    taken.set(key, header);
    bindings.push(binding);
  });
  const bound = new Set(bindings.map((b) => b.spec));
  const missing = spec.columns.filter((c) => c.required !== undefined && !bound.has(c));
  return { bindings, problems, missing };
}
