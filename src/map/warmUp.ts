import { prewarm } from 'maplibre-gl';
import './createMap.ts';

/**
 * Starts MapLibre's worker (its script load and start-up) while the story is
 * still being read, so it does not wait behind the story and the first map.
 */
export function warmUpMap(): void {
  prewarm();
}
