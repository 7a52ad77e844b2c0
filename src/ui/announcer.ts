import { setText } from '../dom/dom.ts';
import { describeChange, describeFrame } from '../core/describe.ts';
import { type Adapter, isFirst } from '../core/state/adapter.ts';
import type { StoryModel } from '../core/model.ts';

// Screen-reader companions to the map: a description of what it shows now
// (referenced by the map region) and a polite live region that says what
// changed when the reader steps through time.

export function createAnnouncer(description: HTMLElement, live: HTMLElement, model: StoryModel): Adapter {
  const byId = new Map(model.stances.map((s) => [s.stance.id, s]));
  return {
    update(state, previous, step) {
      if (step.frame === step.previous && !isFirst(state, previous)) return;
      setText(description, describeFrame(step.frame));
      // Said aloud only when the reader moved in time, not when a filter changed.
      if (state.t !== previous.t) live.textContent = describeChange(step.frame, step.change, byId, state.t > previous.t);
    },
  };
}
