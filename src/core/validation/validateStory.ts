import * as z from 'zod/mini';
import { type Story, storySchema } from '../schema/story.schema.ts';
import { checkDates } from './dateChecks.ts';
import { type ValidationError } from './errors.ts';
import { formatIssues } from './formatIssue.ts';
import { indexIds } from './idChecks.ts';
import { checkLinks } from './linkChecks.ts';
import { checkReferences } from './referenceChecks.ts';
import { schemaGate } from './schemaGate.ts';
import { checkViewsAndNames } from './viewChecks.ts';

// zod compiles validators with `new Function` unless told not to; the app runs
// under a CSP without 'unsafe-eval'.
z.config({ jitless: true });

/** True only for files zod would accept: those skip zod's slower walk; the rest get its messages. */
const certainlyValid = schemaGate(storySchema);

export type StoryCheck =
  | { readonly ok: true; readonly story: Story }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

const ORDER = ['(file)', '(root)', '$schema', 'version', 'meta', 'places', 'actors', 'stances', 'events', 'areas', 'scenes'];

function sortKey(path: string): [number, number] {
  const m = /^([^.[]+)(?:\[(\d+)\])?/.exec(path);
  const top = ORDER.indexOf(m?.[1] ?? '');
  return [top === -1 ? ORDER.length : top, m?.[2] === undefined ? -1 : Number(m[2])];
}

/** Every problem in the file, in document order: schema first, then the cross-reference pass. */
export function validateStory(input: unknown): ValidationError[] {
  const errors: ValidationError[] = [];
  if (!certainlyValid(input)) {
    const parsed = storySchema.safeParse(input);
    if (!parsed.success) errors.push(...formatIssues(parsed.error.issues, input));
  }
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const index = indexIds(input, errors);
    checkReferences(input, index, errors);
    checkDates(input, errors);
    checkLinks(input, errors);
    checkViewsAndNames(input, errors);
  }
  const keyed = errors.map((e, i) => ({ e, i, k: sortKey(e.path) }));
  keyed.sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i);
  return keyed.map((x) => x.e);
}

export function checkStory(input: unknown): StoryCheck {
  const errors = validateStory(input);
  return errors.length === 0 ? { ok: true, story: input as Story } : { ok: false, errors };
}
