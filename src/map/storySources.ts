import { areaFeatures } from '../core/features/areaFeatures.ts';
import { placeFeatures } from '../core/features/placeFeatures.ts';
import { type StanceGeometry, stanceFeatures } from '../core/features/stanceFeatures.ts';
import type { StoryModel } from '../core/model.ts';

export interface StoryData {
  readonly stances: StanceGeometry;
  readonly places: ReturnType<typeof placeFeatures>;
  readonly areas: ReturnType<typeof areaFeatures>;
}

/** The story's features, computed once; dates, filters and selection are applied later without touching them. */
export function storyData(model: StoryModel): StoryData {
  return { stances: stanceFeatures(model), places: placeFeatures(model), areas: areaFeatures(model) };
}
