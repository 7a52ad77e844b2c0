import { readFileSync } from 'node:fs';
import type { StancemapWindow } from './support/handle.ts';
import { expect, test, waitForReady } from './support/fixtures.ts';
import { jumpTo, waitForIdle } from './support/map.ts';

// Not a test: `npm run screenshots` refreshes the pictures in the README
// (public/screenshots/, also shipped as the page's preview image).
test.skip(!process.env.STANCEMAP_SCREENSHOTS, 'run with npm run screenshots');

const OUT = 'public/screenshots';

test('README pictures: world view, Korea view and globe', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 860 });
  await page.goto('./');
  await waitForReady(page);
  await page.screenshot({ path: `${OUT}/explore.png` });
  await jumpTo(page, [126.6, 37.3], 5.4);
  await page.evaluate(() => {
    const { store } = (window as unknown as StancemapWindow).__stancemap;
    store.dispatch({ type: 'select', id: 'china-opposes-thaad' });
  });
  await waitForIdle(page);
  await page.screenshot({ path: `${OUT}/korea.png` });
  await page.getByRole('button', { name: 'Globe' }).click();
  await page.evaluate(() => {
    const { store } = (window as unknown as StancemapWindow).__stancemap;
    store.dispatch({ type: 'select', id: '' });
  });
  await jumpTo(page, [172, 50], 1.1);
  await page.screenshot({ path: `${OUT}/globe.png` });
  expect(true).toBe(true);
});

test('README picture: the story studio on the example, a stance open beside its words', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 860 });
  await page.goto('./?mode=edit');
  await waitForReady(page);
  await page.getByRole('button', { name: 'Start from the example' }).click();
  // The example carries no article text: pasted, every quote finds its words and is highlighted.
  await page.getByLabel('Source text').fill(readFileSync(new URL('../fixtures/thaad-article.txt', import.meta.url), 'utf8'));
  await page.getByRole('button', { name: 'Stances and events' }).click();
  await page.getByRole('region', { name: 'Story studio' }).getByRole('button', { name: 'China opposes THAAD' }).click();
  await page.getByRole('button', { name: 'Show in source' }).click();
  await page.evaluate(() => {
    const { store } = (window as unknown as StancemapWindow).__stancemap;
    store.dispatch({ type: 'select', id: 'china-opposes-thaad' });
  });
  await jumpTo(page, [122, 40], 3.4);
  await waitForIdle(page);
  await page.screenshot({ path: `${OUT}/studio.png` });
  expect(true).toBe(true);
});
