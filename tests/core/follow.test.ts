import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stanceFeatures } from '../../src/core/features/stanceFeatures.ts';
import { type Frame, NO_FILTERS, computeFrame } from '../../src/core/frame.ts';
import { FOLLOW_MS, cueFrames, cueToFollow, followCamera, followDuration, followSubject } from '../../src/core/follow.ts';
import { storyDate } from '../../src/core/dates.ts';
import type { LonLat } from '../../src/core/geometry/antimeridian.ts';
import { viewHolds } from '../../src/core/framing.ts';
import { buildModel } from '../../src/core/model.ts';
import type { Story } from '../../src/core/schema/story.schema.ts';
import { type AppState, reduce } from '../../src/core/state/appState.ts';
import { initialState, storyTimeline } from '../../src/core/state/initialState.ts';

const story = JSON.parse(readFileSync(new URL('../../data/thaad-2017.json', import.meta.url), 'utf8')) as Story;
const model = buildModel(story);
const lines = stanceFeatures(model).lines.features.map((f) => f.geometry.coordinates);
const lineOf = (i: number): readonly LonLat[] => lines[i] ?? [];
const day = (text: string): number => storyDate(text).first;
const frameAt = (text: string, focus = ''): Frame => computeFrame(model, day(text), { ...NO_FILTERS, focus });
const place = (id: string): LonLat => model.places.get(id)?.position ?? [NaN, NaN];
const has = (points: readonly LonLat[], p: LonLat): boolean => points.some((q) => q[0] === p[0] && q[1] === p[1]);

// The explore page's free area at 1280 × 800, roughly.
const FREE = { width: 800, height: 500 };
const korea = { center: [127.5, 37] as const, zoom: 5, bearing: 0, pitch: 0 };

describe('what following shows after a step', () => {
  it('follows the places of the event that is current after a step', () => {
    // 1 March to 1 August: THAAD's deployment at Seongju is current; no arrow appears.
    const points = followSubject(model, frameAt('2017-03-01'), frameAt('2017-08-01'), lineOf);
    expect(points).toEqual([place('seongju')]);
  });

  it('takes in both ends and the bulge of every arc that just appeared', () => {
    const before = frameAt('2017-02-27');
    const after = frameAt('2017-02-28');
    const points = followSubject(model, before, after, lineOf);
    // Russia opposes THAAD appears: Moscow to Seongju, with its arc's samples.
    for (const id of ['moscow', 'seongju', 'beijing', 'seoul']) expect(has(points, place(id)), id).toBe(true);
    const arc = lineOf(model.stances.findIndex((s) => s.stance.id === 'russia-opposes-thaad'));
    expect(has(points, arc[4] as LonLat)).toBe(true);
  });

  it('leaves out the arcs that were already there: with no step yet, only the current event\'s places', () => {
    // 1 March (the opening): Timonin's statement in Seoul, China's in Beijing; Trump's criticism, drawn since 2016, reaches Washington.
    const opening = frameAt('2017-03-01');
    const points = followSubject(model, opening, opening, lineOf);
    expect(points).toEqual([place('seoul'), place('beijing')]);
  });

  it('has nothing to follow when nothing appeared and no event is current', () => {
    expect(followSubject(model, frameAt('2017-04-01'), frameAt('2017-05-01'), lineOf)).toEqual([]);
  });

  it('leaves out arcs the focus dims: the reader is looking at another actor', () => {
    const all = followSubject(model, frameAt('2017-02-27'), frameAt('2017-02-28'), lineOf);
    const russia = followSubject(model, frameAt('2017-02-27'), frameAt('2017-02-28', 'russia'), lineOf);
    expect(russia.length).toBeLessThan(all.length);
    expect(has(russia, place('moscow'))).toBe(true);
  });
});

describe('where following takes the camera', () => {
  it('keeps the camera when the subject is already in view', () => {
    expect(followCamera([place('seoul'), place('seongju')], korea, FREE)).toBeUndefined();
  });

  it('keeps the camera when there is nothing to follow', () => {
    expect(followCamera([], korea, FREE)).toBeUndefined();
  });

  it('moves across at the same zoom when the subject fits there, centring it', () => {
    const tokyo = place('tokyo');
    const camera = followCamera([tokyo], { ...korea, center: [100, 20] }, FREE);
    expect(camera?.kind).toBe('center');
    if (camera?.kind !== 'center') return;
    expect(camera.zoom).toBe(korea.zoom);
    expect(camera.center[0]).toBeCloseTo(tokyo[0], 6);
    expect(camera.center[1]).toBeCloseTo(tokyo[1], 6);
    expect(viewHolds(camera, [tokyo], FREE)).toBe(true);
  });

  it('zooms out to a box around the subject when it does not fit at the reader\'s zoom, never closer', () => {
    const points = [place('moscow'), place('seongju')];
    const camera = followCamera(points, korea, FREE);
    expect(camera?.kind).toBe('bounds');
    if (camera?.kind !== 'bounds') return;
    const [[west, south], [east, north]] = camera.bounds;
    expect([west, south, east, north]).toEqual([place('moscow')[0], place('seongju')[1], place('seongju')[0], place('moscow')[1]]);
  });
});

describe('when the camera follows', () => {
  const timeline = storyTimeline(model);
  const ctx = { timeline, scenes: [] };
  const start = initialState(model, timeline);
  const run = (state: AppState, ...actions: Parameters<typeof reduce>[1][]): AppState => actions.reduce((s, a) => reduce(s, a, ctx), state);

  it('follows a step while following', () => {
    const stepped = run(start, { type: 'step', direction: 1 });
    expect(cueToFollow(stepped, start)).toEqual({ from: start.t, to: stepped.t });
  });

  it('does nothing when the reader has moved the map', () => {
    const moved = run(start, { type: 'setCamera', camera: { center: [0, 0], zoom: 2, bearing: 0, pitch: 0 } });
    expect(cueToFollow(run(moved, { type: 'step', direction: 1 }), moved)).toBeUndefined();
  });

  it('does nothing for a change that is not a step (a selection, a hover)', () => {
    const stepped = run(start, { type: 'step', direction: 1 });
    expect(cueToFollow(run(stepped, { type: 'select', id: 'seoul' }), stepped)).toBeUndefined();
  });

  it('never acts in a briefing, whose scenes move the camera', () => {
    const stepped = run(start, { type: 'step', direction: 1 });
    expect(cueToFollow({ ...stepped, mode: 'present' }, start)).toBeUndefined();
  });

  it('compares the step\'s own frames, or for a cue from elsewhere (the button) the frame at its first date', () => {
    const before = frameAt('2017-02-27');
    const after = frameAt('2017-02-28');
    const step = { frame: after, previous: before };
    expect(cueFrames(model, { from: before.t, to: after.t }, step, NO_FILTERS)[0]).toBe(before);
    const [from] = cueFrames(model, { from: day('2017-01-01'), to: after.t }, { frame: after, previous: after }, NO_FILTERS);
    expect(from.t).toBe(day('2017-01-01'));
  });

  it('eases within a playback step, so each move ends before the next step, and cuts with reduced motion', () => {
    expect(followDuration({ playing: false, speed: 1 }, false)).toBe(FOLLOW_MS);
    for (const speed of [0.5, 1, 2] as const) expect(followDuration({ playing: true, speed }, false)).toBeLessThan(1000 / speed);
    expect(followDuration({ playing: true, speed: 1 }, true)).toBe(0);
  });
});
