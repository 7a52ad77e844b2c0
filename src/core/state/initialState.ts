import { storyDate } from '../dates.ts';
import type { StoryModel } from '../model.ts';
import { type Timeline, buildTimeline, clampDay } from '../timeline.ts';
import type { AppState, Mode } from './appState.ts';

export function storyTimeline(model: StoryModel): Timeline {
  return buildTimeline(model, storyDate(model.story.meta.source.published).first);
}

/** A story opens at the date its article was published: the map as the article describes it. */
export function initialState(model: StoryModel, timeline: Timeline, mode: Mode = 'explore'): AppState {
  const t = clampDay(timeline, storyDate(model.story.meta.source.published).first);
  return {
    t,
    previousT: t,
    selected: '',
    hovered: '',
    projection: 'mercator',
    actorScope: 'everyone',
    focus: '',
    hiddenTypes: [],
    playing: false,
    speed: 1,
    camera: undefined,
    mode,
    scene: -1,
    // A briefing has its own cameras, one per scene; the notes have no map.
    following: mode === 'explore' || mode === 'embed',
    sliding: false,
    cue: undefined,
  };
}
