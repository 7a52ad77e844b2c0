import { createStore, del, get, keys, set } from 'idb-keyval';
import type { History } from '../core/studio/history.ts';
import type { WorkingCopy } from '../core/studio/workingCopy.ts';

// The working copies, kept in IndexedDB (through idb-keyval: a key-value
// store is all this needs) after every change, with their undo history, so
// nothing typed is lost to a reload, the Back button or a crashed tab.
// Starting another story never overwrites one: each has its own key.

export interface Draft {
  readonly id: string;
  readonly title: string;
  /** When it was last saved (ms since 1970), to list the most recent first. */
  readonly saved: number;
  readonly history: History<WorkingCopy>;
}

/** Saves are gathered for this long: a burst of typing is one write. */
const GATHER_MS = 250;
const CURRENT = 'current';

const drafts = createStore('stancemap-studio', 'drafts');
const settings = createStore('stancemap-studio-settings', 'settings');

export type SaveStatus = { readonly kind: 'saved' | 'saving' } | { readonly kind: 'failed'; readonly message: string };

/** Every working copy kept in this browser, the most recently saved first. */
export async function savedDrafts(): Promise<Draft[]> {
  const ids = await keys<string>(drafts);
  const all = await Promise.all(ids.map((id) => get<Draft>(id, drafts)));
  return all.filter((d): d is Draft => d !== undefined).sort((a, b) => b.saved - a.saved);
}

/** The working copy open when the studio was last used. */
export async function currentDraft(): Promise<Draft | undefined> {
  const id = await get<string>(CURRENT, settings);
  return id === undefined ? undefined : get<Draft>(id, drafts);
}

export function removeDraft(id: string): Promise<void> {
  return del(id, drafts);
}

export interface Autosave {
  save(history: History<WorkingCopy>): void;
  /** Writes what is waiting now (the page is being hidden or left). */
  flush(): Promise<void>;
}

function failure(e: unknown): string {
  const quota = e instanceof DOMException && e.name === 'QuotaExceededError';
  return quota
    ? 'Not saved: this browser’s storage for the studio is full. Download the story to keep it.'
    : `Not saved: the browser refused to store the working copy (${e instanceof Error ? e.message : String(e)}). Download the story to keep it.`;
}

export function createAutosave(id: string, status: (s: SaveStatus) => void, signal: AbortSignal): Autosave {
  let waiting: History<WorkingCopy> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing = Promise.resolve();
  void set(CURRENT, id, settings).catch(() => undefined);
  const write = (): Promise<void> => {
    clearTimeout(timer);
    const history = waiting;
    waiting = undefined;
    if (!history) return writing;
    const draft: Draft = { id, title: history.present.story.meta.title, saved: Date.now(), history };
    writing = writing.then(() => set(id, draft, drafts)).then(
      () => { if (!waiting) status({ kind: 'saved' }); },
      (e: unknown) => status({ kind: 'failed', message: failure(e) }),
    );
    return writing;
  };
  const hidden = (): void => { if (document.visibilityState === 'hidden') void write(); };
  document.addEventListener('visibilitychange', hidden, { signal });
  window.addEventListener('pagehide', () => void write(), { signal });
  return {
    save(history) {
      waiting = history;
      status({ kind: 'saving' });
      clearTimeout(timer);
      timer = setTimeout(() => void write(), GATHER_MS);
    },
    flush: write,
  };
}
