import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/core/model.ts';
import type { Adapter, MapArea } from '../../src/core/state/adapter.ts';
import type { AppState } from '../../src/core/state/appState.ts';
import { createFrames } from '../../src/core/state/frames.ts';
import { initialState, storyTimeline } from '../../src/core/state/initialState.ts';
import { createStore } from '../../src/core/state/store.ts';
import { wire } from '../../src/mount/wire.ts';
import { minimalStory } from '../support/minimalStory.ts';

interface Call { readonly t: number; readonly previousT: number; readonly stances: readonly string[]; readonly first: boolean }

/** A map area that only records what it is handed: what the page's wiring would give the real map. */
function fakeMap(calls: Call[]): MapArea {
  return {
    ready: Promise.resolve(),
    update(state, previous, step) {
      calls.push({ t: state.t, previousT: previous.t, stances: step.frame.stances.map((s) => s.stance.id), first: state === previous });
    },
  };
}

function page(): { store: ReturnType<typeof createStore>; follow: (s: AppState, p: AppState) => ReturnType<ReturnType<typeof createFrames>['follow']>; start: AppState } {
  const model = buildModel(minimalStory());
  const timeline = storyTimeline(model);
  const start = initialState(model, timeline, 'explore');
  const frames = createFrames(model, start);
  return { store: createStore(start, { timeline, scenes: [] }), follow: (s, p) => frames.follow(s, p), start };
}

describe('wire', () => {
  it('shows every adapter the starting state once, then hands each change to all of them in order, with one frame step', () => {
    const { store, follow, start } = page();
    const calls: Call[] = [];
    const order: string[] = [];
    const named = (name: string): Adapter => ({ update: () => { order.push(name); } });
    wire(store, follow, [fakeMap(calls), named('list'), named('timeline')], new AbortController().signal);
    expect(calls).toEqual([{ t: start.t, previousT: start.t, stances: ['s1'], first: true }]);
    const before = Date.UTC(2017, 1, 28) / 86_400_000;
    store.dispatch({ type: 'setDate', t: before });
    expect(calls[1]).toEqual({ t: before, previousT: start.t, stances: [], first: false });
    expect(order).toEqual(['list', 'timeline', 'list', 'timeline']);
  });

  it('stops handing changes on once the story is replaced', () => {
    const { store, follow } = page();
    const calls: Call[] = [];
    const replaced = new AbortController();
    wire(store, follow, [fakeMap(calls)], replaced.signal);
    replaced.abort();
    store.dispatch({ type: 'setDate', t: Date.UTC(2017, 1, 1) / 86_400_000 });
    expect(calls).toHaveLength(1);
  });
});
