import type { StoryModel } from './core/model.ts';
import { storyScenes } from './core/scenes.ts';
import type { AppState, Mode } from './core/state/appState.ts';
import { createFrames } from './core/state/frames.ts';
import { initialState, storyTimeline } from './core/state/initialState.ts';
import { type Store, createStore } from './core/state/store.ts';
import { parseHash } from './core/state/urlState.ts';
import { appAddress } from './core/embedSnippet.ts';
import { onDemand } from './core/onDemand.ts';
import { type Camera, initialCamera } from './core/view.ts';
import { createMapSlot } from './mapSlot.ts';
import type { ExportActions } from './present/exportDialog.ts';
import { BRIEFING_PARAM, briefingKey, createSceneSync } from './present/sceneSync.ts';
import { createPlayback } from './timeline/playback.ts';
import { createTimelineView } from './timeline/timelineView.ts';
import { byId, h } from './ui/dom.ts';
import { renderDetail } from './ui/detailPanel.ts';
import { createAnnouncer } from './ui/announcer.ts';
import { createEmbedBridge } from './ui/embedBridge.ts';
import { createFocusFilter } from './ui/focusFilter.ts';
import { createLegend } from './ui/legend.ts';
import { showLinkNotes } from './ui/linkNotes.ts';
import { renderMasthead } from './ui/masthead.ts';
import { createOpenFullMap } from './ui/openFullMap.ts';
import { createStoryList } from './ui/storyList.ts';
import { createToolbar } from './ui/toolbar.ts';
import { createUrlSync } from './ui/urlSync.ts';

// Wires one story to the adapters its mode calls for. Everything it starts
// stops when `signal` aborts, so a newly opened story replaces this one whole.

type Updatable = { update(state: AppState, previous: AppState): void };
const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Containers the adapters fill; emptied when a story is replaced. */
export const CONTAINERS = ['map', 'toolbar', 'legend', 'focus', 'timeline', 'list', 'detail', 'text-list', 'card', 'presenter', 'handout', 'link-notes', 'map-description', 'announcer'];

function cameraOf(state: AppState, fallback: Camera): Camera {
  const c = state.camera;
  return c ? { kind: 'center', center: [c.center[0], c.center[1]], zoom: c.zoom, bearing: c.bearing, pitch: c.pitch } : fallback;
}

function wire(store: Store, updatables: readonly Updatable[], initial: AppState): void {
  for (const u of updatables) u.update(initial, initial);
  store.subscribe((state, previous) => {
    for (const u of updatables) u.update(state, previous);
  });
}

export async function mountStory(model: StoryModel, mode: Mode, hash: string, signal: AbortSignal): Promise<void> {
  const timeline = storyTimeline(model);
  const scenes = storyScenes(model, initialCamera(model));
  const opening = initialState(model, timeline, mode);
  const fromLink = (text: string): { state: AppState; notes: readonly string[] } => {
    const { patch, notes } = parseHash(text, model, timeline, scenes.length);
    const state = { ...opening, ...patch, mode, previousT: patch.t ?? opening.t };
    // A briefing always shows a scene: the first one unless the link names another.
    const scene = (mode === 'present' || mode === 'notes') && state.scene < 0 ? 0 : state.scene;
    const sceneDay = scenes[scene]?.day;
    return { state: scene === state.scene || sceneDay === undefined ? state : { ...state, scene, t: sceneDay, previousT: sceneDay }, notes };
  };
  const link = fromLink(hash);
  const store = createStore(link.state, { timeline, scenes });
  const { dispatch, getState } = store;
  const updatables: Updatable[] = [createUrlSync(opening, (text) => fromLink(text).state, dispatch, signal)];
  Object.assign(window, { __stancemap: { store, model, timeline, scenes } });
  renderMasthead(byId('story-title'), byId('story-description'), byId('credit'), model.story.meta);

  if (mode === 'notes') {
    const { createNotesView } = await import('./present/notesView.ts');
    updatables.push(createSceneSync(briefingKey('notes'), scenes.length, dispatch), createNotesView(byId('app'), scenes, dispatch));
    wire(store, updatables, link.state);
    return;
  }

  const frames = createFrames(model, link.state);
  const select = (id: string): void => dispatch({ type: 'select', id });
  const present = mode === 'present';
  const embed = mode === 'embed';
  const camera = (present ? scenes[link.state.scene]?.camera : undefined) ?? cameraOf(link.state, initialCamera(model));
  showLinkNotes(byId('link-notes'), link.notes);
  const options = { scenes: present ? scenes : [], scale: present ? 1.6 : 1, reducedMotion: reducedMotion(), sleeps: embed };
  const view = createMapSlot(byId('map'), model, { state: link.state, frame: frames.current, camera }, dispatch, options, signal);
  const currentCamera = (): Camera => {
    const live = view.live()?.map;
    if (!live) return view.camera();
    const b = live.getBounds();
    return { kind: 'bounds', bounds: [[b.getWest(), b.getSouth()], [b.getEast(), b.getNorth()]] };
  };
  const handoutBox = byId('handout');
  const prepareHandout = async (): Promise<void> => {
    if (handoutBox.childElementCount > 0) return;
    const [{ buildHandout }, { loadSphericalBasemap }] = await Promise.all([import('./present/handout.ts'), import('./svg/svgView.ts')]);
    buildHandout(handoutBox, model, scenes, await loadSphericalBasemap('fine'));
  };
  const actions: ExportActions = {
    async png(width, height) {
      const [{ exportPng }, { download, timestampedName }] = await Promise.all([import('./present/exportPng.ts'), import('./present/furniture.ts')]);
      const state = getState();
      const scene = present ? scenes[state.scene] : undefined;
      download(await exportPng(model, state, frames.current, currentCamera(), width, height, scene?.title ?? '', scene?.stances ?? []), timestampedName(model.story.meta.title, state.t, 'png'));
    },
    async svg(width, height) {
      const [{ exportSvg }, { download, timestampedName }] = await Promise.all([import('./present/exportSvg.ts'), import('./present/furniture.ts')]);
      const state = getState();
      download(await exportSvg(model, frames.current, currentCamera(), width, height, state.selected, present ? scenes[state.scene]?.title ?? '' : ''), timestampedName(model.story.meta.title, state.t, 'svg'));
    },
    async handout() {
      await prepareHandout();
      window.print();
    },
  };
  // Dialogs and their modules load on first use, not with the map.
  const exportDialog = onDemand(async () => (await import('./present/exportDialog.ts')).createExportDialog(actions, signal));
  const exporter = { open: (): void => void exportDialog().then((d) => d.open()) };

  updatables.push(
    createToolbar(byId('toolbar'), getState, dispatch),
    createLegend(byId('legend'), model, dispatch),
    createFocusFilter(byId('focus'), model, dispatch),
    createTimelineView(byId('timeline'), model, timeline, getState, dispatch),
    createOpenFullMap(byId<HTMLAnchorElement>('open-full'), opening),
    createPlayback(dispatch),
  );
  if (mode === 'explore') {
    const embedDialog = onDemand(async () => (await import('./ui/embedDialog.ts')).createEmbedDialog(model.story.meta.title, getState, opening, signal));
    const embedButton = h('button', { class: 'toolbar__button', text: 'Embed', attrs: { type: 'button', 'aria-haspopup': 'dialog' } });
    embedButton.addEventListener('click', () => void embedDialog().then((d) => d.open()));
    const exportButton = h('button', { class: 'toolbar__button', text: 'Export', attrs: { type: 'button', 'aria-haspopup': 'dialog' } });
    exportButton.addEventListener('click', () => exporter.open());
    const presentLink = h('a', { class: 'toolbar__button', text: 'Present', attrs: { href: appAddress(window.location.href, 'present'), title: 'Present the story as a briefing (P)' } });
    byId('toolbar').append(embedButton, exportButton, presentLink);
    document.addEventListener('keydown', (e) => {
      if ((e.key === 'p' || e.key === 'P') && !e.ctrlKey && !e.metaKey && !(e.target instanceof HTMLElement && e.target.closest('input, select, textarea, dialog'))) presentLink.click();
    }, { signal });
  }
  if (present) {
    // Presentation modules load only for a briefing: explore and embed pages never carry them.
    const { createPresenterView } = await import('./present/presenterView.ts');
    const key = briefingKey('present');
    const notesUrl = (): string => {
      const url = new URL(appAddress(window.location.href, 'notes'));
      if (key !== undefined) url.searchParams.set(BRIEFING_PARAM, key);
      return `${url.href}#scene=${getState().scene + 1}`;
    };
    updatables.push(
      createSceneSync(key, scenes.length, dispatch),
      createPresenterView(byId('presenter'), scenes, dispatch, { openNotes: () => window.open(notesUrl(), 'stancemap-notes', 'popup,width=720,height=560'), openExport: () => exporter.open() }),
    );
  }
  const list = createStoryList(byId(embed ? 'text-list' : 'list'), select);
  const detail = byId(embed ? 'card' : 'detail');
  const isKnownId = (id: string): boolean => model.places.has(id) || model.actors.has(id) || model.stances.some((s) => s.stance.id === id) || model.events.some((e) => e.event.id === id);
  const bridge = embed ? createEmbedBridge(dispatch, isKnownId) : undefined;
  const announcer = createAnnouncer(byId('map-description'), byId('announcer'), model);
  announcer.describe({ frame: frames.current, previous: frames.current, change: { added: [], removed: [] } }, false);
  list.update(frames.current, { added: [], removed: [] }, link.state.selected);
  renderDetail(detail, link.state.selected, model, select);
  store.subscribe((state, previous) => {
    if (signal.aborted) return;
    const step = frames.follow(state, previous);
    view.update(state, previous, step);
    if (step.frame !== step.previous || state.selected !== previous.selected) list.update(step.frame, step.change, state.selected);
    if (step.frame !== step.previous) announcer.describe(step, state.t !== previous.t, state.t > previous.t);
    if (state.selected !== previous.selected) renderDetail(detail, state.selected, model, select);
  });
  wire(store, updatables, link.state);
  signal.addEventListener('abort', () => store.dispatch({ type: 'setPlaying', playing: false }));
  window.addEventListener('beforeprint', () => void prepareHandout(), { signal });

  // A handle for tests and the benchmark: they query the map's rendered features, and which stances the arrow layer draws.
  // The live map comes and goes (an embed asleep off screen, a lost context): the handle follows it.
  Object.assign(window, {
    __stancemap: {
      get map() { return view.live()?.map; },
      get arrows() { return view.live()?.arrows; },
      shown: () => view.shown(),
      store, model, timeline, scenes, exporter,
    },
  });
  await view.ready;
  bridge?.ready();
}
