import storyUrl from '../data/thaad-2017.json?url';
import { buildModel } from './core/model.ts';
import type { AppState } from './core/state/appState.ts';
import { createFrames } from './core/state/frames.ts';
import { initialState, storyTimeline } from './core/state/initialState.ts';
import { createStore } from './core/state/store.ts';
import { modeFromUrl, parseHash } from './core/state/urlState.ts';
import { type Camera, initialCamera } from './core/view.ts';
import { readStoryText } from './core/validation/readStoryText.ts';
import { createMapView } from './map/mapView.ts';
import { hasWebGL2 } from './map/webgl.ts';
import { createPlayback } from './timeline/playback.ts';
import { createTimelineView } from './timeline/timelineView.ts';
import { byId } from './ui/dom.ts';
import { renderDetail } from './ui/detailPanel.ts';
import { createEmbedBridge } from './ui/embedBridge.ts';
import { createEmbedDialog } from './ui/embedDialog.ts';
import { renderErrors } from './ui/errorBanner.ts';
import { createFocusFilter } from './ui/focusFilter.ts';
import { createLegend } from './ui/legend.ts';
import { showLinkNotes } from './ui/linkNotes.ts';
import { renderMasthead } from './ui/masthead.ts';
import { createOpenFullMap } from './ui/openFullMap.ts';
import { createStoryList } from './ui/storyList.ts';
import { createToolbar } from './ui/toolbar.ts';
import { createUrlSync } from './ui/urlSync.ts';
import './ui/fonts.css';
import './ui/styles/app.css';
import './ui/styles/timeline.css';
import './ui/styles/list.css';
import './ui/styles/embed.css';

// Composition root: load the story, build the model and the store, hand them
// to the adapters the mode calls for. No decisions are made here.

const root = document.documentElement;

function cameraOf(state: AppState, fallback: Camera): Camera {
  const c = state.camera;
  return c ? { kind: 'center', center: [c.center[0], c.center[1]], zoom: c.zoom, bearing: c.bearing, pitch: c.pitch } : fallback;
}

async function start(): Promise<void> {
  const mode = modeFromUrl(window.location.search, window.location.hash);
  root.dataset.mode = mode;
  const response = await fetch(storyUrl);
  const result = readStoryText(await response.text());
  if (!result.ok) {
    renderErrors(byId('errors'), 'This story file cannot be shown', result.errors);
    root.dataset.state = 'error';
    return;
  }
  const model = buildModel(result.story);
  const timeline = storyTimeline(model);
  const opening = initialState(model, timeline, mode);
  const fromLink = (hash: string): { state: AppState; notes: readonly string[] } => {
    const { patch, notes } = parseHash(hash, model, timeline);
    return { state: { ...opening, ...patch, mode, previousT: patch.t ?? opening.t }, notes };
  };
  const link = fromLink(window.location.hash);
  const store = createStore(link.state, { timeline });
  const { dispatch, getState } = store;
  const select = (id: string): void => dispatch({ type: 'select', id });
  const frames = createFrames(model, link.state);
  const embed = mode === 'embed';
  const camera = cameraOf(link.state, initialCamera(model));

  renderMasthead(byId('story-title'), byId('story-description'), byId('credit'), model.story.meta);
  showLinkNotes(byId('link-notes'), link.notes);
  const view = hasWebGL2()
    ? createMapView(byId('map'), model, link.state, frames.current, camera, dispatch)
    : (await import('./svg/svgView.ts')).createSvgView(byId('map'), model, link.state, frames.current, camera, dispatch);
  const adapters = [
    createToolbar(byId('toolbar'), getState, dispatch),
    createLegend(byId('legend'), model, dispatch),
    createFocusFilter(byId('focus'), model, dispatch),
    createTimelineView(byId('timeline'), model, timeline, getState, dispatch),
    createUrlSync(opening, (hash) => fromLink(hash).state, dispatch),
    createOpenFullMap(byId<HTMLAnchorElement>('open-full'), opening),
  ];
  if (mode === 'explore') createEmbedDialog(byId('toolbar'), model.story.meta.title, getState, opening);
  const playback = createPlayback(dispatch);
  const list = createStoryList(byId(embed ? 'text-list' : 'list'), select);
  const detail = byId(embed ? 'card' : 'detail');
  const isKnownId = (id: string): boolean => model.places.has(id) || model.actors.has(id) || model.stances.some((s) => s.stance.id === id) || model.events.some((e) => e.event.id === id);
  const bridge = embed ? createEmbedBridge(dispatch, isKnownId) : undefined;
  list.update(frames.current, { added: [], removed: [] }, link.state.selected);
  for (const a of adapters) a.update(link.state);
  renderDetail(detail, link.state.selected, model, select);

  store.subscribe((state, previous) => {
    const step = frames.follow(state, previous);
    view.update(state, previous, step.frame, step.previous);
    for (const a of adapters) a.update(state);
    playback.update(state, previous);
    if (step.frame !== step.previous || state.selected !== previous.selected) list.update(step.frame, step.change, state.selected);
    if (state.selected !== previous.selected) renderDetail(detail, state.selected, model, select);
  });

  // A handle for tests and the benchmark: they query the map's rendered features, not pixels.
  Object.assign(window, { __stancemap: { map: 'map' in view ? view.map : undefined, store, model, timeline } });
  await view.ready;
  root.dataset.state = 'ready';
  bridge?.ready();
}

start().catch((e: unknown) => {
  renderErrors(byId('errors'), 'The map could not be shown', [{ path: '(app)', message: e instanceof Error ? e.message : String(e) }]);
  root.dataset.state = 'error';
});
