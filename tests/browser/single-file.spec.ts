import { fileURLToPath } from 'node:url';
import { expect, test } from './support/fixtures.ts';

// dist-single/index.html is built by the test server's command (playwright.config.ts).
const file = new URL('../../dist-single/index.html', import.meta.url);

test('the single file opened from file:// reaches ready with no network request at all', async ({ page, watch }) => {
  await page.goto(file.href);
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(page).toHaveTitle('China and Russia join forces against THAAD · stancemap');
  const network = watch.requests.filter((u) => !/^(file|data|blob):/.test(u));
  expect(network).toEqual([]);
  expect(fileURLToPath(file)).toMatch(/dist-single/);
});

test('the single file presents the briefing offline', async ({ page }) => {
  await page.goto(`${file.href}?mode=present`);
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await page.keyboard.press('PageDown');
  await expect(page.locator('.present__counter')).toHaveText('2 / 8');
});
