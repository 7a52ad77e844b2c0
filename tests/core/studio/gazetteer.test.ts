import { describe, expect, it } from 'vitest';
import { type GazetteerRow, createGazetteer, folded } from '../../../src/core/studio/gazetteer.ts';

// A few rows as the build writes them (GeoNames names, population and other scripts).
const ROWS: readonly GazetteerRow[] = [
  ['Seoul', 126.9784, 37.566, 'KR', 10349312, '서울|Séoul|Сеул|首尔', 1],
  ['Beijing', 116.3972, 39.9075, 'CN', 11716620, '北京|Pékin|Пекин', 1],
  ['São Paulo', -46.6361, -23.5475, 'BR', 10021295, 'Sao Paulo|サンパウロ', 0],
  ['Springfield', -89.6501, 39.8017, 'US', 116250, '', 0],
  ['Springfield', -93.2982, 37.2153, 'US', 166810, '', 0],
  ['Springfield', -72.5898, 42.1015, 'US', 153060, '', 0],
  ['Seongnam-si', 127.1378, 37.4386, 'KR', 1031935, '성남시', 0],
  ['Seogwipo', 126.5619, 33.2533, 'KR', 155691, '서귀포', 0],
  ['Moscow', 37.6156, 55.7522, 'RU', 10381222, 'Москва|Moscou', 1],
  ['Washington', -1.5167, 54.9, 'GB', 53526, '', 0],
  ['Washington, D.C.', -77.0364, 38.8951, 'US', 601723, 'Вашингтон', 1],
];
const gazetteer = createGazetteer(ROWS);
const names = (query: string): string[] => gazetteer.search(query).map((p) => `${p.name} ${p.country}`);

describe('the gazetteer', () => {
  it('finds a place with or without its accents', () => {
    expect(names('Sao Paulo')[0]).toBe('São Paulo BR');
    expect(names('são paulo')[0]).toBe('São Paulo BR');
    expect(names('Pekin')[0]).toBe('Beijing CN');
  });

  it('finds a place by its name in another script', () => {
    expect(names('서울')[0]).toBe('Seoul KR');
    expect(names('北京')[0]).toBe('Beijing CN');
    expect(names('Москва')[0]).toBe('Moscow RU');
  });

  it('finds a place by the start of its name, as it is typed', () => {
    expect(names('Beij')[0]).toBe('Beijing CN');
    expect(names('Seo')).toContain('Seoul KR');
  });

  it('puts the more populous of places with the same name first', () => {
    const springfields = gazetteer.search('Springfield').map((p) => p.population);
    expect(springfields).toEqual([166810, 153060, 116250]);
  });

  it('prefers a capital to a smaller town of the same name', () => {
    expect(names('Washington')[0]).toBe('Washington, D.C. US');
    expect(gazetteer.search('Washington')[0]?.capital).toBe(true);
  });

  it('gives the coordinates as longitude, latitude', () => {
    expect(gazetteer.search('Seoul')[0]?.coordinates).toEqual([126.9784, 37.566]);
  });

  it('finds nothing for an empty query', () => {
    expect(gazetteer.search('  ')).toEqual([]);
  });
});

describe('folded', () => {
  it('drops accents and marks and lowers the case', () => {
    expect(folded('São Paulo, Séoul, Ōsaka')).toBe('sao paulo, seoul, osaka');
  });
});
