import type { Frame } from '../core/frame.ts';
import type { Adapter } from '../core/state/adapter.ts';
import type { Action, AppState } from '../core/state/appState.ts';
import { onDemand } from '../core/onDemand.ts';
import { type Camera, initialCamera } from '../core/view.ts';
import { type MapSlot, createMapSlot } from '../mapSlot.ts';
import { createPlayback } from '../timeline/playback.ts';
import { createTimelineView } from '../timeline/timelineView.ts';
import { createAnnouncer } from '../ui/announcer.ts';
import { createDetail } from '../ui/detailPanel.ts';
import { byId } from '../dom/dom.ts';
import { createFocusFilter } from '../ui/focusFilter.ts';
import { createLegend } from '../ui/legend.ts';
import { showLinkNotes } from '../ui/linkNotes.ts';
import { createOpenFullMap } from '../ui/openFullMap.ts';
import { overlaysOver } from '../ui/overlays.ts';
import { createStoryList } from '../ui/storyList.ts';
import { createToolbar } from '../ui/toolbar.ts';
import type { StoryContext } from './context.ts';

// The page around a map, in explore, embed and briefing modes alike: the map
// area, the list, the detail, the screen-reader description, and the controls.

export interface MapPage {
  readonly slot: MapSlot;
  /** What follows the frame: the map, the list, the description, the detail. */
  readonly frameAdapters: readonly Adapter[];
  /** The controls: toolbar, legend, focus, timeline, the full-map link, playback. */
  readonly controls: readonly Adapter[];
  readonly exporter: { open(): void };
}

const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function cameraOf(state: AppState, fallback: Camera): Camera {
  const c = state.camera;
  return c ? { kind: 'center', center: [c.center[0], c.center[1]], zoom: c.zoom, bearing: c.bearing, pitch: c.pitch } : fallback;
}

/** The map itself follows from the state it was made with: it needs no first update. */
export function skipFirst(adapter: Adapter): Adapter {
  return { update: (state, previous, step) => { if (state !== previous) adapter.update(state, previous, step); } };
}

/** The map area for a story's page; `dispatch` reaches whichever store is the page's now. */
export function createPageSlot(ctx: StoryContext, frames: { readonly current: Frame }, dispatch: (a: Action) => void, signal: AbortSignal): MapSlot {
  const { model, mode, scenes, link } = ctx;
  const present = mode === 'present';
  const camera = (present ? scenes[link.state.scene]?.camera : undefined) ?? cameraOf(link.state, initialCamera(model));
  const mapArea = byId('map');
  const options = {
    scenes: present ? scenes : [], scale: present ? 1.6 : 1, reducedMotion: reducedMotion(), sleeps: mode === 'embed',
    overlays: () => overlaysOver(mapArea),
    // The story's own opening is framed for the space free of panels; a link's camera is the reader's.
    frameOpening: !present && !link.state.camera,
  };
  return createMapSlot(mapArea, model, { state: link.state, frame: frames.current, camera }, dispatch, options, signal);
}

/** What follows the frame besides the map (the list, the description, the detail), and the controls (the studio's preview makes its own: mount/previewPanels.ts). */
function createPanels(ctx: StoryContext, signal: AbortSignal): { readonly frameAdapters: readonly Adapter[]; readonly controls: readonly Adapter[] } {
  const { model, mode, store } = ctx;
  const { dispatch, getState } = store;
  const embed = mode === 'embed';
  const select = (id: string): void => dispatch({ type: 'select', id });
  return {
    frameAdapters: [
      createStoryList(byId(embed ? 'text-list' : 'list'), select),
      createAnnouncer(byId('map-description'), byId('announcer'), model),
      createDetail(byId(embed ? 'card' : 'detail'), model, select),
    ],
    controls: [
      createToolbar(byId('toolbar'), getState, dispatch),
      createLegend(byId('legend'), model, dispatch),
      createFocusFilter(byId('focus'), model, dispatch),
      createTimelineView(byId('timeline'), model, ctx.timeline, getState, dispatch, signal),
      createOpenFullMap(byId<HTMLAnchorElement>('open-full'), ctx.opening),
      createPlayback(dispatch),
    ],
  };
}

export function createMapPage(ctx: StoryContext, frames: { readonly current: Frame }, signal: AbortSignal): MapPage {
  const { model, mode, scenes, link, store } = ctx;
  const { getState } = store;
  const present = mode === 'present';
  showLinkNotes(byId('link-notes'), link.notes);
  const slot = createPageSlot(ctx, frames, store.dispatch, signal);
  // The actions, the dialog and their modules load on first use, not with the map; printing from
  // the browser loads them too, for the handout it prints.
  const actions = onDemand(async () => (await import('../present/exportActions.ts')).createExportActions({ model, scenes, present, getState, frame: () => frames.current, camera: () => exportCamera(slot) }));
  window.addEventListener('beforeprint', () => void actions().then((a) => a.prepareHandout()), { signal });
  const exportDialog = onDemand(async () => (await import('../present/exportDialog.ts')).createExportDialog(await actions(), signal));
  const panels = createPanels(ctx, signal);
  return {
    slot,
    frameAdapters: [skipFirst(slot), ...panels.frameAdapters],
    controls: panels.controls,
    exporter: { open: () => void exportDialog().then((d) => d.open()) },
  };
}

/** The view an export draws: the live map's bounds, or the still's camera. */
function exportCamera(slot: MapSlot): Camera {
  const live = slot.live()?.map;
  if (!live) return slot.camera();
  const b = live.getBounds();
  return { kind: 'bounds', bounds: [[b.getWest(), b.getSouth()], [b.getEast(), b.getNorth()]] };
}
