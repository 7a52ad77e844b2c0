import type { Action, AppState } from '../core/state/appState.ts';

/**
 * Turns time into actions while playing: one "tick" per step at the chosen
 * speed. What a tick does (next stop, stop at the end) is the reducer's call.
 */
export function createPlayback(dispatch: (a: Action) => void): { update(state: AppState, previous: AppState): void } {
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    update(state, previous) {
      if (state.playing === previous.playing && state.speed === previous.speed) return;
      clearInterval(timer);
      timer = undefined;
      if (state.playing) timer = setInterval(() => dispatch({ type: 'tick' }), 1000 / state.speed);
    },
  };
}
