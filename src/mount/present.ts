import type { Adapter } from '../core/state/adapter.ts';
import { appAddress } from '../core/embedSnippet.ts';
import { byId } from '../dom/dom.ts';
import type { StoryContext } from './context.ts';

/** The briefing's presenter view and its link to the speaker-notes window. Loaded only for a briefing. */
export async function presentAdapters(ctx: StoryContext, openExport: () => void, signal: AbortSignal): Promise<Adapter[]> {
  // The scene sync goes with the presenter: explore and embed pages never carry either.
  const [{ createPresenterView }, { BRIEFING_PARAM, briefingKey, createSceneSync }] = await Promise.all([import('../present/presenterView.ts'), import('../present/sceneSync.ts')]);
  const { dispatch, getState } = ctx.store;
  const key = briefingKey('present');
  const notesUrl = (): string => {
    const url = new URL(appAddress(window.location.href, 'notes'));
    if (key !== undefined) url.searchParams.set(BRIEFING_PARAM, key);
    return `${url.href}#scene=${getState().scene + 1}`;
  };
  return [
    createSceneSync(key, ctx.scenes.length, dispatch),
    createPresenterView(byId('presenter'), ctx.scenes, dispatch, { openNotes: () => window.open(notesUrl(), 'stancemap-notes', 'popup,width=720,height=560'), openExport }, signal),
  ];
}
