import { type Path, pathToString } from '../validation/errors.ts';
import { readCell } from './cellValues.ts';
import type { Binding } from './sheetHeaders.ts';
import type { SheetLocations } from './sheetLocations.ts';
import type { SheetProblemList, Where } from './sheetProblems.ts';
import type { ColumnSpec, SheetSpec } from './sheetSpecs.ts';
import { sourceColumnName } from './sheetSpecs.ts';

// One record (a row of a list, or meta.csv's keys) into one value of the
// story, with where each part came from. A value that cannot be read is told
// at its cell and left out, so the checker does not tell it again as
// missing.

export interface RecordContext {
  readonly spec: SheetSpec;
  readonly locations: SheetLocations;
  readonly problems: SheetProblemList;
  /** The cell a binding reads in this record, and where it is. */
  readonly cell: (b: Binding) => { readonly raw: string; readonly where: Where };
  /** Where a column the sheet lacks would be, for messages about it. */
  readonly absent: (name: string) => Where;
  /** How several cells are named together: `columns` in a list, `keys` in meta.csv. */
  readonly plural: 'columns' | 'keys';
}

type Json = Record<string | number, unknown>;

/** Sets a value as the item's own property, whatever its key: `__proto__` from a header must reach the checker as a key, not a prototype. */
function own(target: Json, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function setAt(target: Json, path: Path, value: unknown): void {
  let cur = target;
  path.forEach((seg, i) => {
    const next = path[i + 1];
    if (next === undefined) return own(cur, seg, value);
    if (!Object.hasOwn(cur, seg)) own(cur, seg, typeof next === 'number' ? [] : {});
    cur = cur[seg] as Json;
  });
}

/** The part of a column's path that its group fills together: ['coordinates'] for lon. */
function groupPath(spec: ColumnSpec): Path {
  const n = spec.path.findIndex((s) => typeof s === 'number');
  return n === -1 ? spec.path : spec.path.slice(0, n);
}

function deleteAt(target: Json, path: Path): void {
  const parent = path.slice(0, -1).reduce<Json | undefined>((o, s) => o?.[s] as Json | undefined, target);
  const last = path[path.length - 1];
  if (parent && last !== undefined) delete parent[last];
}

const GROUP_WORDS: Readonly<Record<string, string>> = {
  coordinates: 'a place needs both',
  'view.bounds': 'a view’s bounds need all four of',
  'view.center': 'a view’s centre needs both',
};

/** Columns that fill one value together (lon and lat) are all filled or all blank. */
function checkGroups(ctx: RecordContext, item: Json, base: Path, filled: ReadonlySet<ColumnSpec>, bound: ReadonlyMap<ColumnSpec, Binding>): void {
  const groups = new Set(ctx.spec.columns.flatMap((c) => (c.group === undefined ? [] : [c.group])));
  for (const group of groups) {
    const members = ctx.spec.columns.filter((c) => c.group === group);
    const given = members.filter((c) => filled.has(c));
    if (given.length === 0 || given.length === members.length) continue;
    const names = members.map((c) => `"${bound.get(c)?.header ?? c.name}"`);
    const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
    const path = [...base, ...groupPath(members[0] as ColumnSpec)];
    for (const c of members.filter((m) => !filled.has(m))) {
      const b = bound.get(c);
      const where = b ? ctx.cell(b).where : ctx.absent(c.name);
      ctx.problems.push({ ...where, message: `blank, while the others are filled: ${GROUP_WORDS[group] ?? ''} ${list}`, path: pathToString(path) });
    }
    deleteAt(item, groupPath(members[0] as ColumnSpec));
    ctx.locations.markTold(path);
  }
}

/** Sources come from numbered columns; a number left out (source1 blank, source2 filled) leaves no gap. */
function readSources(ctx: RecordContext, item: Json, base: Path, sources: ReadonlyMap<number, Map<'url' | 'title', Binding>>): void {
  const numbers = [...sources.keys()].sort((a, b) => a - b);
  let k = 0;
  for (const n of numbers) {
    const parts = sources.get(n);
    const entry: Json = {};
    for (const part of ['url', 'title'] as const) {
      const b = parts?.get(part);
      const path = [...base, 'sources', k, part];
      ctx.locations.set(path, b ? ctx.cell(b).where : ctx.absent(sourceColumnName(n, part)));
      const value = b ? readCell(ctx.cell(b).raw, b.kind) : { blank: true };
      if ('value' in value) own(entry, part, value.value);
    }
    if (Object.keys(entry).length === 0) continue;
    setAt(item, ['sources', k], entry);
    k++;
  }
}

/** A value filled by several cells (coordinates, a view) is placed by all of them: `columns "lon" and "lat"`. */
function placeGroups(ctx: RecordContext, bindings: readonly Binding[], base: Path): void {
  const byPrefix = new Map<string, { path: Path; members: Binding[] }>();
  for (const b of bindings) {
    if (b.source !== undefined) continue;
    for (let n = 1; n < b.path.length; n++) {
      const path = b.path.slice(0, n);
      const key = JSON.stringify(path);
      const entry = byPrefix.get(key) ?? { path, members: [] };
      entry.members.push(b);
      byPrefix.set(key, entry);
    }
  }
  for (const { path, members } of byPrefix.values()) {
    const first = members[0];
    if (!first) continue;
    const names = members.map((m) => `"${m.header}"`);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
    ctx.locations.setIfAbsent([...base, ...path], { ...ctx.cell(first).where, cell: `${names.length === 1 ? ctx.plural.slice(0, -1) : ctx.plural} ${list ?? ''}` });
  }
}

/** Reads the bindings' cells into `item`, whose path in the story is `base`. */
export function readRecord(ctx: RecordContext, bindings: readonly Binding[], item: Json, base: Path): void {
  const filled = new Set<ColumnSpec>();
  const bound = new Map<ColumnSpec, Binding>();
  const sources = new Map<number, Map<'url' | 'title', Binding>>();
  for (const b of bindings) {
    if (b.source !== undefined) {
      const parts = sources.get(b.source) ?? new Map<'url' | 'title', Binding>();
      parts.set(b.path[2] === 'url' ? 'url' : 'title', b);
      sources.set(b.source, parts);
      continue;
    }
    const { raw, where } = ctx.cell(b);
    const path = [...base, ...b.path];
    ctx.locations.set(path, where);
    if (b.spec) bound.set(b.spec, b);
    const value = readCell(raw, b.kind, b.spec?.range);
    if ('problem' in value) {
      ctx.problems.push({ ...where, message: value.problem, path: pathToString(path) });
      ctx.locations.markTold(b.spec ? [...base, ...groupPath(b.spec)] : path);
      if (b.spec) filled.add(b.spec);
    } else if ('value' in value) {
      setAt(item, b.path, value.value);
      if (b.spec) filled.add(b.spec);
    } else if (b.spec?.required === 'empty') {
      setAt(item, b.path, b.kind === 'ids' ? [] : '');
    }
  }
  placeGroups(ctx, bindings, base);
  checkGroups(ctx, item, base, filled, bound);
  readSources(ctx, item, base, sources);
}
