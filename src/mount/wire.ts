import type { Adapter } from '../core/state/adapter.ts';
import type { AppState } from '../core/state/appState.ts';
import type { FrameStep } from '../core/state/frames.ts';
import type { Store } from '../core/state/store.ts';

/**
 * One-way data flow: each new state becomes one frame step, handed to every
 * adapter in order. Each adapter is first shown the starting state.
 */
export function wire(store: Store, follow: (state: AppState, previous: AppState) => FrameStep, adapters: readonly Adapter[], signal: AbortSignal): void {
  const start = store.getState();
  const first = follow(start, start);
  for (const a of adapters) a.update(start, start, first);
  store.subscribe((state, previous) => {
    if (signal.aborted) return;
    const step = follow(state, previous);
    for (const a of adapters) a.update(state, previous, step);
  });
}
