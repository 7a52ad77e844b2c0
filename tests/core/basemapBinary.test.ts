import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { decodeBasemap } from '../../src/core/basemap.ts';
import { decodeTopology, encodeTopology } from '../../src/core/basemapBinary.ts';
import { compactTopology } from '../../src/core/basemapCompact.ts';

const original = JSON.parse(readFileSync(new URL('../../node_modules/world-atlas/countries-110m.json', import.meta.url), 'utf8')) as Topology;
const compact = compactTopology(original, 1e4);

function tiny(arcs: number[][][]): Topology {
  return {
    type: 'Topology',
    transform: { scale: [1, 1], translate: [0, 0] },
    objects: { countries: { type: 'GeometryCollection', geometries: [{ type: 'LineString', arcs: [0], properties: { name: 'Ålesund – 서울' } }] } },
    arcs,
  } as unknown as Topology;
}

describe('the basemap file format', () => {
  it('gives back exactly the topology it was given (Natural Earth 1:110m, compacted)', () => {
    expect(decodeTopology(encodeTopology(compact))).toEqual(compact);
  });

  it('round-trips negative, zero and large deltas, empty arcs and non-ASCII names', () => {
    const t = tiny([[[0, 0], [-1, 1], [63, -64], [64, -65], [-8191, 8192]], [], [[2 ** 31, -(2 ** 31)], [2 ** 40, -(2 ** 40)]]]);
    expect(decodeTopology(encodeTopology(t))).toEqual(t);
  });

  it('draws the same basemap as the JSON it replaces', () => {
    expect(decodeBasemap(decodeTopology(encodeTopology(compact)))).toEqual(decodeBasemap(compact));
  });

  it('is a fifth smaller than the JSON gzipped, and under half its size raw', () => {
    const json = Buffer.from(JSON.stringify(compact));
    const bytes = encodeTopology(compact);
    expect(gzipSync(bytes).length).toBeLessThan(0.8 * gzipSync(json).length);
    expect(bytes.length).toBeLessThan(0.5 * json.length);
  });

  it('refuses arcs that are not quantized', () => {
    expect(() => encodeTopology(tiny([[[0.5, 1]]]))).toThrow(/quantized/);
  });

  it('refuses a file that is not one, or is cut short, or has bytes left over, saying which', () => {
    const bytes = encodeTopology(compact);
    expect(() => decodeTopology(new TextEncoder().encode('{"type":"Topology"}'))).toThrow(/bad signature/);
    expect(() => decodeTopology(bytes.subarray(0, 20))).toThrow(/cut short inside its header/);
    expect(() => decodeTopology(bytes.subarray(0, bytes.length - 1))).toThrow(/cut short inside its arcs/);
    const longer = new Uint8Array(bytes.length + 2);
    longer.set(bytes);
    expect(() => decodeTopology(longer)).toThrow(/2 bytes left over/);
  });

  it('reads a file that starts part-way into a larger buffer', () => {
    const bytes = encodeTopology(compact);
    const padded = new Uint8Array(bytes.length + 3);
    padded.set(bytes, 3);
    expect(decodeTopology(padded.subarray(3))).toEqual(compact);
  });
});
