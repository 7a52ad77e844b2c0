import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ArrowView } from '../../../src/map/arrows/arrowView.ts';
import type { StoryModel } from '../../../src/core/model.ts';
import type { Store } from '../../../src/core/state/store.ts';

/** The page's test handle (src/main.ts); used inside page.evaluate, where only types cross over. */
export interface StancemapWindow {
  __stancemap: {
    /** The live map and its arrows: gone while the map area shows a still picture (mapSlot.ts). */
    map: MapLibreMap;
    arrows: ArrowView;
    store: Store;
    model: StoryModel;
    /** What the map area shows: 'live', or why it shows a still. */
    shown: () => string;
  };
}
