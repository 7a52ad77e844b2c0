import { AttributionControl, Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'virtual:maplibre-worker-url';
import type { AppState } from '../core/state/appState.ts';
import { type Camera, MIN_ZOOM } from '../core/view.ts';
import { type MapLook, mapStyle } from './style.ts';
import type { StoryData } from './storySources.ts';

// MapLibre 6 builds its worker URL from import.meta.url, which Vite does not
// follow; the worker is shipped as our own asset instead.
setWorkerUrl(workerUrl);

export const MAP_PADDING = { top: 90, right: 40, bottom: 40, left: 40 };

export function createMap(container: HTMLElement, state: AppState, camera: Camera, story: StoryData, look: MapLook, still?: { pixelRatio: number }): MapLibreMap {
  const interactive = still === undefined;
  const map = new MapLibreMap({
    container,
    style: mapStyle(state, story, look),
    interactive,
    ...(still ? { pixelRatio: still.pixelRatio, maxCanvasSize: [8192, 8192] as [number, number] } : {}),
    attributionControl: false,
    // Only the still map (PNG export) is read back after drawing; keeping every frame costs a copy per frame.
    canvasContextAttributes: { preserveDrawingBuffer: !interactive },
    // Not 0: at 0 MapLibre redoes label placement on every frame; at 1 ms it
    // places only when the camera or the labels change, and labels still
    // appear without a visible fade.
    fadeDuration: 1,
    minZoom: MIN_ZOOM,
    maxZoom: 9,
    renderWorldCopies: true,
    ...(camera.kind === 'center'
      ? { center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch }
      : { bounds: camera.bounds, fitBoundsOptions: { padding: MAP_PADDING } }),
  });
  if (interactive) {
    map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  }
  return map;
}
