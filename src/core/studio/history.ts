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

/** The history after an edit; an edit that changes nothing leaves it as it was (nothing to undo). */
export function edit<T extends object>(history: History<T>, label: string, recipe: (draft: T) => void): History<T> {
  const [present, redo, undo] = produceWithPatches(history.present, (draft) => { recipe(draft as T); });
  if (redo.length === 0) return history;
  const past = [...history.past, { label, redo, undo }].slice(-HISTORY_LIMIT);
  return { present, past, future: [] };
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
