import type { DayNumber } from '../dates.ts';

// Everything the reader can change, in one value. Adapters render it; events
// only ever turn into actions (actions.ts).

export type Projection = 'mercator' | 'globe';
export type ActorScope = 'everyone' | 'states';

export interface AppState {
  /** The date shown, as a UTC day number. */
  readonly t: DayNumber;
  /** Id of the selected stance, place, actor, event or area ("" for none). */
  readonly selected: string;
  /** Id of the stance under the pointer ("" for none). */
  readonly hovered: string;
  readonly projection: Projection;
  readonly actorScope: ActorScope;
}

export type Action =
  | { readonly type: 'select'; readonly id: string }
  | { readonly type: 'hover'; readonly id: string }
  | { readonly type: 'setDate'; readonly t: DayNumber }
  | { readonly type: 'setProjection'; readonly projection: Projection }
  | { readonly type: 'setActorScope'; readonly actorScope: ActorScope };

export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'select':
      return state.selected === action.id ? state : { ...state, selected: action.id };
    case 'hover':
      return state.hovered === action.id ? state : { ...state, hovered: action.id };
    case 'setDate':
      return state.t === action.t ? state : { ...state, t: action.t };
    case 'setProjection':
      return state.projection === action.projection ? state : { ...state, projection: action.projection };
    case 'setActorScope':
      return state.actorScope === action.actorScope ? state : { ...state, actorScope: action.actorScope };
  }
}
