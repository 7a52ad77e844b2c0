import type { Adapter } from '../core/state/adapter.ts';
import { byId } from '../dom/dom.ts';
import type { StoryContext } from './context.ts';

/** The speaker's window: the scene's notes and what comes next, kept on the briefing's scene. */
export async function notesAdapters(ctx: StoryContext, signal: AbortSignal): Promise<Adapter[]> {
  const [{ createNotesView }, { briefingKey, createSceneSync }] = await Promise.all([import('../present/notesView.ts'), import('../present/sceneSync.ts')]);
  const { dispatch } = ctx.store;
  return [createSceneSync(briefingKey('notes'), ctx.scenes.length, dispatch), createNotesView(byId('app'), ctx.scenes, dispatch, signal)];
}
