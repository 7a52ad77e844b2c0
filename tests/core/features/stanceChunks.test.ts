import { describe, expect, it } from 'vitest';
import { stanceChunks } from '../../../src/core/features/stanceChunks.ts';
import { stanceFeatures } from '../../../src/core/features/stanceFeatures.ts';
import { modelWith, stance } from '../../support/storyBuilder.ts';
import { buildModel } from '../../../src/core/model.ts';
import { thaadStory } from '../../support/thaad.ts';

describe('stanceChunks', () => {
  const model = modelWith({
    stances: [stance('late', '2018-01-01'), stance('early', '2016-01-01'), stance('middle', '2017-01-01'), stance('also-early', '2016-01-01')],
  });
  const { chunkOf, chunks } = stanceChunks(model, stanceFeatures(model), 2);

  it('groups stances by start date, so one date step touches few sources', () => {
    expect(chunkOf).toEqual([1, 0, 1, 0]);
    expect(chunks.map((c) => c.lines.features.map((f) => f.properties.id))).toEqual([['early', 'also-early'], ['late', 'middle']]);
  });

  it('keeps the model index as each feature id, in lines, heads and glyphs alike', () => {
    expect(chunks[1]?.heads.features.map((f) => f.id)).toEqual([0, 2]);
    expect(chunks[1]?.glyphs.features.map((f) => f.id)).toEqual([0, 2]);
  });

  it('keeps a story of ordinary size in one source', () => {
    const thaad = buildModel(thaadStory());
    const split = stanceChunks(thaad, stanceFeatures(thaad));
    expect(split.chunks).toHaveLength(1);
    expect(split.chunks[0]?.lines.features).toHaveLength(thaad.stances.length);
  });
});
