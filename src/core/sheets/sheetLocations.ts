import { type Path, type ValidationError, pathToString } from '../validation/errors.ts';
import type { SheetProblem, Where } from './sheetProblems.ts';

// Where each value of a story read from sheets came from, so that the
// checker's problems, which know only story paths, can be told by sheet, row
// and column. A path with no entry of its own is placed by the nearest entry
// above it: `places[2].coordinates` by the row's lon and lat columns,
// `stances[4]` by its row.

const LAST_SEGMENT = /(\.[A-Za-z_$][A-Za-z0-9_$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/;

export class SheetLocations {
  private readonly places = new Map<string, Where>();
  /** Paths whose problems were already told, in the author's terms; the checker's words on them would repeat it. */
  private readonly told = new Set<string>();

  set(path: Path, where: Where): void {
    this.places.set(pathToString(path), where);
  }

  /** Sets only where nothing more precise was set (a group of columns, under its columns). */
  setIfAbsent(path: Path, where: Where): void {
    const key = pathToString(path);
    if (!this.places.has(key)) this.places.set(key, where);
  }

  markTold(path: Path): void {
    this.told.add(pathToString(path));
  }

  private nearest(path: string, test: (p: string) => boolean): string | undefined {
    let p = path;
    for (;;) {
      if (test(p)) return p;
      const next = p.replace(LAST_SEGMENT, '');
      if (next === p || next === '') return undefined;
      p = next;
    }
  }

  /** True when a problem at `path` (or above it) has been told already. */
  isTold(path: string): boolean {
    return this.nearest(path, (p) => this.told.has(p)) !== undefined;
  }

  where(path: string): Where {
    const found = this.nearest(path, (p) => this.places.has(p));
    return (found !== undefined && this.places.get(found)) || { order: [-1, 0, 0] };
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
