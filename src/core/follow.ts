import { coveringBounds } from './geometry/bounds.ts';
import type { LonLat } from './geometry/antimeridian.ts';
import { fromMercator, mercator } from './geometry/mercator.ts';
import { type Filters, type Frame, computeFrame } from './frame.ts';
import { framedCamera, pointsToShow, viewHolds } from './framing.ts';
import type { StoryModel } from './model.ts';
import type { AppState, Cue } from './state/appState.ts';
import type { Camera } from './view.ts';

// "Follow the story": at each step the camera goes to what the story just
// did (where the current event happens, the arrows that just appeared),
// moving as little as it can, and not at all while the reader holds the map.

/** How long following eases the camera, when not playing. */
export const FOLLOW_MS = 900;

/** Of a playback step, the part the camera may take to get there: each move ends before the next begins. */
const PLAYBACK_SHARE = 0.6;

/** A view as the map has it: its centre (of the space free of panels) and zoom. */
export interface View {
  readonly center: readonly [number, number];
  readonly zoom: number;
  readonly bearing: number;
  readonly pitch: number;
}

/** The cue the map is to follow now: a new one, while following, outside a briefing (its scenes have their own cameras). */
export function cueToFollow(next: AppState, previous: AppState): Cue | undefined {
  if (!next.following || next.mode === 'present' || next.cue === previous.cue) return undefined;
  return next.cue;
}

/** The frames before and after a cue: the step's own when it is the cue's, else the one before computed. */
export function cueFrames(model: StoryModel, cue: Cue, step: { readonly frame: Frame; readonly previous: Frame }, filters: Filters): [Frame, Frame] {
  const before = step.previous.t === cue.from && step.previous !== step.frame ? step.previous : computeFrame(model, cue.from, filters);
  return [before, step.frame];
}

/**
 * What to follow from one frame to the next: the places of the event current
 * in `after`, and both ends and the bulge of every arc that appeared since
 * `before` (those dimmed by the focus aside: the reader looks at another
 * actor). Nothing, when nothing appeared and no event is current.
 */
export function followSubject(model: StoryModel, before: Frame, after: Frame, lineOf: (index: number) => readonly LonLat[]): LonLat[] {
  const was = new Set(before.stances.map((s) => s.stance.id));
  const appeared = after.stances.filter((s) => !was.has(s.stance.id) && !after.dimmed.has(s.stance.id));
  if (appeared.length === 0 && after.current.length === 0) return [];
  return pointsToShow(model, { ...after, stances: appeared }, lineOf);
}

/**
 * Where following takes the camera from `view`, whose free area is `free`
 * pixels: nowhere when there is nothing to show or it is all in view
 * already; across, at the same zoom, when it fits there; otherwise out to a
 * box around it. Never closer: how near the reader looks stays theirs.
 */
export function followCamera(points: readonly LonLat[], view: View, free: { readonly width: number; readonly height: number }): Camera | undefined {
  if (points.length === 0 || viewHolds(view, points, free)) return undefined;
  const box = coveringBounds(points);
  if (!box) return undefined;
  const [[west, south], [east, north]] = box;
  const middle = (mercator([0, south])[1] + mercator([0, north])[1]) / 2;
  const center: [number, number] = [(west + east) / 2, fromMercator([0.5, middle])[1]];
  if (viewHolds({ center, zoom: view.zoom }, points, free)) return { kind: 'center', center, zoom: view.zoom, bearing: view.bearing, pitch: view.pitch };
  return framedCamera(undefined, points, { kind: 'center', center, zoom: view.zoom, bearing: view.bearing, pitch: view.pitch }, free);
}

/** How long the camera takes to follow: 0 with reduced motion (a cut), and within a playback step while playing. */
export function followDuration(state: Pick<AppState, 'playing' | 'speed'>, reducedMotion: boolean): number {
  if (reducedMotion) return 0;
  return state.playing ? Math.min(FOLLOW_MS, (PLAYBACK_SHARE * 1000) / state.speed) : FOLLOW_MS;
}
