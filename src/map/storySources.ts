import { type ArrowMesh, arrowMesh } from '../core/arrows/arrowMesh.ts';
import { areaFeatures } from '../core/features/areaFeatures.ts';
import { placeFeatures } from '../core/features/placeFeatures.ts';
import { type StanceGeometry, stanceFeatures } from '../core/features/stanceFeatures.ts';
import type { StoryModel } from '../core/model.ts';

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
