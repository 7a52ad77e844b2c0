import { coarseUrl, fineUrl } from 'virtual:basemap';
import { type SphericalBasemap, sphericalBasemap } from '../core/basemap.ts';
import type { MapShown } from '../core/mapPresence.ts';
import { onDemand } from '../core/onDemand.ts';
import { areaFeatures } from '../core/features/areaFeatures.ts';
import { stanceFeatures } from '../core/features/stanceFeatures.ts';
import type { Frame } from '../core/frame.ts';
import type { MapArea } from '../core/state/adapter.ts';
import type { StoryModel } from '../core/model.ts';
import type { Action, AppState } from '../core/state/appState.ts';
import type { Camera } from '../core/view.ts';
import { fetchTopology } from '../loader/basemapFetch.ts';
import { h, svg } from '../dom/dom.ts';
import { projectionFor } from './projection.ts';
import { renderSvgMap } from './svgMap.ts';

// The map as a static SVG, for browsers without WebGL, for a map whose WebGL
// context is gone, and for an embed asleep off screen: the same frame, redrawn
// whenever the date, filters or selection change. Clicking an arrow or a place
// still selects it; panning and zooming are what is lost.

export interface SvgView extends MapArea {
  /** Takes the picture out of its container and stops following its size. */
  remove(): void;
  /** Puts the picture back over everything else in its container (a live map starting under it). */
  toFront(): void;
  /** Draws another story, at this state and frame, with the same camera. */
  setStory(model: StoryModel, state: AppState, frame: Frame): void;
}

/** Natural Earth for d3-geo: 1:110m for the live fallback, 1:50m for pictures that leave the screen (exports, handout). */
export async function loadSphericalBasemap(detail: 'coarse' | 'fine' = 'coarse'): Promise<SphericalBasemap> {
  return detail === 'coarse' ? coarseSpherical() : sphericalBasemap(await fetchTopology(fineUrl));
}

// Read once: an embed that sleeps and wakes draws its still many times.
const coarseSpherical = onDemand(async () => sphericalBasemap(await fetchTopology(coarseUrl)));

/**
 * Why the interactive map is not there, in the words of the note under the
 * picture. An embed asleep off screen needs none: it wakes before it is seen.
 */
export type FallbackReason = Exclude<MapShown, 'live'>;

const WHY: Record<Exclude<FallbackReason, 'asleep'>, string> = {
  'no-webgl': 'This browser cannot draw the interactive map (WebGL is unavailable)',
  'map-not-loaded': 'The interactive map could not be loaded',
  'context-lost': 'The browser took back the interactive map\'s graphics memory',
};

export function createSvgView(container: HTMLElement, firstModel: StoryModel, state: AppState, frame: Frame, camera: Camera, dispatch: (a: Action) => void, reason: FallbackReason = 'no-webgl'): SvgView {
  let model = firstModel;
  let stances = stanceFeatures(model);
  let areas = areaFeatures(model);
  const root = svg('svg', { class: 'svg-fallback', role: 'img', 'aria-label': 'Map of the story (static picture)', width: '100%', height: '100%' });
  // Added over whatever the container holds: a live map being put to sleep, or starting under it.
  container.append(root);
  const note = reason === 'asleep' ? undefined : h('p', { class: 'fallback-note', text: `${WHY[reason]}, so this is a still picture: the timeline, the list and the arrows still work; panning and zooming do not.` });
  if (note) container.append(note);
  let current = { state, frame };
  let basemap: SphericalBasemap | undefined;

  const draw = (): void => {
    if (!basemap) return;
    const width = Math.max(1, container.clientWidth);
    const height = Math.max(1, container.clientHeight);
    root.setAttribute('viewBox', `0 0 ${width} ${height}`);
    root.replaceChildren(renderSvgMap({
      model, frame: current.frame, stances, areas, basemap, width, height,
      projection: projectionFor(camera, width, height), selected: current.state.selected,
    }));
  };
  root.addEventListener('click', (e) => {
    const target = (e.target as Element).closest('[data-id]');
    dispatch({ type: 'select', id: target?.getAttribute('data-id') ?? '' });
  });
  const resizes = new ResizeObserver(draw);
  resizes.observe(container);

  const ready = loadSphericalBasemap().then((b) => {
    basemap = b;
    draw();
  });
  return {
    ready,
    update(next, _previous, step) {
      current = { state: next, frame: step.frame };
      draw();
    },
    remove() {
      resizes.disconnect();
      root.remove();
      note?.remove();
    },
    toFront() {
      container.append(root);
      if (note) container.append(note);
    },
    setStory(next, nextState, nextFrame) {
      model = next;
      stances = stanceFeatures(model);
      areas = areaFeatures(model);
      current = { state: nextState, frame: nextFrame };
      draw();
    },
  };
}
