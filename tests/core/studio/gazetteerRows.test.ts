import { describe, expect, it } from 'vitest';
import type { GazetteerRow } from '../../../src/core/studio/gazetteer.ts';
import { gazetteerRow, otherNames, storyPlaceRows } from '../../../src/core/studio/gazetteerRows.ts';

/** A line of GeoNames' cities1000 table with the columns the reduction reads. */
function line(name: string, alternates: string, lat: number, lon: number, code: string, country: string, population: number): string {
  return ['1', name, name, alternates, String(lat), String(lon), 'P', code, country, '', '', '', '', '', String(population), '', '', 'tz', '2020-01-01'].join('\t');
}

describe('the gazetteer rows built from GeoNames', () => {
  it('keeps places of 15,000 people or more, and capitals and first-order seats of any size', () => {
    expect(gazetteerRow(line('Seoul', '', 37.566, 126.9784, 'PPLC', 'KR', 10349312))?.[0]).toBe('Seoul');
    expect(gazetteerRow(line('Waegwan', '', 35.99251, 128.39785, 'PPLA3', 'KR', 29691))?.[0]).toBe('Waegwan');
    expect(gazetteerRow(line('Vaduz', '', 47.14151, 9.52154, 'PPLC', 'LI', 5197))?.[0]).toBe('Vaduz');
    expect(gazetteerRow(line('Hamlet', '', 1, 2, 'PPL', 'KR', 14999))).toBeUndefined();
  });

  it('writes longitude before latitude, to 4 decimals', () => {
    expect(gazetteerRow(line('Seoul', '', 37.56600123, 126.97843987, 'PPLC', 'KR', 10349312))?.slice(1, 5)).toEqual([126.9784, 37.566, 'KR', 10349312]);
  });

  it('marks capitals', () => {
    expect(gazetteerRow(line('Seoul', '', 37.566, 126.9784, 'PPLC', 'KR', 10349312))?.[6]).toBe(1);
    expect(gazetteerRow(line('Busan', '', 35.1028, 129.0403, 'PPLA', 'KR', 3678555))?.[6]).toBe(0);
  });

  it('refuses a line it cannot read', () => {
    expect(gazetteerRow('')).toBeUndefined();
    expect(gazetteerRow(line('Nowhere', '', Number.NaN, 0, 'PPLC', 'XX', 1))).toBeUndefined();
  });
});

describe('the other names kept for a place', () => {
  it('puts names in the country\'s own script first, then one name in each other script, then Latin spellings', () => {
    expect(otherNames('Seoul', 'Seoul', 'Seoul,Séoul,Σεούλ,Сеул,Соул,서울,首尔,Seúl', 'KR')).toEqual(['서울', 'Σεούλ', 'Сеул', '首尔', 'Seúl']);
  });

  it('drops codes, names that differ only by accents or case, and names with notes in them', () => {
    expect(otherNames('Beijing', 'Beijing', 'BJS,beijing,Béijing,Pékin,Peking - 北京,北京', 'CN')).toEqual(['北京', 'Pékin']);
  });

  it('keeps at most ten', () => {
    const many = Array.from({ length: 30 }, (_, i) => `Name${String.fromCharCode(65 + i)}x`).join(',');
    expect(otherNames('A', 'A', many)).toHaveLength(10);
  });
});

describe('the example story\'s places in the gazetteer', () => {
  const cities: GazetteerRow[] = [
    ['Seoul', 126.9784, 37.566, 'KR', 10349312, '서울', 1],
    ['Daegu', 128.5911, 35.8703, 'KR', 2566540, '대구', 0],
    ['Washington, D.C.', -77.0364, 38.8951, 'US', 689545, '', 1],
  ];

  it('adds a place GeoNames\' cities lack, with the country of its nearest city and its local names', () => {
    const rows = storyPlaceRows([{ name: 'Seongju', coordinates: [128.154, 35.989], kind: 'site', localNames: { ko: '성주군' } }], cities);
    expect(rows).toEqual([['Seongju', 128.154, 35.989, 'KR', 0, '성주군', 0]]);
  });

  it('leaves out a place the cities already hold, under its own or a longer name', () => {
    expect(storyPlaceRows([{ name: 'Seoul', coordinates: [126.978, 37.566], kind: 'capital' }, { name: 'Washington', coordinates: [-77.037, 38.907], kind: 'capital' }], cities)).toEqual([]);
  });

  it('leaves out countries, regions and seas, which are not points to find', () => {
    expect(storyPlaceRows([{ name: 'Korea Strait', coordinates: [129, 34.5], kind: 'sea' }], cities)).toEqual([]);
  });
});
