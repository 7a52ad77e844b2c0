import type { ValidationError } from '../validation/errors.ts';

// A problem in a set of sheets is told where an author looks for it: the
// file, the row (as the spreadsheet numbers it, the header being row 1) and
// the column by its header; then where it lands in the story, so a message
// from the checker reads the same in both worlds:
//   stances.csv row 14, column "to": unknown actor or place "chna" (stances[12].to)

export interface Where {
  /** The file's name as the author gave it. */
  readonly file?: string;
  readonly row?: number;
  /** `column "to"`, `column G` (a column without a header), `key "title"` (meta.csv), `columns "lon" and "lat"`. */
  readonly cell?: string;
  /** Sorting: the sheet's place in the story, then the row, then the column. */
  readonly order: readonly [number, number, number];
}

export interface SheetProblem extends Where {
  readonly message: string;
  /** Where in the story the value goes, when it has one: "stances[12].to". */
  readonly path?: string;
  /** Set on the last entry of a list cut short: how many problems were not listed. */
  readonly more?: number;
  /** A sheet missing or unreadable, or the article given twice: what the checker would add only follows from it. */
  readonly blocksChecker?: true;
}

export function whereText(w: Where): string {
  const parts = [w.file, w.row === undefined ? undefined : `row ${w.row}`].filter((p) => p !== undefined).join(' ');
  const cell = w.cell === undefined ? '' : `${parts === '' ? '' : ', '}${w.cell}`;
  return parts + cell || 'the sheets';
}

export function formatSheetProblem(p: SheetProblem): string {
  return `${whereText(p)}: ${p.message}${p.path === undefined ? '' : ` (${p.path})`}`;
}

/** For the page's list of problems, which prints `path: message`. */
export function asValidationError(p: SheetProblem): ValidationError {
  const message = `${p.message}${p.path === undefined ? '' : ` (${p.path})`}`;
  return p.more === undefined ? { path: whereText(p), message } : { path: '(file)', message, more: p.more };
}

export function inSheetOrder(problems: readonly SheetProblem[]): SheetProblem[] {
  const keyed = problems.map((p, i) => ({ p, i }));
  keyed.sort((a, b) => a.p.order[0] - b.p.order[0] || a.p.order[1] - b.p.order[1] || a.p.order[2] - b.p.order[2] || a.i - b.i);
  return keyed.map((k) => k.p);
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A column's letters as a spreadsheet shows them: 0 is A, 26 is AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = `${LETTERS[r] ?? ''}${out}`;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
