import type { Map as MapLibreMap } from 'maplibre-gl';
import { arrowIndex, arrowsInBox, arrowsNear } from '../../core/arrows/arrowHits.ts';
import { mercator } from '../../core/geometry/mercator.ts';
import { ARROW_FLAG, type ArrowLook, STATE_BYTES, arrowStates, drawnStances } from '../../core/arrows/arrowStates.ts';
import { arrivalAngles, fanForStates, headFan } from '../../core/arrows/fanHeads.ts';
import type { Frame } from '../../core/frame.ts';
import type { StoryModel } from '../../core/model.ts';
import { STANCE_LAYER_IDS } from '../layers/stanceLayers.ts';
import type { StoryData } from '../storySources.ts';
import { createArrowLayer } from './arrowLayer.ts';

export interface ArrowView {
  /** Draws the stances of a frame with the given look. */
  show(frame: Frame, look: ArrowLook): void;
  /** Model indices of the stances drawn now. */
  drawn(): ReadonlySet<number>;
  /** Model indices of the stances drawn with a flag (selected, hovered, flashing). */
  flagged(flag: keyof typeof ARROW_FLAG): number[];
  /** Model indices of drawn stances within `px` CSS pixels of a screen point, nearest first. */
  at(point: { x: number; y: number }, px: number): number[];
  /** Model indices of drawn stances with a point in view. */
  inView(): number[];
  /** A stance's curve as longitude, latitude pairs (for tests that point at it). */
  path(i: number): readonly (readonly number[])[];
  /** Resolves at the first 'idle' with the arrows drawn (a big story's wait for the map's first load). */
  drawnIdle(): Promise<void>;
  /** True while the arrows wait for the map's first load. */
  holding(): boolean;
  /** True while the GPU has not finished drawing the arrows' last frame. */
  drawing(): boolean;
  /** The map lost its WebGL context: the layer's GPU objects are gone with it. */
  contextLost(): void;
  /** The map's style was rebuilt in a new context (custom layers are not part of it): adds the layer again. */
  restore(): void;
  /** Draws another story's stances instead, with the given frame and look. */
  setStory(model: StoryModel, story: StoryData, frame: Frame, look: ArrowLook): void;
}

export const NO_LOOK: ArrowLook = { selected: '', hovered: '', flashing: new Set(), sceneFocus: [] };

/** Half the width of the band around an arrow that a pointer hits: thin lines are hard to hit. */
export const HIT_PX = 7;

/** Puts the arrow layer under the arrows' labels, once the style is in. */
export function addArrows(map: MapLibreMap, firstModel: StoryModel, firstStory: StoryData, frame: Frame, look: ArrowLook, scale: number): ArrowView {
  let model = firstModel;
  let story = firstStory;
  let states = arrowStates(model, frame, look);
  const fanOf = (): ReturnType<typeof headFan> => headFan(model.stances.map((node) => node.toPlace.place.id), arrivalAngles(story.arrows.points, story.arrows.starts));
  let fan = fanOf();
  let turns = fanForStates(fan, states);
  // Only pointer hits and tests ask which stances are drawn: worked out when asked, not on every step.
  let drawnNow: ReadonlySet<number> | undefined;
  const drawn = (): ReadonlySet<number> => (drawnNow ??= new Set(drawnStances(states)));
  const layer = createArrowLayer(story.arrows, { states, fan: turns }, scale);
  let index: ReturnType<typeof arrowIndex> | undefined;
  const add = (): void => { map.addLayer(layer, STANCE_LAYER_IDS.label); };
  if (map.isStyleLoaded()) add();
  else map.once('style.load', add);
  const worldPx = (): number => 512 * 2 ** map.getZoom();
  return {
    show(next, nextLook) {
      states = arrowStates(model, next, nextLook);
      turns = fanForStates(fan, states);
      drawnNow = undefined;
      layer.setStates({ states, fan: turns });
    },
    drawn,
    flagged: (flag) => [...drawn()].filter((i) => ((states[i * STATE_BYTES + 2] ?? 0) & ARROW_FLAG[flag]) !== 0),
    at(point, px) {
      // Built on the first pointer move, not while the map is first drawn.
      index ??= arrowIndex(story.arrows);
      const { lng, lat } = map.unproject([point.x, point.y]);
      const [x, y] = mercator([lng, lat]);
      return arrowsNear(index, x, y, px / worldPx(), drawn());
    },
    inView() {
      index ??= arrowIndex(story.arrows);
      const b = map.getBounds();
      const [west, north] = mercator([b.getWest(), b.getNorth()]);
      const [east, south] = mercator([b.getEast(), b.getSouth()]);
      return arrowsInBox(index, [west, north, east, south], drawn());
    },
    path: (i) => story.stances.lines.features[i]?.geometry.coordinates ?? [],
    holding: () => layer.holding(),
    drawing: () => layer.drawing(),
    contextLost: () => layer.contextLost(),
    restore() {
      if (!map.getLayer(layer.id)) add();
      layer.setStates({ states, fan: turns });
    },
    setStory(nextModel, nextStory, next, nextLook) {
      model = nextModel;
      story = nextStory;
      fan = fanOf();
      states = arrowStates(model, next, nextLook);
      turns = fanForStates(fan, states);
      drawnNow = undefined;
      index = undefined;
      layer.setMesh(story.arrows, { states, fan: turns });
    },
    drawnIdle: () => new Promise((resolve) => {
      const check = (): void => { if (layer.holding()) map.once('idle', check); else resolve(); };
      map.once('idle', check);
    }),
  };
}
