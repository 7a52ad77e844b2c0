import type { Frame } from '../core/frame.ts';
import type { StoryModel } from '../core/model.ts';
import type { SceneNode } from '../core/scenes.ts';
import type { AppState } from '../core/state/appState.ts';
import type { Camera } from '../core/view.ts';
import { byId } from '../dom/dom.ts';
import type { ExportActions } from './exportDialog.ts';

// What the export dialog's buttons do: each loads its own module when first
// used, so explore and embed pages never carry the exporters.

export interface ExportSource {
  readonly model: StoryModel;
  readonly scenes: readonly SceneNode[];
  readonly present: boolean;
  getState(): AppState;
  frame(): Frame;
  camera(): Camera;
}

/** The dialog's actions, and the handout made ready for a print the browser starts (the page listens for it). */
export function createExportActions(source: ExportSource): ExportActions & { prepareHandout(): Promise<void> } {
  const { model, scenes, present } = source;
  const handoutBox = byId('handout');
  const prepareHandout = async (): Promise<void> => {
    if (handoutBox.childElementCount > 0) return;
    const [{ buildHandout }, { loadSphericalBasemap }] = await Promise.all([import('./handout.ts'), import('../svg/svgView.ts')]);
    buildHandout(handoutBox, model, scenes, await loadSphericalBasemap('fine'));
  };
  return {
    prepareHandout,
    async png(width, height) {
      const [{ exportPng }, { download, timestampedName }] = await Promise.all([import('./exportPng.ts'), import('./furniture.ts')]);
      const state = source.getState();
      const scene = present ? scenes[state.scene] : undefined;
      download(await exportPng(model, state, source.frame(), source.camera(), width, height, scene?.title ?? '', scene?.stances ?? []), timestampedName(model.story.meta.title, state.t, 'png'));
    },
    async svg(width, height) {
      const [{ exportSvg }, { download, timestampedName }] = await Promise.all([import('./exportSvg.ts'), import('./furniture.ts')]);
      const state = source.getState();
      download(await exportSvg(model, source.frame(), source.camera(), width, height, state.selected, present ? scenes[state.scene]?.title ?? '' : ''), timestampedName(model.story.meta.title, state.t, 'svg'));
    },
    async handout() {
      await prepareHandout();
      window.print();
    },
  };
}
