import { describe, expect, it } from 'vitest';
import { storyDate } from '../../../src/core/dates.ts';
import type { AppState } from '../../../src/core/state/appState.ts';
import { carryState } from '../../../src/core/state/carryState.ts';
import { initialState } from '../../../src/core/state/initialState.ts';
import { buildTimeline } from '../../../src/core/timeline.ts';
import { event, modelWith, stance } from '../../support/storyBuilder.ts';

const day = (text: string): number => storyDate(text).first;
const before = modelWith({ stances: [stance('s1', '2017-02-01'), stance('s2', '2017-03-01')], events: [event('e1', '2017-01-10'), event('e2', '2017-06-01')] });
const beforeTimeline = buildTimeline(before, day('2017-03-01'));
// The edit took s2 and e2 out, so the story now ends earlier.
const after = modelWith({ stances: [stance('s1', '2017-02-01')], events: [event('e1', '2017-01-10')] });
const afterTimeline = buildTimeline(after, day('2017-02-01'));
const opening = initialState(after, afterTimeline);
const camera = { center: [127, 37] as const, zoom: 5, bearing: 10, pitch: 0 };
const reading: AppState = {
  ...initialState(before, beforeTimeline),
  t: day('2017-05-01'), previousT: day('2017-04-01'), selected: 's1', hovered: 's2', focus: 'china', projection: 'globe',
  actorScope: 'states', hiddenTypes: ['supports'], playing: true, speed: 2, camera, following: false, sliding: true, cue: { from: 1, to: 2 },
};

describe('carrying the state over to a new version of the story', () => {
  it('keeps the date, clamped into the new timeline, with nothing that changed since', () => {
    const s = carryState(reading, opening, after, afterTimeline);
    expect(s.t).toBe(afterTimeline.last);
    expect(s.previousT).toBe(s.t);
    const inside = carryState({ ...reading, t: day('2017-02-01') }, opening, after, afterTimeline);
    expect(inside.t).toBe(day('2017-02-01'));
  });

  it('keeps the view and the reader\'s choices', () => {
    const s = carryState(reading, opening, after, afterTimeline);
    expect(s.camera).toBe(camera);
    expect([s.projection, s.actorScope, s.hiddenTypes, s.speed, s.following]).toEqual(['globe', 'states', ['supports'], 2, false]);
  });

  it('keeps a selection and a focus whose ids still exist, and drops those that are gone', () => {
    expect(carryState(reading, opening, after, afterTimeline)).toMatchObject({ selected: 's1', focus: 'china' });
    expect(carryState({ ...reading, selected: 's2', focus: 'nobody' }, opening, after, afterTimeline)).toMatchObject({ selected: '', focus: '' });
  });

  it('does not carry what belongs to the moment: hover, playback, a drag, a cue', () => {
    const s = carryState(reading, opening, after, afterTimeline);
    expect([s.hovered, s.playing, s.sliding, s.cue, s.mode, s.scene]).toEqual(['', false, false, undefined, 'explore', -1]);
  });
});
