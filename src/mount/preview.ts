import type { Map as MapLibreMap } from 'maplibre-gl';
import type { StoryModel } from '../core/model.ts';
import type { AppState } from '../core/state/appState.ts';
import { carryState } from '../core/state/carryState.ts';
import { drawsTheSame } from '../core/studio/previewable.ts';
import { createFrames } from '../core/state/frames.ts';
import { type Store, createStore } from '../core/state/store.ts';
import { byId } from '../dom/dom.ts';
import type { MapSlot } from '../mapSlot.ts';
import { renderMasthead } from '../ui/masthead.ts';
import { type StoryContext, storyContext } from './context.ts';
import { createPageSlot, createPanels, skipFirst } from './mapPage.ts';
import type { ListEntries } from '../ui/storyList.ts';
import { wire } from './wire.ts';

// The story studio's preview: explore's page (without its More menu and URL
// sync) given one version of the story after another. The map is made once
// and takes each new version in place, keeping its camera; the panels are
// cheap and are made again for each version, with a store whose state
// carries over what still applies (core/state/carryState.ts).

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

/** The containers the panels fill, emptied for each version (the map's is kept). */
const PANEL_CONTAINERS = ['toolbar', 'legend', 'focus', 'timeline', 'list', 'detail', 'map-description', 'announcer'];

/** The context for a version of the story, at the state carried over from the one before (or its opening, the first time). */
function versionContext(model: StoryModel, previous: Store | undefined): StoryContext {
  const ctx = storyContext(model, 'explore', '');
  if (!previous) return ctx;
  const state = carryState(previous.getState(), ctx.opening, model, ctx.timeline);
  return { ...ctx, link: { state, notes: [] }, store: createStore(state, ctx) };
}

export function createPreview(signal: AbortSignal): Preview {
  let store: Store | undefined;
  let shown: StoryModel | undefined;
  const entries: ListEntries = new Map();
  let slot: MapSlot | undefined;
  let version: AbortController | undefined;
  let drawn: (first: Promise<void>) => void = () => undefined;
  const ready = new Promise<void>((resolve) => { drawn = resolve; });
  // A handle for tests and the benchmark, as explore's (docs/architecture.md), following the version shown.
  const handle = {
    get map() { return slot?.live()?.map; },
    get arrows() { return slot?.live()?.arrows; },
    shown: () => slot?.shown(),
  };

  function show(model: StoryModel): void {
    const start = performance.now();
    // Only the words around the map changed (a title, the article's text): the panels and the map stay.
    if (shown && drawsTheSame(shown.story, model.story)) {
      renderMasthead(byId('story-title'), byId('story-description'), byId('credit'), model.story.meta);
      shown = model;
      Object.assign(handle, { model });
      performance.measure(PREVIEW_MEASURE, { start });
      return;
    }
    shown = model;
    const ctx = versionContext(model, store);
    // The version before stops playing before its wiring goes.
    store?.dispatch({ type: 'setPlaying', playing: false });
    version?.abort();
    version = new AbortController();
    const versionSignal = AbortSignal.any([signal, version.signal]);
    const frames = createFrames(model, ctx.link.state);
    // Read before the page changes: the new timeline is as wide as the last one.
    const trackWidth = byId('timeline').querySelector('.timeline__trackbox')?.clientWidth;
    // The map first: it reads the page's layout (the label layout), which is still clean before the panels change.
    if (slot) slot.setStory(model, ctx.link.state, frames.current);
    else {
      // The map's events reach whichever version's store is current.
      slot = createPageSlot(ctx, frames, (a) => store?.dispatch(a), signal);
      drawn(slot.ready);
    }
    renderMasthead(byId('story-title'), byId('story-description'), byId('credit'), model.story.meta);
    for (const id of PANEL_CONTAINERS) byId(id).replaceChildren();
    const panels = createPanels(ctx, versionSignal, trackWidth, entries);
    store = ctx.store;
    wire(store, frames.follow.bind(frames), [skipFirst(slot), ...panels.frameAdapters, ...panels.controls], versionSignal);
    Object.assign(window, { __stancemap: Object.assign(handle, { store, model, timeline: ctx.timeline, scenes: ctx.scenes }) });
    performance.measure(PREVIEW_MEASURE, { start });
  }

  signal.addEventListener('abort', () => version?.abort());
  return { show, map: () => slot?.live()?.map, state: () => store?.getState(), ready };
}
