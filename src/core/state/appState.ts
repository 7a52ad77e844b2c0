import type { DayNumber } from '../dates.ts';
import type { StanceType } from '../stanceTypes.ts';
import { type Timeline, clampDay, nextPlayStop, nextStop, previousStop } from '../timeline.ts';

// Everything the reader can change, in one value. Adapters render it; events
// only ever turn into actions, and this reducer decides what they mean.

export type Projection = 'mercator' | 'globe';
export type ActorScope = 'everyone' | 'states';
export type Mode = 'explore' | 'embed' | 'present' | 'notes';
export const SPEEDS = [0.5, 1, 2] as const;
export type Speed = (typeof SPEEDS)[number];

export interface CameraState {
  readonly center: readonly [number, number];
  readonly zoom: number;
  readonly bearing: number;
  readonly pitch: number;
}

export interface AppState {
  /** The date shown, as a UTC day number. */
  readonly t: DayNumber;
  /** The date shown before the last change of t, for "what changed". */
  readonly previousT: DayNumber;
  /** Id of the selected stance, place, actor, event or area ("" for none). */
  readonly selected: string;
  /** Id of the stance under the pointer ("" for none). */
  readonly hovered: string;
  readonly projection: Projection;
  readonly actorScope: ActorScope;
  /** Actor in focus ("" for none). */
  readonly focus: string;
  readonly hiddenTypes: readonly StanceType[];
  readonly playing: boolean;
  /** Playback speed: steps per second. */
  readonly speed: Speed;
  /** Where the reader has moved the map; undefined until they do (the story's own view applies). */
  readonly camera: CameraState | undefined;
  readonly mode: Mode;
  /** Index of the briefing scene shown (-1 before the first). */
  readonly scene: number;
  /** Whether stepping moves the camera to what the story does next; the reader's own move of the map turns it off. */
  readonly following: boolean;
  /** The last change of date for the camera to follow: a new value each time it should move, while following. */
  readonly cue: Cue | undefined;
  /** The slider is being dragged: what waits for a date to settle (the place labels' order) waits. */
  readonly sliding: boolean;
}

/** A change of date the camera follows: from `from` to `to`, what appeared and where the current event is. */
export interface Cue {
  readonly from: DayNumber;
  readonly to: DayNumber;
}

export type Action =
  | { readonly type: 'select'; readonly id: string }
  | { readonly type: 'hover'; readonly id: string }
  /** `from`: where a settled move of the slider began (let go, or a key press); the camera follows from there. */
  | { readonly type: 'setDate'; readonly t: DayNumber; readonly from?: DayNumber; readonly sliding?: true }
  | { readonly type: 'step'; readonly direction: 1 | -1 }
  | { readonly type: 'jump'; readonly to: 'start' | 'end' }
  | { readonly type: 'tick' }
  | { readonly type: 'setPlaying'; readonly playing: boolean }
  | { readonly type: 'setSpeed'; readonly speed: Speed }
  | { readonly type: 'setProjection'; readonly projection: Projection }
  | { readonly type: 'setActorScope'; readonly actorScope: ActorScope }
  | { readonly type: 'setFocus'; readonly focus: string }
  | { readonly type: 'toggleType'; readonly stanceType: StanceType }
  | { readonly type: 'setCamera'; readonly camera: CameraState }
  | { readonly type: 'setFollowing'; readonly following: boolean }
  | { readonly type: 'setMode'; readonly mode: Mode }
  | { readonly type: 'goToScene'; readonly index: number }
  | { readonly type: 'stepScene'; readonly direction: 1 | -1 }
  | { readonly type: 'restore'; readonly state: AppState };

export interface Context {
  readonly timeline: Timeline;
  /** The briefing's scenes: going to one sets its date. */
  readonly scenes: readonly { readonly day: DayNumber }[];
}

function withScene(state: AppState, index: number, ctx: Context): AppState {
  const last = ctx.scenes.length - 1;
  const i = Math.min(Math.max(index, 0), last);
  const scene = ctx.scenes[i];
  if (!scene || (i === state.scene && state.t === clampDay(ctx.timeline, scene.day))) return state;
  return { ...withDate(state, scene.day, ctx), scene: i, selected: '', hovered: '' };
}

function withDate(state: AppState, t: DayNumber, ctx: Context): AppState {
  const clamped = clampDay(ctx.timeline, t);
  const settled = state.sliding ? { ...state, sliding: false } : state;
  return clamped === state.t ? settled : { ...settled, t: clamped, previousT: state.t };
}

/**
 * A step for the camera to follow, from a date to the one the state now
 * shows: only while following, and only when there is somewhere to go.
 */
function cued(state: AppState, from: DayNumber): AppState {
  return state.following && from !== state.t ? { ...state, cue: { from, to: state.t } } : state;
}

function sameCamera(a: CameraState | undefined, b: CameraState): boolean {
  return a !== undefined && a.center[0] === b.center[0] && a.center[1] === b.center[1] && a.zoom === b.zoom && a.bearing === b.bearing && a.pitch === b.pitch;
}

export function reduce(state: AppState, action: Action, ctx: Context): AppState {
  switch (action.type) {
    case 'select':
      return state.selected === action.id ? state : { ...state, selected: action.id };
    case 'hover':
      return state.hovered === action.id ? state : { ...state, hovered: action.id };
    case 'setDate': {
      // A slider being dragged only changes the date; the camera follows once it is let go.
      const dated = withDate(state, action.t, ctx);
      const next = action.sliding && !dated.sliding ? { ...dated, sliding: true } : dated;
      return action.from === undefined ? next : cued(next, action.from);
    }
    case 'step': {
      const to = action.direction > 0 ? nextStop(ctx.timeline, state.t) : previousStop(ctx.timeline, state.t);
      return to === undefined ? state : cued(withDate(state, to, ctx), state.t);
    }
    case 'jump':
      return cued(withDate(state, action.to === 'start' ? ctx.timeline.first : ctx.timeline.last, ctx), state.t);
    case 'tick': {
      if (!state.playing) return state;
      const to = nextPlayStop(ctx.timeline, state.t);
      if (to === undefined) return { ...state, playing: false };
      const next = cued(withDate(state, to, ctx), state.t);
      return nextPlayStop(ctx.timeline, to) === undefined ? { ...next, playing: false } : next;
    }
    case 'setPlaying': {
      if (state.playing === action.playing) return state;
      // Playing from the end starts again from the beginning.
      if (action.playing && nextPlayStop(ctx.timeline, state.t) === undefined) {
        return { ...withDate(state, ctx.timeline.first, ctx), playing: true };
      }
      return { ...state, playing: action.playing };
    }
    case 'setSpeed':
      return state.speed === action.speed ? state : { ...state, speed: action.speed };
    case 'setProjection':
      return state.projection === action.projection ? state : { ...state, projection: action.projection };
    case 'setActorScope':
      return state.actorScope === action.actorScope ? state : { ...state, actorScope: action.actorScope };
    case 'setFocus':
      return state.focus === action.focus ? state : { ...state, focus: action.focus };
    case 'toggleType': {
      const hidden = state.hiddenTypes.includes(action.stanceType)
        ? state.hiddenTypes.filter((t) => t !== action.stanceType)
        : [...state.hiddenTypes, action.stanceType];
      return { ...state, hiddenTypes: hidden };
    }
    case 'setCamera':
      // The reader has taken the map: the story no longer moves it.
      return sameCamera(state.camera, action.camera) ? state : { ...state, camera: action.camera, following: false };
    case 'setFollowing':
      if (state.following === action.following) return state;
      // Following again goes at once to the last step's subject; the reader's view is no longer theirs to link to.
      return action.following ? { ...state, following: true, camera: undefined, cue: { from: state.previousT, to: state.t } } : { ...state, following: false };
    case 'setMode':
      return state.mode === action.mode ? state : { ...state, mode: action.mode };
    case 'goToScene':
      return withScene(state, action.index, ctx);
    case 'stepScene':
      return withScene(state, state.scene + action.direction, ctx);
    case 'restore':
      return action.state;
  }
}
