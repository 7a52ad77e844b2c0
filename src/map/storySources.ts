import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { type ArrowMesh, arrowMesh } from '../core/arrows/arrowMesh.ts';
import { areaFeatures } from '../core/features/areaFeatures.ts';
import { placeFeatures } from '../core/features/placeFeatures.ts';
import { type StanceGeometry, stanceFeatures } from '../core/features/stanceFeatures.ts';
import type { StoryModel } from '../core/model.ts';
import { SOURCES } from './sources.ts';

export interface StoryData {
  readonly stances: StanceGeometry;
  /** The same arrows as GPU arrays, for the arrow layer. */
  readonly arrows: ArrowMesh;
  readonly places: ReturnType<typeof placeFeatures>;
  readonly areas: ReturnType<typeof areaFeatures>;
}

/** The story's features, computed once; dates, filters and selection are applied later without touching them. */
export function storyData(model: StoryModel): StoryData {
  const stances = stanceFeatures(model);
  const arrows = arrowMesh(stances.lines.features.map((f, i) => ({ path: f.geometry.coordinates, mid: stances.glyphs.features[i]?.geometry.coordinates ?? f.geometry.coordinates[0] ?? [0, 0] })));
  return { stances, arrows, places: placeFeatures(model), areas: areaFeatures(model) };
}

/**
 * The story's own sources on a map made with another story's (the studio's
 * preview): their data replaced, once the style is in if it is not yet.
 * MapLibre keeps the data it was last given through a lost context.
 */
export function replaceStorySources(map: MapLibreMap): (story: StoryData) => void {
  let latest: StoryData | undefined;
  let waiting = false;
  // The sources exist once the style is in: isStyleLoaded() would also wait for the last data given to be parsed.
  const places = (): GeoJSONSource | undefined => map.getSource<GeoJSONSource>(SOURCES.places);
  const apply = (): void => {
    if (!latest) return;
    void places()?.setData(latest.places);
    void map.getSource<GeoJSONSource>(SOURCES.areas)?.setData(latest.areas);
  };
  return (story) => {
    latest = story;
    if (places()) return apply();
    if (waiting) return;
    waiting = true;
    map.once('style.load', () => {
      waiting = false;
      apply();
    });
  };
}
