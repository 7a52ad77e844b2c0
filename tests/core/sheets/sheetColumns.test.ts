import { describe, expect, it } from 'vitest';
import type { Story } from '../../../src/core/schema/story.schema.ts';
import { parseCsv } from '../../../src/core/sheets/csvText.ts';
import { storySheets } from '../../../src/core/sheets/exportSheets.ts';
import { minimalStory } from '../../support/minimalStory.ts';

// Each nested field of the format has the flat column docs/sheets.md gives it.

function story(): Story {
  const s = minimalStory();
  s.meta.view = { bounds: [[100, 20], [140, 50]] };
  s.places[1]!.context = true;
  s.places[1]!.sources = [{ url: 'https://example.com/one' }, { url: 'https://example.com/two', title: 'Two' }];
  s.events[0]!.actors = ['thaad', 'china'];
  s.areas![0]!.altitudeKm = 150;
  s.scenes![0]!.view = { center: [127.2, 37.6], zoom: 5.3, bearing: -20, pitch: 10 };
  return s;
}

/** The cell under `column` in the item's row of `sheet` (its header is row 0). */
function cell(sheet: string, item: number, column: string): string | undefined {
  const text = storySheets(story()).find((f) => f.name === sheet)?.text.replace(/^\uFEFF/, '') ?? '';
  const [header = [], ...rows] = parseCsv(text).rows;
  return rows[item]?.[header.indexOf(column)];
}

function metaValue(key: string): string | undefined {
  const text = storySheets(story()).find((f) => f.name === 'meta.csv')?.text.replace(/^\uFEFF/, '') ?? '';
  return parseCsv(text).rows.find((r) => r[0] === key)?.[1];
}

describe('the flat columns', () => {
  it.each([
    ['places.csv', 0, 'lon', '116.4'],
    ['places.csv', 0, 'lat', '39.9'],
    ['places.csv', 0, 'local:zh', '北京'],
    ['places.csv', 1, 'context', 'true'],
    ['places.csv', 1, 'source1_url', 'https://example.com/one'],
    ['places.csv', 1, 'source1_title', ''],
    ['places.csv', 1, 'source2_url', 'https://example.com/two'],
    ['places.csv', 1, 'source2_title', 'Two'],
    ['actors.csv', 1, 'memberOf', 'china'],
    ['stances.csv', 0, 'start', '2017-03-01'],
    ['events.csv', 0, 'places', 'seongju'],
    ['events.csv', 0, 'actors', 'thaad; china'],
    ['areas.csv', 0, 'radiusKm', '200'],
    ['areas.csv', 0, 'altitudeKm', '150'],
    ['scenes.csv', 0, 'focus', 'china; s1'],
    ['scenes.csv', 0, 'view_center_lon', '127.2'],
    ['scenes.csv', 0, 'view_center_lat', '37.6'],
    ['scenes.csv', 0, 'view_zoom', '5.3'],
    ['scenes.csv', 0, 'view_bearing', '-20'],
    ['scenes.csv', 0, 'view_pitch', '10'],
    ['scenes.csv', 0, 'view_west', ''],
  ])('%s row %i, column %s holds %s', (sheet, item, column, value) => {
    expect(cell(sheet, item, column)).toBe(value);
  });

  it.each([
    ['version', '1'],
    ['title', 'Test story'],
    ['source_title', 'An article'],
    ['source_publisher', 'A paper'],
    ['source_published', '2017-03-01'],
    ['source_url', 'https://example.com/a'],
    ['view_west', '100'],
    ['view_south', '20'],
    ['view_east', '140'],
    ['view_north', '50'],
  ])('meta.csv key %s holds %s', (key, value) => {
    expect(metaValue(key)).toBe(value);
  });

  it('leaves out of meta.csv the optional keys the story does not set', () => {
    expect(metaValue('view_zoom')).toBeUndefined();
    expect(metaValue('$schema')).toBeUndefined();
    expect(metaValue('source_text')).toBeUndefined();
  });
});
