import { setText } from './dom.ts';
import { describeChange, describeFrame } from '../core/describe.ts';
import type { FrameStep } from '../core/state/frames.ts';
import type { StoryModel } from '../core/model.ts';

// Screen-reader companions to the map: a description of what it shows now
// (referenced by the map region) and a polite live region that says what
// changed when the reader steps through time.

export function createAnnouncer(description: HTMLElement, live: HTMLElement, model: StoryModel): { describe(step: FrameStep, announce: boolean, forward?: boolean): void } {
  const byId = new Map(model.stances.map((s) => [s.stance.id, s]));
  return {
    describe(step, announce, forward = true) {
      setText(description, describeFrame(step.frame));
      if (announce) live.textContent = describeChange(step.frame, step.change, byId, forward);
    },
  };
}
