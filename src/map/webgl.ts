import type { MapView } from './mapView.ts';

// MapLibre 6 draws with WebGL 2; without it (some locked-down machines and
// in-app browsers) the SVG map stands in. Probing with a throwaway context
// costs as much as the map's own context in software GL, so the probe is
// only whether the browser knows WebGL 2 at all, and the map itself is the
// real test: MapLibre throws when it cannot get a context.

export function mayHaveWebGL2(): boolean {
  return typeof WebGL2RenderingContext !== 'undefined';
}

/**
 * The map view, or undefined when WebGL cannot start here (the container is
 * left empty). Called only where `mayHaveWebGL2()` said yes: the map's code is
 * not even loaded otherwise.
 */
export function tryMapView(container: HTMLElement, create: () => MapView): MapView | undefined {
  try {
    return create();
  } catch {
    container.replaceChildren();
    return undefined;
  }
}
