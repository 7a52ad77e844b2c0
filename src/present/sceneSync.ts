import type { Action, AppState } from '../core/state/appState.ts';

// Keeps the presentation window and the speaker-notes window on the same
// scene: each posts its scene when the reader changes it there, and follows
// the other's. A change that arrived from the other window is not posted back,
// and a message older than the last change seen is ignored, so quick stepping
// in both windows never starts an echo. Same-origin only (BroadcastChannel
// never crosses origins).

export function createSceneSync(channelName: string, dispatch: (a: Action) => void): { update(state: AppState, previous: AppState): void } {
  if (typeof BroadcastChannel === 'undefined') return { update: () => undefined };
  const channel = new BroadcastChannel(channelName);
  let lastChange = 0;
  let applying = false;
  channel.addEventListener('message', (e: MessageEvent<unknown>) => {
    const data = e.data as { type?: unknown; index?: unknown; at?: unknown } | null;
    if (!data || data.type !== 'scene' || typeof data.index !== 'number' || !Number.isInteger(data.index) || typeof data.at !== 'number') return;
    if (data.at <= lastChange) return;
    lastChange = data.at;
    applying = true;
    try {
      dispatch({ type: 'goToScene', index: data.index });
    } finally {
      applying = false;
    }
  });
  return {
    update(state, previous) {
      if (applying || state.scene === previous.scene || state.scene < 0) return;
      lastChange = Math.max(Date.now(), lastChange + 1);
      channel.postMessage({ type: 'scene', index: state.scene, at: lastChange });
    },
  };
}
