import { readFileSync } from 'node:fs';
import { expect, test, waitForReady } from './support/fixtures.ts';

const story = JSON.parse(readFileSync(new URL('../../data/thaad-2017.json', import.meta.url), 'utf8')) as { meta: { title: string } };

test('the production build loads the THAAD story with its title and no foreign request', async ({ page, watch }) => {
  await page.goto('./');
  await waitForReady(page);
  await expect(page).toHaveTitle(`${story.meta.title} · stancemap`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.meta.title);
  expect(watch.requests.some((url) => url.includes('thaad-2017'))).toBe(true);
  // MapLibre is imported on demand but announced in the page, so its download starts with the page's.
  await expect(page.locator('link[rel="modulepreload"][href*="maplibre-"]')).toHaveCount(1);
  // The studio's code and its place list are for ?mode=edit only.
  expect(watch.requests.filter((url) => /studio|gazetteer/.test(url))).toEqual([]);
});

test('when the map’s code cannot be downloaded, the story still shows, on the SVG map', async ({ page, watch }) => {
  // MapLibre is loaded on demand (src/map/loadMap.ts); a network that drops it must not leave an empty page.
  watch.expectConsole(/Failed to load|Failed to fetch|maplibre|dynamically imported module/i);
  await page.route(/\/maplibre-[^/]*\.js$/, (route) => route.abort());
  await page.goto('./');
  await waitForReady(page);
  await expect(page.locator('svg.svg-fallback .svg-stance[data-id="china-opposes-thaad"]')).toHaveCount(1);
  await expect(page.locator('#map canvas')).toHaveCount(0);
  await expect(page.locator('.fallback-note')).toContainText('The interactive map could not be loaded, so this is a still picture');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.meta.title);
});
