import type { StoryModel } from '../core/model.ts';
import { type SceneNode, storyScenes } from '../core/scenes.ts';
import type { AppState, Mode } from '../core/state/appState.ts';
import { initialState, storyTimeline } from '../core/state/initialState.ts';
import { type Store, createStore } from '../core/state/store.ts';
import { parseHash } from '../core/state/urlState.ts';
import type { Timeline } from '../core/timeline.ts';
import { initialCamera } from '../core/view.ts';

/** What every mode's page starts from: the story, its timeline and scenes, and the state its link asks for. */
export interface StoryContext {
  readonly model: StoryModel;
  readonly mode: Mode;
  readonly timeline: Timeline;
  readonly scenes: readonly SceneNode[];
  /** The story's own first state, before the link. */
  readonly opening: AppState;
  /** The first state, from the link, and what of the link was ignored. */
  readonly link: { readonly state: AppState; readonly notes: readonly string[] };
  /** The state a fragment asks for (the URL sync reads it on back and forward). */
  readonly fromLink: (hash: string) => AppState;
  readonly store: Store;
}

export function storyContext(model: StoryModel, mode: Mode, hash: string): StoryContext {
  const timeline = storyTimeline(model);
  const scenes = storyScenes(model, initialCamera(model));
  const opening = initialState(model, timeline, mode);
  const read = (text: string): { state: AppState; notes: readonly string[] } => {
    const { patch, notes } = parseHash(text, model, timeline, scenes.length);
    // A link's camera is a view the reader chose: stepping keeps it until they ask to follow.
    const state = { ...opening, ...patch, mode, previousT: patch.t ?? opening.t, following: opening.following && !patch.camera };
    // A briefing always shows a scene: the first one unless the link names another.
    const scene = (mode === 'present' || mode === 'notes') && state.scene < 0 ? 0 : state.scene;
    const sceneDay = scenes[scene]?.day;
    return { state: scene === state.scene || sceneDay === undefined ? state : { ...state, scene, t: sceneDay, previousT: sceneDay }, notes };
  };
  const link = read(hash);
  return { model, mode, timeline, scenes, opening, link, fromLink: (text) => read(text).state, store: createStore(link.state, { timeline, scenes }) };
}
