import type { Adapter } from '../core/state/adapter.ts';
import type { Store } from '../core/state/store.ts';
import { byId } from '../dom/dom.ts';
import { createPlayback } from '../timeline/playback.ts';
import { createTimelineView } from '../timeline/timelineView.ts';
import { createAnnouncer } from '../ui/announcer.ts';
import { createDetail } from '../ui/detailPanel.ts';
import { createFocusFilter } from '../ui/focusFilter.ts';
import { createLegend } from '../ui/legend.ts';
import { createOpenFullMap } from '../ui/openFullMap.ts';
import { type ListEntries, createStoryList } from '../ui/storyList.ts';
import { createToolbar } from '../ui/toolbar.ts';
import type { StoryContext } from './context.ts';

// The studio preview's panels, each made again only when what it shows
// changed: a quote edited leaves the timeline, the legend and the actor
// filter as they were (immer keeps the lists an edit did not touch the same
// objects). All of them talk to the preview's one store.

interface Spec {
  readonly name: string;
  /** The container it fills (emptied when it is made again). */
  readonly container: string;
  /** What it shows: the same key, the same panel. */
  key(ctx: StoryContext): unknown;
  make(ctx: StoryContext, signal: AbortSignal): Adapter;
}

interface Made { readonly key: unknown; readonly adapter: Adapter; readonly stop: AbortController }

/** Keys are values or lists of them, compared one by one (a list of the story is the same object or not). */
const same = (a: unknown, b: unknown): boolean => a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]));
const ALWAYS = {};

function specs(store: Store, entries: ListEntries, trackWidth: () => number | undefined): Spec[] {
  const { dispatch, getState } = store;
  const select = (id: string): void => dispatch({ type: 'select', id });
  const once = (): unknown => ALWAYS;
  const fresh = (): unknown => ({});
  return [
    { name: 'list', container: 'list', key: once, make: () => createStoryList(byId('list'), select, entries) },
    { name: 'announcer', container: 'map-description', key: fresh, make: (ctx) => createAnnouncer(byId('map-description'), byId('announcer'), ctx.model) },
    { name: 'detail', container: 'detail', key: fresh, make: (ctx) => createDetail(byId('detail'), ctx.model, select) },
    { name: 'toolbar', container: 'toolbar', key: once, make: () => createToolbar(byId('toolbar'), getState, dispatch) },
    { name: 'legend', container: 'legend', key: (ctx) => [...new Set(ctx.model.stances.map((s) => s.stance.type))].sort().join(), make: (ctx) => createLegend(byId('legend'), ctx.model, dispatch) },
    { name: 'focus', container: 'focus', key: (ctx) => ctx.model.story.actors, make: (ctx) => createFocusFilter(byId('focus'), ctx.model, dispatch) },
    {
      name: 'timeline', container: 'timeline',
      // Its axis is the timeline's, its marks and words the events'.
      key: (ctx) => [JSON.stringify([ctx.timeline.first, ctx.timeline.last, ctx.timeline.stops]), ctx.model.story.events],
      make: (ctx, signal) => createTimelineView(byId('timeline'), ctx.model, ctx.timeline, getState, dispatch, signal, trackWidth()),
    },
    { name: 'open-full', container: 'open-full', key: fresh, make: (ctx) => createOpenFullMap(byId<HTMLAnchorElement>('open-full'), ctx.opening) },
    { name: 'playback', container: '', key: once, make: () => createPlayback(dispatch) },
  ];
}

/** The panels for each version: those whose key is unchanged are kept, the others made again. */
export function createPreviewPanels(store: Store, entries: ListEntries, signal: AbortSignal): (ctx: StoryContext) => Adapter[] {
  const made = new Map<string, Made>();
  // Read before any panel changes the page: the new timeline is as wide as the last one.
  let width: number | undefined;
  const list = specs(store, entries, () => width);
  return (ctx) => {
    width = byId('timeline').querySelector('.timeline__trackbox')?.clientWidth;
    return list.map((spec) => {
      const key = spec.key(ctx);
      const before = made.get(spec.name);
      if (before && same(before.key, key)) return before.adapter;
      before?.stop.abort();
      if (spec.container && spec.name !== 'open-full') byId(spec.container).replaceChildren();
      const stop = new AbortController();
      const adapter = spec.make(ctx, AbortSignal.any([signal, stop.signal]));
      made.set(spec.name, { key, adapter, stop });
      return adapter;
    });
  };
}
