import type { Frame } from '../core/frame.ts';
import type { StoryModel } from '../core/model.ts';
import type { AppState } from '../core/state/appState.ts';
import type { Camera } from '../core/view.ts';
import { coarseBasemap } from '../loader/basemapFetch.ts';
import { showBasemap } from './basemapLoader.ts';
import { createMap } from './createMap.ts';
import { NO_LOOK, addArrows } from './arrows/arrowView.ts';
import { createFrameFeatureStates } from './frameFeatureStates.ts';
import { installIcons } from './icons.ts';
import { storyData } from './storySources.ts';

/**
 * Draws the current frame with a second, hidden map of exactly the requested
 * size (so the picture does not depend on the reader's window), and returns a
 * copy of its pixels.
 */
export async function renderMapImage(model: StoryModel, state: AppState, frame: Frame, camera: Camera, width: number, height: number, sceneFocus: readonly string[] = []): Promise<HTMLCanvasElement> {
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  Object.assign(holder.style, { position: 'fixed', left: '-100000px', top: '0', width: `${width}px`, height: `${height}px` });
  document.body.append(holder);
  const story = storyData(model);
  const scale = Math.max(1, width / 1280);
  const map = createMap(holder, state, camera, story, { scale }, { pixelRatio: 1 });
  try {
    installIcons(map);
    createFrameFeatureStates(map, model, frame);
    const arrows = addArrows(map, model, story, frame, { ...NO_LOOK, selected: state.selected, sceneFocus }, scale);
    await new Promise<void>((resolve, reject) => {
      map.once('load', () => {
        showBasemap(map, coarseBasemap()).then(() => arrows.drawnIdle()).then(resolve, reject);
      });
    });
    const copy = document.createElement('canvas');
    copy.width = width;
    copy.height = height;
    copy.getContext('2d')?.drawImage(map.getCanvas(), 0, 0, width, height);
    return copy;
  } finally {
    map.remove();
    holder.remove();
  }
}
