import type { StoryModel } from '../model.ts';
import type { AppState } from '../state/appState.ts';

// The studio's preview keeps the author's view from one version of the story
// to the next, with one exception: a story begun with nothing to show sits on
// the whole world, and its first places are framed as a reader will first see
// them.

/** Whether this version is framed as the story opens: the one before had no place, this one has, and nobody has moved the map. */
export function framesFirstSight(before: StoryModel, after: StoryModel, state: Pick<AppState, 'camera' | 'mode'>): boolean {
  return before.places.size === 0 && after.places.size > 0 && state.camera === undefined && state.mode !== 'present';
}
