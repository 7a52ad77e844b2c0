import type { Map as MapLibreMap } from 'maplibre-gl';
import type { StoryModel } from '../core/model.ts';
import type { Adapter } from '../core/state/adapter.ts';
import type { AppState, Context } from '../core/state/appState.ts';
import { carryState } from '../core/state/carryState.ts';
import { drawsTheSame } from '../core/studio/previewable.ts';
import { framesFirstSight } from '../core/studio/firstSight.ts';
import { createFrames } from '../core/state/frames.ts';
import { type Store, createStore } from '../core/state/store.ts';
import { byId } from '../dom/dom.ts';
import type { MapSlot } from '../mapSlot.ts';
import { renderMasthead } from '../ui/masthead.ts';
import { type StoryContext, storyContext } from './context.ts';
import { createPageSlot, skipFirst } from './mapPage.ts';
import { createPreviewPanels } from './previewPanels.ts';
import { frameFirstSight } from './firstSightView.ts';
import type { ListEntries } from '../ui/storyList.ts';
import { wire } from './wire.ts';

// The story studio's preview: explore's page (without its More menu and URL
// sync) given one version of the story after another. The map is made once
// and takes each new version in place, keeping its camera; one store serves
// every version, its state carrying over what still applies
// (core/state/carryState.ts), and a panel is made again only when what it
// shows changed (mount/previewPanels.ts).

export interface Preview {
  /** Shows this story: the first call mounts the page as explore does; later calls update everything in place, keeping the map, its camera and, where the ids still exist, the date/selection. */
  show(model: StoryModel): void;
  /** The live MapLibre map, when there is one (the studio uses it for map clicks and draggable marks). */
  map(): MapLibreMap | undefined;
  /** The state of the version shown (its date, selection), for a scene taken from it. */
  state(): AppState | undefined;
  /** Resolves once the first story is drawn. */
  readonly ready: Promise<void>;
}

/** The name of the performance measure around each show() (the benchmark reads it). */
export const PREVIEW_MEASURE = 'stancemap:preview-update';

/** The context the one store reads (the timeline to step through, the scenes), following the version shown. */
function liveContext(current: () => StoryContext): Context {
  return {
    get timeline() { return current().timeline; },
    get scenes() { return current().scenes; },
  };
}

export function createPreview(signal: AbortSignal): Preview {
  let ctx: StoryContext | undefined;
  let store: Store | undefined;
  let panels: ((ctx: StoryContext) => Adapter[]) | undefined;
  let slot: MapSlot | undefined;
  let version: AbortController | undefined;
  let drawn: (first: Promise<void>) => void = () => undefined;
  const ready = new Promise<void>((resolve) => { drawn = resolve; });
  const entries: ListEntries = new Map();
  // The store steps through the timeline of the version shown.
  const live = liveContext(() => {
    if (!ctx) throw new Error('the preview shows no story yet');
    return ctx;
  });
  // A handle for tests and the benchmark, as explore's (docs/architecture.md), following the version shown.
  const handle = {
    get map() { return slot?.live()?.map; },
    get arrows() { return slot?.live()?.arrows; },
    shown: () => slot?.shown(),
  };

  function show(model: StoryModel): void {
    const start = performance.now();
    // Only the words around the map changed (a title, the article's text): the panels and the map stay.
    if (ctx && drawsTheSame(ctx.model.story, model.story)) {
      renderMasthead(byId('story-title'), byId('story-description'), byId('credit'), model.story.meta);
      ctx = { ...ctx, model };
      Object.assign(handle, { model });
      performance.measure(PREVIEW_MEASURE, { start });
      return;
    }
    const next = storyContext(model, 'explore', '');
    // One store for every version: its state carries over what still applies to the new one.
    const state = store ? carryState(store.getState(), next.opening, model, next.timeline) : next.link.state;
    const firstSight = ctx !== undefined && framesFirstSight(ctx.model, model, state);
    store?.dispatch({ type: 'setPlaying', playing: false });
    version?.abort();
    version = new AbortController();
    const versionSignal = AbortSignal.any([signal, version.signal]);
    ctx = next;
    store ??= createStore(state, live);
    store.dispatch({ type: 'restore', state });
    const frames = createFrames(model, state);
    // The map first: it reads the page's layout (the label layout), which is still clean before the panels change.
    if (slot) {
      slot.setStory(model, state, frames.current);
      const map = slot.live()?.map;
      if (firstSight && map) frameFirstSight(map, model);
    } else {
      slot = createPageSlot({ ...ctx, link: { state, notes: [] }, store }, frames, store.dispatch, signal);
      drawn(slot.ready);
    }
    renderMasthead(byId('story-title'), byId('story-description'), byId('credit'), model.story.meta);
    panels ??= createPreviewPanels(store, entries, signal);
    wire(store, frames.follow.bind(frames), [skipFirst(slot), ...panels({ ...ctx, store })], versionSignal);
    Object.assign(window, { __stancemap: Object.assign(handle, { store, model, timeline: ctx.timeline, scenes: ctx.scenes }) });
    performance.measure(PREVIEW_MEASURE, { start });
  }

  signal.addEventListener('abort', () => version?.abort());
  return { show, map: () => slot?.live()?.map, state: () => store?.getState(), ready };
}
