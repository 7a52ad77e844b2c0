import { areaFeatures } from '../core/features/areaFeatures.ts';
import { placeFeatures } from '../core/features/placeFeatures.ts';
import { type StanceGeometry, stanceFeatures } from '../core/features/stanceFeatures.ts';
import type { StoryModel } from '../core/model.ts';
import { type StanceChunks, stanceChunks } from '../core/features/stanceChunks.ts';

export interface StoryData {
  readonly stances: StanceGeometry;
  /** The same stances split over sources by start date (one chunk for a story of ordinary size). */
  readonly chunks: StanceChunks;
  readonly places: ReturnType<typeof placeFeatures>;
  readonly areas: ReturnType<typeof areaFeatures>;
}

/** The story's features, computed once; dates, filters and selection are applied later without touching them. */
export function storyData(model: StoryModel): StoryData {
  const stances = stanceFeatures(model);
  return { stances, chunks: stanceChunks(model, stances), places: placeFeatures(model), areas: areaFeatures(model) };
}
