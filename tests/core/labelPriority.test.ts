import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storyDate } from '../../src/core/dates.ts';
import { computeFrame } from '../../src/core/frame.ts';
import { firstLabels } from '../../src/core/labelPriority.ts';
import { buildModel } from '../../src/core/model.ts';
import type { Story } from '../../src/core/schema/story.schema.ts';

describe('firstLabels', () => {
  const model = buildModel(JSON.parse(readFileSync(new URL('../../data/thaad-2017.json', import.meta.url), 'utf8')) as Story);
  const march1 = computeFrame(model, storyDate('2017-03-01').first);

  it("puts the current event's places first", () => {
    const current = march1.current.flatMap((e) => e.places.map((p) => p.place.id));
    expect(current.length).toBeGreaterThan(0);
    expect(firstLabels(model, march1, '', '', [])).toEqual([...new Set(current)].sort());
  });

  it('adds both ends of a selected stance, the place of the actor in focus and the places a scene names', () => {
    const ids = firstLabels(model, march1, 'usa-supports-thaad', 'russia', ['japan']);
    expect(ids).toEqual(expect.arrayContaining(['washington', 'seongju', 'moscow', 'tokyo']));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('ignores ids that name nothing', () => {
    expect(firstLabels(model, march1, 'nothing-here', '', [])).toEqual(firstLabels(model, march1, '', '', []));
  });
});
