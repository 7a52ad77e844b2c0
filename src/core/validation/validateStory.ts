import * as z from 'zod/mini';
import { type Story, storySchema } from '../schema/story.schema.ts';
import { LIMITS } from '../schema/limits.ts';
import { checkDates } from './dateChecks.ts';
import { type ErrorSink, type ValidationError } from './errors.ts';
import { indexIds } from './idChecks.ts';
import { checkLinks } from './linkChecks.ts';
import { Problems, moreProblems } from './problems.ts';
import { checkReferences } from './referenceChecks.ts';
import { schemaGate } from './schemaGate.ts';
import { checkSceneFocus } from './sceneChecks.ts';
import { schemaProblems } from './schemaProblems.ts';
import { isObj } from './untrusted.ts';
import { checkViewsAndNames } from './viewChecks.ts';
import { checkQuotesInSource } from './quoteChecks.ts';

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

/** In document order (by section and item; within an item, in the order found). */
export function inDocumentOrder(errors: readonly ValidationError[]): ValidationError[] {
  const keyed = errors.map((e, i) => ({ e, i, k: sortKey(e.path) }));
  keyed.sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i);
  return keyed.map((x) => x.e);
}

/** Runs one check into a list of its own, so that each keeps its own first problems. */
function collect(check: (sink: ErrorSink) => void): Problems {
  const problems = new Problems();
  check(problems);
  return problems;
}

/** The cross-reference passes, each walking the file in document order. */
function crossChecks(input: unknown): Problems[] {
  const ids = new Problems();
  const index = indexIds(input, ids);
  return [
    ids,
    collect((sink) => checkReferences(input, index, sink)),
    collect((sink) => checkDates(input, sink)),
    collect((sink) => checkLinks(input, sink)),
    collect((sink) => checkViewsAndNames(input, sink)),
    collect((sink) => checkSceneFocus(input, sink)),
    collect((sink) => checkQuotesInSource(input, sink)),
  ];
}

/**
 * Every problem in the file, in document order: the first
 * LIMITS.problemsListed of them, then one entry that counts the rest. Each
 * check keeps its own first ones, so the file's first are among them.
 * `extra` holds those found in the text itself (repeated keys).
 */
export function validateStory(input: unknown, extra: Problems = new Problems()): ValidationError[] {
  const found = [
    extra,
    collect((sink) => {
      if (!certainlyValid(input)) schemaProblems(input, sink);
    }),
    ...(isObj(input) ? crossChecks(input) : []),
  ];
  const total = found.reduce((n, p) => n + p.count, 0);
  const listed = inDocumentOrder(found.flatMap((p) => p.list)).slice(0, LIMITS.problemsListed);
  return total > listed.length ? [...listed, moreProblems(total - listed.length)] : listed;
}

export function checkStory(input: unknown, extra?: Problems): StoryCheck {
  const errors = validateStory(input, extra);
  return errors.length === 0 ? { ok: true, story: input as Story } : { ok: false, errors };
}
