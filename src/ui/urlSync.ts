import type { Action, AppState } from '../core/state/appState.ts';
import { stateToHash } from '../core/state/urlState.ts';

/** While the story plays, the URL is brought up to date at most this often. */
export const PLAYING_URL_MS = 1000;

/** Otherwise it is written this long after the last change (a slider drag writes once, when it rests). */
export const SETTLED_URL_MS = 150;

/**
 * Keeps the URL fragment equal to the state without adding history entries
 * (the slider would flood Back), and turns a fragment the reader edits or
 * navigates to into a state to restore. The write is kept off the input's
 * path: during playback at most once a second, otherwise once the state has
 * rested for a moment. replaceState is slow inside every scrub and
 * playback step (docs/performance.md), and browsers throttle pages that call
 * it too often.
 */
export function createUrlSync(opening: AppState, read: (hash: string) => AppState | undefined, dispatch: (a: Action) => void, signal: AbortSignal): { update(state: AppState): void } {
  let written = window.location.hash;
  let pending: AppState | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('hashchange', () => {
    if (window.location.hash === written) return;
    const state = read(window.location.hash);
    if (state) dispatch({ type: 'restore', state });
  }, { signal });
  signal.addEventListener('abort', () => clearTimeout(timer));

  function flush(): void {
    timer = undefined;
    if (pending) write(pending);
  }

  function write(state: AppState): void {
    const hash = stateToHash(state, opening);
    if (hash === written) return;
    written = hash;
    const url = `${window.location.pathname}${window.location.search}${hash}`;
    window.history.replaceState(window.history.state, '', url);
  }

  return {
    update(state) {
      pending = state;
      if (state.playing) {
        timer ??= setTimeout(flush, PLAYING_URL_MS);
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(flush, SETTLED_URL_MS);
    },
  };
}
