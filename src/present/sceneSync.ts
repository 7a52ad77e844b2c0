import type { Action, AppState } from '../core/state/appState.ts';

// Keeps the presentation window and the speaker-notes window on the same
// scene: each posts its scene when it changes and follows the other's.
// Same-origin only (BroadcastChannel never crosses origins).

export function createSceneSync(channelName: string, dispatch: (a: Action) => void): { update(state: AppState, previous: AppState): void } {
  if (typeof BroadcastChannel === 'undefined') return { update: () => undefined };
  const channel = new BroadcastChannel(channelName);
  channel.addEventListener('message', (e: MessageEvent<unknown>) => {
    const data = e.data as { type?: unknown; index?: unknown } | null;
    if (data && data.type === 'scene' && typeof data.index === 'number' && Number.isInteger(data.index)) {
      dispatch({ type: 'goToScene', index: data.index });
    }
  });
  return {
    update(state, previous) {
      if (state.scene !== previous.scene && state.scene >= 0) channel.postMessage({ type: 'scene', index: state.scene });
    },
  };
}
