import type { StoryModel } from '../model.ts';
import { type StanceGeometry } from './stanceFeatures.ts';
import { collection } from './geojson.ts';

// A large story's stances split over several map sources, in order of start
// date. MapLibre re-uploads every per-feature paint buffer of a source when
// any feature's state changes (the benchmark measured 23 MB per playback
// step at 10,000 stances), so a step that turns on the stances starting
// that day should touch one small source, not one holding the whole story.

/** Stances per source: small stories (the THAAD one has 26) keep one source. */
export const STANCES_PER_SOURCE = 1000;

export interface StanceChunks {
  /** Chunk of each stance, by model index. */
  readonly chunkOf: readonly number[];
  /** Each chunk's features (feature ids stay the model indices). */
  readonly chunks: readonly StanceGeometry[];
}

export function stanceChunks(model: StoryModel, geometry: StanceGeometry, size = STANCES_PER_SOURCE): StanceChunks {
  const order = model.stances.map((s, i) => ({ i, start: s.startDay })).sort((a, b) => a.start - b.start || a.i - b.i);
  const chunkOf: number[] = new Array<number>(model.stances.length).fill(0);
  order.forEach(({ i }, rank) => { chunkOf[i] = Math.floor(rank / size); });
  const count = Math.max(1, Math.ceil(model.stances.length / size));
  const chunks: StanceGeometry[] = Array.from({ length: count }, (_, k) => {
    // File order inside a chunk, so arrows overlap the same way as in one source.
    const mine = <T extends { id: number }>(features: readonly T[]): T[] => features.filter((f) => chunkOf[f.id] === k);
    return { lines: collection(mine(geometry.lines.features)), heads: collection(mine(geometry.heads.features)), glyphs: collection(mine(geometry.glyphs.features)) };
  });
  return { chunkOf, chunks };
}
