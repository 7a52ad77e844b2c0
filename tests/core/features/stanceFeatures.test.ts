import turfDistance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { stanceFeatures } from '../../../src/core/features/stanceFeatures.ts';
import { buildModel } from '../../../src/core/model.ts';
import { storyDate } from '../../../src/core/dates.ts';
import { thaadStory } from '../../support/thaad.ts';

describe('stanceFeatures', () => {
  const model = buildModel(thaadStory());
  const { lines, heads, glyphs } = stanceFeatures(model);
  const byId = new Map(lines.features.map((f) => [f.properties.id, f]));

  it('draws one arrow, head and glyph per stance', () => {
    expect(lines.features).toHaveLength(model.stances.length);
    expect(heads.features).toHaveLength(model.stances.length);
    expect(glyphs.features).toHaveLength(model.stances.length);
  });

  it('runs China\'s opposition from Beijing to THAAD at Seongju, labelled in words', () => {
    const f = byId.get('china-opposes-thaad');
    const coords = f?.geometry.coordinates ?? [];
    expect(coords[0]).toEqual([116.407, 39.904]);
    expect(coords[coords.length - 1]).toEqual([128.154, 35.989]);
    expect(f?.properties).toMatchObject({ label: 'China opposes THAAD', type: 'opposes', family: 'hostile', color: '#D55E00', fromState: true });
  });

  it('keeps the active span in day numbers for filtering by date', () => {
    expect(byId.get('russia-opposes-thaad')?.properties.start).toBe(storyDate('2017-02-28').first);
    expect(byId.get('russia-opposes-thaad')?.properties.end).toBeGreaterThan(storyDate('2100').first);
  });

  it('separates China→Russia from Russia→China so they do not overlap', () => {
    const there = byId.get('china-cooperates-russia')?.geometry.coordinates ?? [];
    const back = byId.get('russia-cooperates-china')?.geometry.coordinates ?? [];
    const midThere = there[Math.floor(there.length / 2)] ?? [0, 0];
    const midBack = back[Math.floor(back.length / 2)] ?? [0, 0];
    expect(turfDistance(midThere, midBack, { units: 'kilometers' })).toBeGreaterThan(800);
  });

  it('separates two stances from Beijing to Seoul', () => {
    const a = byId.get('china-retaliates-south-korea')?.geometry.coordinates ?? [];
    const b = byId.get('geng-warns-south-korea')?.geometry.coordinates ?? [];
    const mid = (c: number[][]): number[] => c[Math.floor(c.length / 2)] ?? [0, 0];
    expect(turfDistance(mid(a), mid(b), { units: 'kilometers' })).toBeGreaterThan(50);
  });

  it('still shows a stance between two actors at the same place, as a loop', () => {
    const loop = byId.get('lotte-cooperates-south-korea')?.geometry.coordinates ?? [];
    expect(loop[0]).toEqual(loop[loop.length - 1]);
    const far = Math.max(...loop.map((p) => turfDistance(loop[0] ?? p, p, { units: 'kilometers' })));
    expect(far).toBeGreaterThan(100);
  });

  it('puts each arrowhead on its target, facing along the curve', () => {
    const head = heads.features.find((f) => f.properties.id === 'usa-supports-thaad');
    expect(head?.geometry.coordinates[0]).toBeCloseTo(128.154 - 360, 6);
    expect(head?.properties.bearing).toBeGreaterThan(-180);
  });
});
