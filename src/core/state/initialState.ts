import type { StoryModel } from '../model.ts';
import { storyDate } from '../dates.ts';
import type { AppState } from './appState.ts';

/** The first and last day the story covers: its stances' starts, events and the article's date. */
export function storySpan(model: StoryModel): { first: number; last: number } {
  const days: number[] = [storyDate(model.story.meta.source.published).first];
  for (const s of model.stances) days.push(s.startDay);
  for (const e of model.events) days.push(e.date.first, e.date.last);
  return { first: Math.min(...days), last: Math.max(...days) };
}

/** A story opens at the date its article was published: the map as the article describes it. */
export function initialState(model: StoryModel): AppState {
  return {
    t: storyDate(model.story.meta.source.published).first,
    selected: '',
    hovered: '',
    projection: 'mercator',
    actorScope: 'everyone',
  };
}
