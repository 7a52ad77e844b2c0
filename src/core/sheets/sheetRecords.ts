import { type Path, pathToString } from '../validation/errors.ts';
import { readCell } from './cellValues.ts';
import type { Binding } from './sheetHeaders.ts';
import type { SheetLocations } from './sheetLocations.ts';
import type { Problems } from '../validation/problems.ts';
import type { SheetProblem, Where } from './sheetProblems.ts';
import type { ColumnSpec, SheetSpec } from './sheetSpecs.ts';
import { sourceColumnName } from './sheetSpecs.ts';

// One record (a row of a list, or meta.csv's keys) into one value of the
// story. A value that cannot be read is told at its cell and left out, so
// the checker does not tell it again as missing.

export interface RecordContext {
  readonly spec: SheetSpec;
  readonly locations: SheetLocations;
  readonly problems: Problems<SheetProblem>;
  /** The text of the cell a binding reads in this record. */
  readonly raw: (b: Binding) => string;
  /** Where that cell is, for a message about it. */
  readonly where: (b: Binding) => Where;
  /** Where a column the sheet lacks would be. */
  readonly absent: (name: string) => Where;
}

type Json = Record<string | number, unknown>;

/** Sets a value as the item's own property: `__proto__` from a header must reach the checker as a key, not a prototype. */
function own(target: Json, key: string | number, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function setAt(target: Json, path: Path, value: unknown): void {
  let cur = target;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i] as string | number;
    if (!Object.hasOwn(cur, seg)) own(cur, seg, typeof path[i + 1] === 'number' ? [] : {});
    cur = cur[seg] as Json;
  }
  own(cur, path[path.length - 1] as string | number, value);
}

/** The part of a column's path that its group fills together: ['coordinates'] for lon. */
export function groupPath(spec: ColumnSpec): Path {
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

/** "a", "b" and "c" */
export const inWords = (names: readonly string[]): string =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;

/** Columns that fill one value together (lon and lat) are all filled or all blank. */
const groupsOf = new WeakMap<SheetSpec, readonly (readonly ColumnSpec[])[]>();

/** A sheet's groups of columns, each as its members. */
function groups(spec: SheetSpec): readonly (readonly ColumnSpec[])[] {
  let found = groupsOf.get(spec);
  if (!found) {
    const names = new Set(spec.columns.flatMap((c) => (c.group === undefined ? [] : [c.group])));
    found = [...names].map((g) => spec.columns.filter((c) => c.group === g));
    groupsOf.set(spec, found);
  }
  return found;
}

function checkGroups(ctx: RecordContext, item: Json, base: Path, filled: ReadonlySet<ColumnSpec>, bound: ReadonlyMap<ColumnSpec, Binding>): void {
  for (const members of groups(ctx.spec)) {
    const group = members[0]?.group ?? '';
    const given = members.filter((c) => filled.has(c)).length;
    // A group whose column the sheet lacks was told once, for the whole sheet.
    if (given === 0 || given === members.length || (ctx.spec.sheet !== 'meta' && members.some((c) => !bound.has(c)))) continue;
    const list = inWords(members.map((c) => `"${bound.get(c)?.header ?? c.name}"`));
    const path = [...base, ...groupPath(members[0] as ColumnSpec)];
    for (const c of members.filter((m) => !filled.has(m))) {
      const b = bound.get(c);
      ctx.problems.push({ ...(b ? ctx.where(b) : ctx.absent(c.name)), message: `blank, while the others are filled: ${GROUP_WORDS[group] ?? ''} ${list}`, path: pathToString(path) });
    }
    deleteAt(item, groupPath(members[0] as ColumnSpec));
    ctx.locations.markTold(path);
  }
}

/** Sources come from numbered columns; a number left out (source1 blank, source2 filled) leaves no gap. */
function readSources(ctx: RecordContext, item: Json, base: Path, sources: ReadonlyMap<number, ReadonlyMap<'url' | 'title', Binding>>): void {
  let k = 0;
  for (const n of [...sources.keys()].sort((a, b) => a - b)) {
    const parts = sources.get(n);
    const entry: Json = {};
    for (const part of ['url', 'title'] as const) {
      const b = parts?.get(part);
      const value = b ? readCell(ctx.raw(b), b.kind) : { blank: true };
      if ('value' in value) entry[part] = value.value;
    }
    if (Object.keys(entry).length === 0) continue;
    // The sheet's rule places sources[k] at source(k+1); one that moved up is placed by its own columns.
    if (n !== k + 1) {
      for (const part of ['url', 'title'] as const) {
        const b = parts?.get(part);
        ctx.locations.set([...base, 'sources', k, part], b ? ctx.where(b) : ctx.absent(sourceColumnName(n, part)));
      }
    }
    setAt(item, ['sources', k], entry);
    k++;
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
    if (b.spec) bound.set(b.spec, b);
    const value = readCell(ctx.raw(b), b.kind, b.spec?.range);
    if ('problem' in value) {
      ctx.problems.push({ ...ctx.where(b), message: value.problem, path: pathToString([...base, ...b.path]) });
      ctx.locations.markTold([...base, ...(b.spec ? groupPath(b.spec) : b.path)]);
      if (b.spec) filled.add(b.spec);
    } else if ('value' in value) {
      setAt(item, b.path, value.value);
      if (b.spec) filled.add(b.spec);
    } else if (b.spec?.required === 'empty') {
      setAt(item, b.path, b.kind === 'ids' ? [] : '');
    }
  }
  checkGroups(ctx, item, base, filled, bound);
  if (sources.size > 0) readSources(ctx, item, base, sources);
}
