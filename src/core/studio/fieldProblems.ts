import type { ValidationError } from '../validation/errors.ts';

// The checker's problems, placed at the studio's fields: each field shows the
// problems whose path is its own (the same message and path as the CLI), and
// each item in a list shows how many problems lie inside it.

export interface FieldProblems {
  /** The problems at exactly this path, each as the CLI prints it ("stances[3].quote: these words are not in …"). */
  at(path: string): readonly string[];
  /** How many problems lie at or under this path ("stances[3]" counts its fields' problems). */
  countUnder(path: string): number;
  /** Every problem, in file order. */
  readonly all: readonly ValidationError[];
}

export function fieldProblems(errors: readonly ValidationError[]): FieldProblems {
  const byPath = new Map<string, string[]>();
  for (const e of errors) byPath.set(e.path, [...byPath.get(e.path) ?? [], `${e.path}: ${e.message}`]);
  return {
    at: (path) => byPath.get(path) ?? [],
    countUnder: (path) => errors.filter((e) => e.path === path || e.path.startsWith(`${path}.`) || e.path.startsWith(`${path}[`)).length,
    all: errors,
  };
}
