import { prewarm } from 'maplibre-gl';
import { coarseBasemap } from './basemapLoader.ts';
import './createMap.ts';

/**
 * Starts what the map will need while the story is still being read: the
 * basemap download and MapLibre's worker (its script load and start-up), so
 * neither waits behind the story. The bench measured the worker starting
 * seconds after the page did when it waited for the first map.
 */
export function warmUpMap(): void {
  prewarm();
  void coarseBasemap().catch(() => undefined);
}
