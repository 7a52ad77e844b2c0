import { createStore, del, get, keys, set, update } from 'idb-keyval';
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
  /** The tab that last wrote it: another tab's newer copy is never overwritten. */
  readonly writer?: string;
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

export function draftById(id: string): Promise<Draft | undefined> {
  return get<Draft>(id, drafts);
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

/** Said when another tab saved this story after this one last did. */
const ELSEWHERE = 'Not saved: this story was changed in another tab or window since. Reload to continue with that version, or Download this one to keep it.';

/** `since`: when the copy being continued was saved (a copy saved later by another tab is not overwritten). */
export function createAutosave(id: string, since: number | undefined, status: (s: SaveStatus) => void, signal: AbortSignal): Autosave {
  const writer = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  let lastSaved = since;
  let waiting: History<WorkingCopy> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing = Promise.resolve();
  void set(CURRENT, id, settings).catch(() => undefined);
  const write = (): Promise<void> => {
    clearTimeout(timer);
    const history = waiting;
    waiting = undefined;
    if (!history) return writing;
    const title = typeof history.present.story.meta.title === 'string' ? history.present.story.meta.title : '';
    const draft: Draft = { id, title, saved: Date.now(), history, writer };
    let elsewhere = false;
    // Read and written in one transaction: a copy another tab saved after this one's last save stays.
    const keepNewer = (old: Draft | undefined): Draft => {
      elsewhere = old !== undefined && old.writer !== writer && lastSaved !== undefined && old.saved > lastSaved;
      return elsewhere && old ? old : draft;
    };
    writing = writing.then(() => update(id, keepNewer, drafts)).then(
      () => {
        if (elsewhere) return status({ kind: 'failed', message: ELSEWHERE });
        lastSaved = draft.saved;
        if (!waiting) status({ kind: 'saved' });
      },
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
