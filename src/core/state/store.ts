import { type Action, type AppState, type Context, reduce } from './appState.ts';

export type Listener = (state: AppState, previous: AppState) => void;

export interface Store {
  readonly getState: () => AppState;
  readonly dispatch: (action: Action) => void;
  readonly subscribe: (listener: Listener) => () => void;
}

/** The one place state changes; listeners hear only real changes. */
export function createStore(initial: AppState, ctx: Context): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    getState: () => state,
    dispatch(action) {
      const previous = state;
      state = reduce(state, action, ctx);
      if (state !== previous) for (const l of listeners) l(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
