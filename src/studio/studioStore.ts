import { type FieldProblems, fieldProblems } from '../core/studio/fieldProblems.ts';
import { type History, closeStep, edit, redo, undo } from '../core/studio/history.ts';
import type { WorkingCopy } from '../core/studio/workingCopy.ts';
import type { ValidationError } from '../core/validation/errors.ts';

// The studio's one source of truth: the working copy's history, the item
// being edited, and what the checker finds. Fields and buttons only call
// these functions; everything shown follows from the state they hand out.

export type Tab = 'story' | 'item' | 'actors' | 'places' | 'scenes' | 'suggest';

export interface StudioState {
  readonly history: History<WorkingCopy>;
  /** Id of the item the form shows ("" for none). */
  readonly selected: string;
  readonly tab: Tab;
  readonly problems: FieldProblems;
  /** Why the state changed: an edit made in a field need not refill that field; typing goes on after this one. */
  readonly cause: 'typing' | 'edit' | 'undo' | 'select' | 'load';
}

export interface StudioStore {
  get(): StudioState;
  /** One edit: `key` joins edits typed in a row into one undo step. */
  edit(label: string, recipe: (draft: WorkingCopy) => void, key?: string): void;
  /** An edit that also opens what it made: the recipe returns the id to show. */
  create(label: string, recipe: (draft: WorkingCopy) => string, tab?: Tab): string;
  undo(): void;
  redo(): void;
  /** Ends a run of typing (the field lost focus): the next edit is a step of its own. */
  settle(): void;
  select(id: string, tab?: Tab): void;
  show(tab: Tab): void;
  load(history: History<WorkingCopy>): void;
  subscribe(listener: (state: StudioState, previous: StudioState) => void): void;
}

/** `validate` is the checker (validation/validateStory.ts), the same as the CLI's. */
export function createStudioStore(history: History<WorkingCopy>, validate: (input: unknown) => readonly ValidationError[]): StudioStore {
  const check = (h: History<WorkingCopy>): FieldProblems => fieldProblems(validate(h.present.story));
  let state: StudioState = { history, selected: '', tab: 'story', problems: check(history), cause: 'load' };
  const listeners: ((s: StudioState, p: StudioState) => void)[] = [];
  const set = (next: StudioState): void => {
    const previous = state;
    state = next;
    for (const l of listeners) l(state, previous);
  };
  const withHistory = (h: History<WorkingCopy>, cause: StudioState['cause']): void => {
    if (h === state.history) return;
    set({ ...state, history: h, problems: h.present.story === state.history.present.story ? state.problems : check(h), cause });
  };
  return {
    get: () => state,
    edit: (label, recipe, key) => withHistory(edit(state.history, label, recipe, key), key === undefined ? 'edit' : 'typing'),
    create(label, recipe, tab = 'item') {
      let id = '';
      const h = edit(state.history, label, (d) => { id = recipe(d); });
      set({ ...state, history: h, problems: check(h), selected: id, tab, cause: 'select' });
      return id;
    },
    undo: () => withHistory(undo(state.history), 'undo'),
    redo: () => withHistory(redo(state.history), 'undo'),
    settle: () => { state = { ...state, history: closeStep(state.history) }; },
    select: (id, tab) => set({ ...state, selected: id, tab: tab ?? state.tab, cause: 'select' }),
    show: (tab) => set({ ...state, tab, cause: 'select' }),
    load: (h) => set({ history: h, selected: '', tab: 'story', problems: check(h), cause: 'load' }),
    subscribe: (l) => { listeners.push(l); },
  };
}
