import { type Patch, applyPatches, enablePatches, produceWithPatches } from 'immer';

// The working copy's history: every edit the author makes is a recipe run
// through immer, which gives the new copy and the patches that undo and redo
// it, so undo and redo cost what the edit changed, not a copy of the story.
// The same patches can feed autosave. Pure: the studio keeps a History value
// and replaces it on each edit, undo and redo.

enablePatches();

interface Step {
  /** Shown in the Undo button's name ("Undo: new stance"). */
  readonly label: string;
  /** Edits with the same key in a row are one step (typing in one field is undone as a whole). */
  readonly key?: string;
  readonly redo: readonly Patch[];
  readonly undo: readonly Patch[];
}

export interface History<T> {
  readonly present: T;
  readonly past: readonly Step[];
  readonly future: readonly Step[];
}

/** How many edits can be undone; the oldest are forgotten past this. */
export const HISTORY_LIMIT = 500;

export function historyOf<T>(present: T): History<T> {
  return { present, past: [], future: [] };
}

/**
 * Two steps as one: the second's patches after the first's. When both set one
 * value (typing in a field), only the first old value and the last new one are
 * kept, so a typed paragraph is not stored once per key press.
 */
function merged(first: Step, second: Step): Step {
  // Both set the same values (typing, which may also move quote ranges): the first old values and the last new ones.
  const paths = (patches: readonly Patch[]): string => patches.map((p) => `${p.op}:${p.path.join('/')}`).sort().join('|');
  const replacing = (patches: readonly Patch[]): boolean => patches.every((p) => p.op === 'replace');
  if (replacing(first.redo) && replacing(second.redo) && paths(first.redo) === paths(second.redo)) return { ...second, undo: first.undo };
  return { ...second, redo: [...first.redo, ...second.redo], undo: [...second.undo, ...first.undo] };
}

/**
 * The history after an edit; an edit that changes nothing leaves it as it was
 * (nothing to undo). An edit with the same `key` as the one before joins it.
 */
export function edit<T extends object>(history: History<T>, label: string, recipe: (draft: T) => void, key?: string): History<T> {
  const [present, redo, undo] = produceWithPatches(history.present, (draft) => { recipe(draft as T); });
  if (redo.length === 0) return history;
  const step: Step = key === undefined ? { label, redo, undo } : { label, key, redo, undo };
  const last = history.past[history.past.length - 1];
  const joins = key !== undefined && last?.key === key && history.future.length === 0;
  const past = joins ? [...history.past.slice(0, -1), merged(last, step)] : [...history.past, step].slice(-HISTORY_LIMIT);
  return { present, past, future: [] };
}

/** Ends the current run of typing: the next edit is a step of its own even with the same key. */
export function closeStep<T>(history: History<T>): History<T> {
  const last = history.past[history.past.length - 1];
  if (last?.key === undefined) return history;
  const step: Step = { label: last.label, redo: last.redo, undo: last.undo };
  return { ...history, past: [...history.past.slice(0, -1), step] };
}

export function undo<T extends object>(history: History<T>): History<T> {
  const step = history.past[history.past.length - 1];
  if (!step) return history;
  return { present: applyPatches(history.present, step.undo as Patch[]), past: history.past.slice(0, -1), future: [step, ...history.future] };
}

export function redo<T extends object>(history: History<T>): History<T> {
  const [step, ...future] = history.future;
  if (!step) return history;
  return { present: applyPatches(history.present, step.redo as Patch[]), past: [...history.past, step], future };
}

/** What Undo and Redo would do now, for their buttons' names ("" when there is nothing). */
export function nextLabels(history: History<unknown>): { readonly undo: string; readonly redo: string } {
  return { undo: history.past[history.past.length - 1]?.label ?? '', redo: history.future[0]?.label ?? '' };
}
