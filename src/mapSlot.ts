import type { Frame } from './core/frame.ts';
import type { MapArea } from './core/state/adapter.ts';
import { CONTEXT_GRACE_MS, type MapShown, type Presence, type PresenceEvent, SLEEP_DELAY_MS, START_PRESENCE, mapToShow, presenceAfter } from './core/mapPresence.ts';
import type { StoryModel } from './core/model.ts';
import type { Action, AppState } from './core/state/appState.ts';
import type { Camera } from './core/view.ts';
import { loadMapModule } from './map/loadMap.ts';
import type { MapView, MapViewOptions } from './map/mapView.ts';
import { mayHaveWebGL2, tryMapView } from './map/webgl.ts';
import type { SvgView } from './svg/svgView.ts';

// The map area: the live WebGL map when it can be, otherwise a still picture
// of the same state (core/mapPresence.ts decides which). Switching never
// leaves the area blank: a still goes over the live map before the live map
// goes, and a live map starts under the still and shows once it is ready.

/** The map area's slot: its `ready` resolves once the first map (live or still) has drawn the story. */
export interface MapSlot extends MapArea {
  /** The live map, while there is one. */
  live(): MapView | undefined;
  /** What the reader sees now, as a camera (for exports and the next map). */
  camera(): Camera;
  /** What the area shows now. */
  shown(): MapShown;
  /**
   * Shows another story in the same area (the studio's preview), at this
   * state and frame: the live map keeps its instance and its camera, a
   * still is drawn again, and a map made later starts with this story.
   */
  setStory(model: StoryModel, state: AppState, frame: Frame): void;
}

export interface MapSlotStart {
  readonly state: AppState;
  readonly frame: Frame;
  readonly camera: Camera;
}

function cameraOfMap(view: MapView): Camera {
  const { map } = view;
  const c = map.getCenter();
  return { kind: 'center', center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}

/** Turns the events that matter (on screen or not, tab shown, context lost and back) into presence events. */
function watchPresence(container: HTMLElement, sleeps: boolean, send: (e: PresenceEvent) => void, signal: AbortSignal): Promise<void> {
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') send({ type: 'visible' }); }, { signal });
  if (!sleeps || typeof IntersectionObserver === 'undefined') return Promise.resolve();
  let sleepTimer: ReturnType<typeof setTimeout> | undefined;
  let firstSight: () => void = () => undefined;
  const seen = new Promise<void>((resolve) => { firstSight = resolve; });
  // Inside an iframe this is the top-level page's viewport, whatever its origin.
  let first = true;
  const io = new IntersectionObserver((entries) => {
    const onScreen = entries[entries.length - 1]?.isIntersecting ?? false;
    clearTimeout(sleepTimer);
    // The first report is acted on at once: an embed that loads off screen starts as a still, never taking a context.
    if (onScreen || first) send({ type: 'seen', onScreen });
    else sleepTimer = setTimeout(() => send({ type: 'seen', onScreen }), SLEEP_DELAY_MS);
    first = false;
    firstSight();
  });
  io.observe(container);
  signal.addEventListener('abort', () => {
    io.disconnect();
    clearTimeout(sleepTimer);
  });
  // The first report decides how the map starts: off screen, as a still at once.
  return seen.then(() => undefined);
}

/**
 * Calls `giveUp` when the map's context has been lost for CONTEXT_GRACE_MS of
 * visible time. Lost means until the style is back, not only the context: a
 * context restored whose style never comes back is given up too.
 */
function giveUpWhenLost(view: MapView, giveUp: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = (): void => {
    clearTimeout(timer);
    // A hidden tab gets its context back when shown: the wait starts then.
    if (document.visibilityState === 'visible') timer = setTimeout(() => { if (view.contextLost()) giveUp(); }, CONTEXT_GRACE_MS);
  };
  const gone = new AbortController();
  view.map.on('webglcontextlost', wait);
  document.addEventListener('visibilitychange', () => { if (view.contextLost()) wait(); }, { signal: gone.signal });
  view.map.once('remove', () => {
    clearTimeout(timer);
    gone.abort();
  });
}

/**
 * The presence, and a way to wait until it wants something else: a map still
 * starting is not waited for once it is no longer wanted.
 */
function holdPresence(initial: Presence, sleeps: boolean): { want(): MapShown; apply(e: PresenceEvent): void; until(done: (shown: MapShown) => boolean): Promise<void> } {
  let presence = initial;
  let changed: () => void = () => undefined;
  return {
    want: () => mapToShow(presence, sleeps),
    apply(e) {
      presence = presenceAfter(presence, e);
      changed();
    },
    async until(done) {
      while (!done(mapToShow(presence, sleeps))) await new Promise<void>((resolve) => { changed = resolve; });
    },
  };
}

/** The still's first drawing; a still that cannot draw (its basemap did not come) is taken away, so no empty picture covers the map. */
async function drawnOrRemoved(view: SvgView): Promise<void> {
  try {
    await view.ready;
  } catch (e) {
    view.remove();
    throw e;
  }
}

export function createMapSlot(container: HTMLElement, firstModel: StoryModel, start: MapSlotStart, dispatch: (a: Action) => void, options: MapViewOptions & { readonly sleeps: boolean }, signal: AbortSignal): MapSlot {
  let { camera } = start;
  let current = { model: firstModel, state: start.state, frame: start.frame };
  const presence = holdPresence(mayHaveWebGL2() ? START_PRESENCE : presenceAfter(START_PRESENCE, { type: 'unavailable', why: 'no-webgl' }), options.sleeps);
  let live: MapView | undefined;
  let still: { view: SvgView; kind: MapShown } | undefined;
  let queue = Promise.resolve();
  let settled = false;
  let opened = false;

  const cameraNow = (): Camera => (live ? cameraOfMap(live) : camera);
  const dropAll = (): void => { live?.map.remove(); still?.view.remove(); live = undefined; still = undefined; };
  const send = (e: PresenceEvent): void => {
    presence.apply(e);
    if (settled) void settle();
  };
  // One switch at a time, each to what is wanted when it starts.
  const settle = (): Promise<void> => (queue = queue.then(switchTo).catch((e: unknown) => console.warn('stancemap: the map could not switch', e)));

  async function goLive(): Promise<void> {
    if (live) return;
    const maps = await loadMapModule().catch(() => undefined);
    // Only the first map frames the story's opening; a later one comes back to the reader's view.
    const first = { ...options, frameOpening: options.frameOpening === true && !opened };
    const view = maps && tryMapView(container, () => maps.createMapView(container, current.model, current.state, current.frame, camera, dispatch, first));
    if (!view) {
      // A map that failed to start left its container cleared, and the still with it.
      if (maps) dropAll();
      return send({ type: 'unavailable', why: maps ? 'no-webgl' : 'map-not-loaded' });
    }
    live = view;
    opened = true;
    // The map's canvas went in after the still: the still stays on top until the map has drawn.
    still?.view.toFront();
    giveUpWhenLost(view, () => { if (live === view) send({ type: 'gaveUp' }); });
    // Ready, or no longer wanted before it was ever ready (scrolled away, lost for good).
    await Promise.race([view.ready, presence.until((shown) => shown !== 'live')]);
    if (live === view && !view.contextLost() && presence.want() === 'live') {
      still?.view.remove();
      still = undefined;
    }
  }

  async function goStill(kind: Exclude<MapShown, 'live'>): Promise<void> {
    if (still?.kind === kind && !live) return;
    const { createSvgView } = await import('./svg/svgView.ts');
    const previous = still;
    const view = createSvgView(container, current.model, current.state, current.frame, cameraNow(), dispatch, kind);
    still = { view, kind };
    await drawnOrRemoved(view).catch((e: unknown) => {
      still = previous;
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    });
    previous?.view.remove();
    if (live) {
      camera = cameraOfMap(live);
      live.map.remove();
      live = undefined;
    }
  }

  async function switchTo(): Promise<void> {
    if (signal.aborted) return;
    const want = presence.want();
    await (want === 'live' ? goLive() : goStill(want));
    if (signal.aborted) return dropAll();
    // What is wanted may have changed meanwhile (a map that could not start, a scroll, a lost context).
    if (presence.want() !== want) await switchTo();
  }

  signal.addEventListener('abort', dropAll);
  // The first switch's failure (a map that errors while loading) is the page's to show.
  const ready = watchPresence(container, options.sleeps, send, signal).then(async () => {
    queue = switchTo();
    await queue;
    settled = true;
  });

  return {
    ready,
    update(state, previous, step) {
      current = { ...current, state, frame: step.frame };
      for (const view of [live, still?.view]) view?.update(state, previous, step);
    },
    setStory(model, state, frame) {
      current = { model, state, frame };
      for (const view of [live, still?.view]) view?.setStory(model, state, frame);
    },
    live: () => live,
    camera: cameraNow,
    shown: () => (live && !still ? 'live' : still?.kind ?? 'live'),
  };
}
