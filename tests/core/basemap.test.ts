import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { decodeBasemap } from '../../src/core/basemap.ts';

const topology = JSON.parse(readFileSync(new URL('../../node_modules/world-atlas/countries-110m.json', import.meta.url), 'utf8')) as Topology;
const basemap = decodeBasemap(topology);

/** Largest longitude step between neighbours, ignoring the closing edge along a pole (a single point there). */
function maxLonStep(line: readonly (readonly number[])[]): number {
  return Math.max(0, ...line.slice(1).map((p, i) => {
    const prev = line[i] ?? p;
    const alongPole = Math.abs(p[1] ?? 0) === 90 && Math.abs(prev[1] ?? 0) === 90;
    return alongPole ? 0 : Math.abs((p[0] ?? 0) - (prev[0] ?? 0));
  }));
}

describe('decodeBasemap', () => {
  it('draws no ring across the whole map: every land ring is continuous', () => {
    const rings = basemap.land.features.flatMap((f) => f.geometry.coordinates.flat());
    expect(Math.max(...rings.map(maxLonStep))).toBeLessThan(180);
  });

  it('closes Antarctica through the south pole instead of drawing a band', () => {
    const rings = basemap.land.features.flatMap((f) => f.geometry.coordinates.flat());
    const polar = rings.filter((r) => r.some((p) => p[1] === -90));
    expect(polar).toHaveLength(1);
    expect(polar[0]?.[0]).toEqual(polar[0]?.[polar[0].length - 1]);
  });

  it('makes Russia\'s and Fiji\'s borders and coasts continuous', () => {
    expect(Math.max(...basemap.borders.features.map((f) => maxLonStep(f.geometry.coordinates)))).toBeLessThan(180);
    expect(Math.max(...basemap.coast.features.map((f) => maxLonStep(f.geometry.coordinates)))).toBeLessThan(180);
  });

  it('draws coasts without the edge that closes Antarctica along the pole', () => {
    const coastPoints = basemap.coast.features.flatMap((f) => f.geometry.coordinates);
    expect(coastPoints.some((p) => p[1] === -90)).toBe(false);
  });

  it('puts one label per country inside the country\'s main body', () => {
    const labels = new Map(basemap.labels.features.map((f) => [f.properties.name, f.geometry.coordinates]));
    const russia = labels.get('Russia') ?? [0, 0];
    expect(russia[0]).toBeGreaterThan(60);
    expect(russia[0]).toBeLessThan(140);
    const korea = labels.get('South Korea') ?? [0, 0];
    expect(korea[0]).toBeCloseTo(127.8, 0);
    expect(labels.has('Antarctica')).toBe(false);
  });
});
