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
  const io = new IntersectionObserver((entries) => {
    const onScreen = entries[entries.length - 1]?.isIntersecting ?? false;
    clearTimeout(sleepTimer);
    if (onScreen) send({ type: 'seen', onScreen });
    else sleepTimer = setTimeout(() => send({ type: 'seen', onScreen }), SLEEP_DELAY_MS);
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

/** Calls `giveUp` when the map's context has been lost for CONTEXT_GRACE_MS of visible time. */
function giveUpWhenLost(view: MapView, giveUp: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = (): void => {
    clearTimeout(timer);
    // A hidden tab gets its context back when shown: the wait starts then.
    if (document.visibilityState === 'visible') timer = setTimeout(giveUp, CONTEXT_GRACE_MS);
  };
  const gone = new AbortController();
  view.map.on('webglcontextlost', wait);
  view.map.on('webglcontextrestored', () => clearTimeout(timer));
  document.addEventListener('visibilitychange', () => { if (view.contextLost()) wait(); }, { signal: gone.signal });
  view.map.once('remove', () => {
    clearTimeout(timer);
    gone.abort();
  });
}

export function createMapSlot(container: HTMLElement, model: StoryModel, start: MapSlotStart, dispatch: (a: Action) => void, options: MapViewOptions & { readonly sleeps: boolean }, signal: AbortSignal): MapSlot {
  let current = { state: start.state, frame: start.frame };
  let camera = start.camera;
  let presence: Presence = mayHaveWebGL2() ? START_PRESENCE : presenceAfter(START_PRESENCE, { type: 'unavailable', why: 'no-webgl' });
  let live: MapView | undefined;
  let still: { view: SvgView; kind: MapShown } | undefined;
  let queue = Promise.resolve();
  let settled = false;
  // Resolved at every change of presence: a map still starting is not waited for once it is no longer wanted.
  let changed: () => void = () => undefined;
  const nextChange = (): Promise<void> => new Promise((resolve) => { changed = resolve; });

  const cameraNow = (): Camera => (live ? cameraOfMap(live) : camera);
  const send = (e: PresenceEvent): void => {
    presence = presenceAfter(presence, e);
    changed();
    if (settled) void settle();
  };
  // One switch at a time, each to what is wanted when it starts.
  const settle = (): Promise<void> => (queue = queue.then(switchTo).catch((e: unknown) => console.warn('stancemap: the map could not switch', e)));

  async function goLive(): Promise<void> {
    if (live) return;
    const maps = await loadMapModule().catch(() => undefined);
    if (!maps) return send({ type: 'unavailable', why: 'map-not-loaded' });
    const view = tryMapView(container, () => maps.createMapView(container, model, current.state, current.frame, camera, dispatch, options));
    if (!view) {
      // The failed map's leftovers were cleared from the container, and the still with them.
      still?.view.remove();
      still = undefined;
      return send({ type: 'unavailable', why: 'no-webgl' });
    }
    live = view;
    // The map's canvas went in after the still: the still stays on top until the map has drawn.
    still?.view.toFront();
    giveUpWhenLost(view, () => { if (live === view) send({ type: 'gaveUp' }); });
    // Ready, or no longer wanted before it was ever ready (scrolled away, lost for good).
    const unwanted = async (): Promise<void> => {
      do await nextChange(); while (mapToShow(presence, options.sleeps) === 'live');
    };
    await Promise.race([view.ready, unwanted()]);
    if (live === view && !view.contextLost() && mapToShow(presence, options.sleeps) === 'live') {
      still?.view.remove();
      still = undefined;
    }
  }

  async function goStill(kind: Exclude<MapShown, 'live'>): Promise<void> {
    if (still?.kind === kind && !live) return;
    const { createSvgView } = await import('./svg/svgView.ts');
    const previous = still;
    const view = createSvgView(container, model, current.state, current.frame, cameraNow(), dispatch, kind);
    still = { view, kind };
    await view.ready;
    previous?.view.remove();
    if (live) {
      camera = cameraOfMap(live);
      live.map.remove();
      live = undefined;
    }
  }

  async function switchTo(): Promise<void> {
    const want = mapToShow(presence, options.sleeps);
    await (want === 'live' ? goLive() : goStill(want));
    // What is wanted may have changed meanwhile (a map that could not start, a scroll, a lost context).
    if (mapToShow(presence, options.sleeps) !== want) await switchTo();
  }

  signal.addEventListener('abort', () => {
    live?.map.remove();
    still?.view.remove();
  });
  // The first switch's failure (a map that errors while loading) is the page's to show.
  const ready = watchPresence(container, options.sleeps, send, signal).then(async () => {
    queue = switchTo();
    await queue;
    settled = true;
  });

  return {
    ready,
    update(state, previous, step) {
      current = { state, frame: step.frame };
      live?.update(state, previous, step);
      still?.view.update(state, previous, step);
    },
    live: () => live,
    camera: cameraNow,
    shown: () => (live && !still ? 'live' : still?.kind ?? 'live'),
  };
}
