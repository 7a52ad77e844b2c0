import { type Filters, type Frame, type FrameChange, computeFrame, frameChange } from '../frame.ts';
import type { StoryModel } from '../model.ts';
import type { AppState } from './appState.ts';

export function filtersOf(state: AppState): Filters {
  return { focus: state.focus, hiddenTypes: state.hiddenTypes, statesOnly: state.actorScope === 'states' };
}

export interface FrameStep {
  readonly frame: Frame;
  readonly previous: Frame;
  readonly change: FrameChange;
}

/** Follows the state with frames, recomputing only when the date or a filter changed. */
export function createFrames(model: StoryModel, initial: AppState): { readonly current: Frame; follow(state: AppState, previous: AppState): FrameStep } {
  let frame = computeFrame(model, initial.t, filtersOf(initial));
  return {
    get current() {
      return frame;
    },
    follow(state, previous) {
      const before = frame;
      const changed = state.t !== previous.t || state.focus !== previous.focus || state.hiddenTypes !== previous.hiddenTypes || state.actorScope !== previous.actorScope;
      if (changed) frame = computeFrame(model, state.t, filtersOf(state));
      return { frame, previous: before, change: changed ? frameChange(before, frame) : { added: [], removed: [] } };
    },
  };
}
