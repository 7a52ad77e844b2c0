import { expect, test } from './support/fixtures.ts';
import { browserLaunchOptions } from './support/launch.ts';

// Chromium with WebGL switched off, as on some locked-down machines and in-app browsers.
test.use({ launchOptions: browserLaunchOptions(['--disable-webgl', '--disable-3d-apis']) });

test('the embed falls back to a static SVG map with the arrows, labels and legend', async ({ page }) => {
  await page.goto('./?mode=embed');
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
  const map = page.locator('svg.svg-fallback');
  await expect(map).toBeVisible();
  await expect(map.locator('.svg-stance[data-id="china-opposes-thaad"]')).toHaveCount(1);
  expect(await map.locator('.svg-stance').count()).toBe(22);
  await expect(map.locator('.svg-labels text', { hasText: 'Beijing' })).toHaveCount(1);
  await expect(map.locator('.svg-labels tspan[lang="ru"]')).toHaveText('Москва');
  await expect(page.locator('.fallback-note')).toContainText('WebGL is unavailable');
  await expect(page.locator('.legend')).toBeAttached();
  await page.getByRole('slider', { name: 'Timeline' }).focus();
  await page.keyboard.press('Home');
  await expect.poll(() => map.locator('.svg-stance').count()).toBe(1);
});
