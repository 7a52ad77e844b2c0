import { type Frame, placesOf } from './frame.ts';
import type { StoryModel } from './model.ts';
import { placeNodesOfIds } from './scenes.ts';

/**
 * The places whose labels go first when labels compete for room: those of
 * the current event, of what is selected, of the actor in focus and of a
 * briefing scene's focus (sorted ids). The map places them before capitals,
 * capitals before other places, and places before country names.
 */
export function firstLabels(model: StoryModel, frame: Frame, selected: string, focus: string, sceneFocus: readonly string[]): string[] {
  const ids = new Set(placesOf(frame.current));
  for (const p of placeNodesOfIds(model, [selected, focus, ...sceneFocus].filter((id) => id !== ''))) ids.add(p.place.id);
  return [...ids].sort();
}
