import type { Map as MapLibreMap } from 'maplibre-gl';

// A WebGL context can be lost at any moment: a phone's browser reclaims GPU
// memory, the GPU process restarts, or a page holds more maps than the
// browser allows contexts. MapLibre destroys its style then, and rebuilds it
// from a snapshot when the context comes back; what it cannot rebuild (custom
// layers, feature state) is the caller's to restore.

export interface ContextWatch {
  /** True from the loss of the context until the style is back in a new one. */
  lost(): boolean;
  /** Resolves once the style is back after the current loss (at once when nothing is lost). */
  back(): Promise<void>;
}

export function watchContext(map: MapLibreMap, handlers: { readonly onLost: () => void; readonly onBack: () => void }): ContextWatch {
  let lost = false;
  let waiting: (() => void)[] = [];
  map.on('webglcontextlost', () => {
    lost = true;
    handlers.onLost();
  });
  map.on('webglcontextrestored', () => {
    const back = (): void => {
      lost = false;
      handlers.onBack();
      const done = waiting;
      waiting = [];
      for (const resolve of done) resolve();
    };
    if (map.isStyleLoaded()) back();
    else map.once('style.load', back);
  });
  return {
    lost: () => lost,
    back: () => (lost ? new Promise((resolve) => { waiting.push(resolve); }) : Promise.resolve()),
  };
}
