import { isBriefingKey, readSceneMessage } from '../core/sceneMessage.ts';
import type { Action, AppState } from '../core/state/appState.ts';

// Keeps the presentation window and the speaker-notes window on the same
// scene: each posts its scene when the reader changes it there, and follows
// the other's. A change that arrived from the other window is not posted back,
// and a message older than the last change seen is ignored, so quick stepping
// in both windows never starts an echo.
//
// BroadcastChannel never crosses origins, but any page of this origin may
// join a channel whose name it can guess. So the channel is named after a key
// the presentation window makes at random (kept for the tab's session, so a
// reload keeps its notes window) and hands to the notes window it opens, in
// that window's address.

const STORED_KEY = 'stancemap:briefing';
export const BRIEFING_PARAM = 'briefing';

function randomKey(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** This briefing's key: the presentation window's own, or the one the notes window was handed. */
export function briefingKey(mode: 'present' | 'notes'): string | undefined {
  if (mode === 'notes') {
    const handed = new URLSearchParams(window.location.search).get(BRIEFING_PARAM);
    return isBriefingKey(handed) ? handed : undefined;
  }
  let kept: string | null = null;
  try {
    kept = window.sessionStorage.getItem(STORED_KEY);
  } catch {
    // Storage refused (a sandboxed frame): a key for this page only.
  }
  if (isBriefingKey(kept)) return kept;
  const key = randomKey();
  try {
    window.sessionStorage.setItem(STORED_KEY, key);
  } catch {
    // As above.
  }
  return key;
}

export function createSceneSync(key: string | undefined, sceneCount: number, dispatch: (a: Action) => void): { update(state: AppState, previous: AppState): void } {
  if (key === undefined || typeof BroadcastChannel === 'undefined') return { update: () => undefined };
  const channel = new BroadcastChannel(`stancemap:${key}`);
  let lastChange = 0;
  let applying = false;
  channel.addEventListener('message', (e: MessageEvent<unknown>) => {
    const message = readSceneMessage(e.data, sceneCount);
    if (!message || message.at <= lastChange) return;
    lastChange = message.at;
    applying = true;
    try {
      dispatch({ type: 'goToScene', index: message.index });
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
