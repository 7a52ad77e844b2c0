import { describe, expect, it } from 'vitest';
import { storyDate } from '../../../src/core/dates.ts';
import { type AppState, reduce } from '../../../src/core/state/appState.ts';
import { initialState } from '../../../src/core/state/initialState.ts';
import { buildTimeline } from '../../../src/core/timeline.ts';
import { event, modelWith } from '../../support/storyBuilder.ts';

const day = (text: string): number => storyDate(text).first;
const model = modelWith({ events: [event('a', '2017-02-01'), event('b', '2017-02-28'), event('c', '2017-03-10')] });
const timeline = buildTimeline(model, day('2017-03-01'));
const ctx = { timeline, scenes: [{ day: day("2017-02-01") }, { day: day("2017-03-10") }] };
const start: AppState = initialState(model, timeline);
const run = (state: AppState, ...actions: Parameters<typeof reduce>[1][]): AppState => actions.reduce((s, a) => reduce(s, a, ctx), state);

describe('the app state', () => {
  it('opens at the article\'s date', () => {
    expect(start.t).toBe(day('2017-03-01'));
  });

  it('steps between stops and remembers the date it came from', () => {
    const s = run(start, { type: 'step', direction: 1 });
    expect([s.t, s.previousT]).toEqual([day('2017-03-10'), day('2017-03-01')]);
    expect(run(start, { type: 'step', direction: -1 }).t).toBe(day('2017-02-28'));
  });

  it('clamps a date to the story and jumps to the ends', () => {
    expect(run(start, { type: 'setDate', t: 0 }).t).toBe(timeline.first);
    expect(run(start, { type: 'jump', to: 'end' }).t).toBe(timeline.last);
  });

  it('plays one stop per tick and stops by itself at the last one', () => {
    let s = run(start, { type: 'setDate', t: day('2017-02-28') }, { type: 'setPlaying', playing: true });
    s = run(s, { type: 'tick' });
    expect([s.t, s.playing]).toEqual([day('2017-03-01'), true]);
    s = run(s, { type: 'tick' });
    expect([s.t, s.playing]).toEqual([day('2017-03-10'), false]);
    expect(run(s, { type: 'tick' })).toBe(s);
  });

  it('plays on to the end of the axis after the last stop, when a month-long event ends later', () => {
    const m = modelWith({ events: [event('a', '2017-03-01'), event('aug', '2017-08 planned')] });
    const tl = buildTimeline(m, day('2017-03-01'));
    const c = { timeline: tl, scenes: [] };
    let s = reduce({ ...initialState(m, tl), playing: true }, { type: 'tick' }, c);
    expect([s.t, s.playing]).toEqual([day('2017-08-01'), true]);
    s = reduce(s, { type: 'tick' }, c);
    expect([s.t, s.playing]).toEqual([day('2017-08-31'), false]);
    expect(s.t).toBe(tl.last);
    // Play pressed there starts again from the beginning.
    expect(reduce(s, { type: 'setPlaying', playing: true }, c).t).toBe(tl.first);
  });

  it('plays from the start again when asked to play at the end', () => {
    const s = run(start, { type: 'jump', to: 'end' }, { type: 'setPlaying', playing: true });
    expect([s.t, s.playing]).toEqual([timeline.first, true]);
  });

  it('toggles stance types and returns the same state for no change', () => {
    const hidden = run(start, { type: 'toggleType', stanceType: 'warns' });
    expect(hidden.hiddenTypes).toEqual(['warns']);
    expect(run(hidden, { type: 'toggleType', stanceType: 'warns' }).hiddenTypes).toEqual([]);
    expect(run(start, { type: 'select', id: '' })).toBe(start);
  });
});

describe('a date that is still settling', () => {
  it('is marked while the slider is dragged, and settled once it is let go', () => {
    const dragging = run(start, { type: 'setDate', t: day('2017-02-10'), sliding: true }, { type: 'setDate', t: day('2017-02-12'), sliding: true });
    expect(dragging.sliding).toBe(true);
    expect(run(dragging, { type: 'setDate', t: day('2017-02-12'), from: start.t }).sliding).toBe(false);
  });

  it('is settled by a step, a jump, a scene or a date from the embedding page', () => {
    const dragging = run(start, { type: 'setDate', t: day('2017-02-10'), sliding: true });
    for (const action of [{ type: 'step', direction: 1 }, { type: 'jump', to: 'end' }, { type: 'goToScene', index: 1 }, { type: 'setDate', t: day('2017-02-20') }] as const) {
      expect(run(dragging, action).sliding, action.type).toBe(false);
    }
  });
});

describe('briefing scenes', () => {
  it('go to a scene\'s date and clear the selection', () => {
    const s = run({ ...start, selected: 'x' }, { type: 'goToScene', index: 1 });
    expect([s.scene, s.t, s.selected]).toEqual([1, day('2017-03-10'), '']);
  });

  it('step forward and back and stop at both ends', () => {
    let s = run(start, { type: 'stepScene', direction: 1 });
    expect(s.scene).toBe(0);
    s = run(s, { type: 'stepScene', direction: 1 }, { type: 'stepScene', direction: 1 });
    expect(s.scene).toBe(1);
    s = run(s, { type: 'stepScene', direction: -1 }, { type: 'stepScene', direction: -1 });
    expect([s.scene, s.t]).toEqual([0, day('2017-02-01')]);
  });
});

describe('following the story', () => {
  const camera = { center: [127, 37] as const, zoom: 5, bearing: 0, pitch: 0 };

  it('is on in explore and in an embed, off in a briefing (its scenes have their own cameras)', () => {
    expect([initialState(model, timeline).following, initialState(model, timeline, 'embed').following]).toEqual([true, true]);
    expect(initialState(model, timeline, 'present').following).toBe(false);
  });

  it('cues the camera from the old date to the new at each step, jump and playback tick', () => {
    expect(run(start, { type: 'step', direction: 1 }).cue).toEqual({ from: day('2017-03-01'), to: day('2017-03-10') });
    expect(run(start, { type: 'jump', to: 'start' }).cue).toEqual({ from: day('2017-03-01'), to: timeline.first });
    const playing = run(start, { type: 'setDate', t: day('2017-02-28') }, { type: 'setPlaying', playing: true });
    expect(run(playing, { type: 'tick' }).cue).toEqual({ from: day('2017-02-28'), to: day('2017-03-01') });
  });

  it('gives a new cue for each step, so the same step twice is followed twice', () => {
    const there = run(start, { type: 'step', direction: 1 });
    const again = run(there, { type: 'step', direction: -1 }, { type: 'step', direction: 1 });
    expect(again.cue).toEqual(there.cue);
    expect(again.cue).not.toBe(there.cue);
  });

  it('does not cue a slider being dragged, and cues from where the drag began once it is let go', () => {
    const dragged = run(start, { type: 'setDate', t: day('2017-02-10') }, { type: 'setDate', t: day('2017-02-20') });
    expect(dragged.cue).toBeUndefined();
    const released = run(dragged, { type: 'setDate', t: day('2017-02-20'), from: day('2017-03-01') });
    expect(released.cue).toEqual({ from: day('2017-03-01'), to: day('2017-02-20') });
    expect(released.t).toBe(day('2017-02-20'));
  });

  it('stops when the reader moves the map: steps then change the date but cue nothing', () => {
    const moved = run(start, { type: 'setCamera', camera });
    expect(moved.following).toBe(false);
    const stepped = run(moved, { type: 'step', direction: 1 });
    expect([stepped.t, stepped.cue]).toEqual([day('2017-03-10'), undefined]);
  });

  it('starts again from the button, dropping the reader\'s camera and cueing the last step at once', () => {
    const stepped = run(start, { type: 'setCamera', camera }, { type: 'step', direction: 1 });
    const again = run(stepped, { type: 'setFollowing', following: true });
    expect([again.following, again.camera]).toEqual([true, undefined]);
    expect(again.cue).toEqual({ from: day('2017-03-01'), to: day('2017-03-10') });
    expect(run(again, { type: 'setFollowing', following: true })).toBe(again);
    expect(run(again, { type: 'setFollowing', following: false }).following).toBe(false);
  });
});
