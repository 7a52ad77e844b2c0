import type { Action, AppState } from '../core/state/appState.ts';
import { stateToHash } from '../core/state/urlState.ts';

/**
 * Keeps the URL fragment equal to the state without adding history entries
 * (the slider would flood Back), and turns a fragment the reader edits or
 * navigates to into a state to restore.
 */
export function createUrlSync(opening: AppState, read: (hash: string) => AppState | undefined, dispatch: (a: Action) => void, signal: AbortSignal): { update(state: AppState): void } {
  let written = window.location.hash;
  window.addEventListener('hashchange', () => {
    if (window.location.hash === written) return;
    const state = read(window.location.hash);
    if (state) dispatch({ type: 'restore', state });
  }, { signal });
  return {
    update(state) {
      const hash = stateToHash(state, opening);
      if (hash === written) return;
      written = hash;
      const url = `${window.location.pathname}${window.location.search}${hash}`;
      window.history.replaceState(window.history.state, '', url);
    },
  };
}
