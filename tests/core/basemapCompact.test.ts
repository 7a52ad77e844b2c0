import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { decodeBasemap } from '../../src/core/basemap.ts';
import { compactTopology } from '../../src/core/basemapCompact.ts';

const original = JSON.parse(readFileSync(new URL('../../node_modules/world-atlas/countries-110m.json', import.meta.url), 'utf8')) as Topology;
const compact = compactTopology(original, 1e4);

describe('compactTopology', () => {
  it('keeps every arc, so every geometry still refers to the right edges', () => {
    expect(compact.arcs.length).toBe(original.arcs.length);
    expect(compact.arcs.every((a) => a.length >= 2)).toBe(true);
  });

  it('moves no point by more than half a grid cell (under 0.02° at 10,000 cells)', () => {
    const a = decodeBasemap(original).labels.features.map((f) => f.geometry.coordinates);
    const b = decodeBasemap(compact).labels.features.map((f) => f.geometry.coordinates);
    expect(b.length).toBe(a.length);
    const worst = Math.max(...a.map((p, i) => Math.max(Math.abs(p[0] - (b[i]?.[0] ?? 0)), Math.abs(p[1] - (b[i]?.[1] ?? 0)))));
    expect(worst).toBeLessThan(0.05);
  });

  it('keeps country names and nothing else', () => {
    const countries = compact.objects.countries as unknown as { geometries: { properties?: Record<string, unknown>; id?: unknown }[] };
    expect(countries.geometries.find((g) => g.properties?.name === 'South Korea')).toBeDefined();
    expect(countries.geometries.some((g) => g.id !== undefined)).toBe(false);
    expect(new Set(countries.geometries.flatMap((g) => Object.keys(g.properties ?? {})))).toEqual(new Set(['name']));
  });

  it('is smaller than the original', () => {
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(original).length * 0.9);
  });
});
