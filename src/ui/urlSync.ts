import type { Action, AppState } from '../core/state/appState.ts';
import { stateToHash } from '../core/state/urlState.ts';

/** While the story plays, the URL is brought up to date at most this often. */
export const PLAYING_URL_MS = 1000;

/**
 * Keeps the URL fragment equal to the state without adding history entries
 * (the slider would flood Back), and turns a fragment the reader edits or
 * navigates to into a state to restore. During playback the fragment is
 * written at most once a second and again when playback stops: each
 * replaceState took about 30 ms per step in the benchmark, and browsers
 * throttle pages that call it too often.
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

  function write(state: AppState): void {
    const hash = stateToHash(state, opening);
    if (hash === written) return;
    written = hash;
    const url = `${window.location.pathname}${window.location.search}${hash}`;
    window.history.replaceState(window.history.state, '', url);
  }

  return {
    update(state) {
      if (!state.playing) {
        clearTimeout(timer);
        timer = undefined;
        write(state);
        return;
      }
      pending = state;
      timer ??= setTimeout(() => {
        timer = undefined;
        if (pending) write(pending);
      }, PLAYING_URL_MS);
    },
  };
}
