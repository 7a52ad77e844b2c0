import type { AppState } from './appState.ts';
import type { FrameStep } from './frames.ts';

/**
 * What every adapter is to the page's wiring: it is handed each new state
 * with the one before and the frame step between them, and applies what
 * changed. The first call has the same state twice and a step whose frame
 * is its previous one: the adapter shows everything then.
 */
export interface Adapter {
  update(state: AppState, previous: AppState, step: FrameStep): void;
}

/**
 * A view of the map area, whatever draws it (the MapLibre map, the SVG still,
 * the slot that switches between them): an adapter that says when it has
 * first drawn the story.
 */
export interface MapArea extends Adapter {
  readonly ready: Promise<void>;
}

/** The first call: nothing changed yet, everything is to be shown. */
export function isFirst(state: AppState, previous: AppState): boolean {
  return state === previous;
}
