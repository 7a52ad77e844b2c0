import { type StoryModel, isKnownId } from '../model.ts';
import { type Timeline, clampDay } from '../timeline.ts';
import type { AppState } from './appState.ts';

/**
 * The state a new version of the same story opens at (the studio's preview,
 * after an edit): the date, the view and the reader's choices carry over,
 * clamped into the new timeline; a selection or focus carries over only if
 * its id still exists. Nothing animates or plays across the change: there is
 * no "what changed" between two versions, only a new picture.
 */
export function carryState(previous: AppState, opening: AppState, model: StoryModel, timeline: Timeline): AppState {
  const t = clampDay(timeline, previous.t);
  const known = (id: string): string => (id !== '' && isKnownId(model, id) ? id : '');
  return {
    ...opening,
    t,
    previousT: t,
    selected: known(previous.selected),
    focus: known(previous.focus),
    projection: previous.projection,
    actorScope: previous.actorScope,
    hiddenTypes: previous.hiddenTypes,
    speed: previous.speed,
    camera: previous.camera,
    following: previous.following,
  };
}
