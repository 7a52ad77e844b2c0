import type { AppState } from '../core/state/appState.ts';
import { stateToHash } from '../core/state/urlState.ts';

/** "Open full map": the explore page at the same state, in a new tab. */
export function createOpenFullMap(link: HTMLAnchorElement, opening: AppState): { update(state: AppState): void } {
  link.target = '_blank';
  link.rel = 'noopener';
  return {
    update(state) {
      const url = new URL(window.location.href);
      url.searchParams.delete('mode');
      url.hash = stateToHash({ ...state, mode: 'explore' }, opening);
      if (link.href !== url.href) link.href = url.href;
    },
  };
}
