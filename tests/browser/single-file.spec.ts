import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
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

test('the single file says the studio is not in it, rather than half-working without its place list', async ({ page }) => {
  await page.goto(`${file.href}?mode=edit`);
  await expect(page.locator('html')).toHaveAttribute('data-state', 'error', { timeout: 60_000 });
  await expect(page.locator('#errors')).toContainText('The story studio is not part of the offline file');
});

test('the single file is the size docs/presenting.md says', () => {
  const bytes = readFileSync(file);
  const doc = readFileSync(new URL('../../docs/presenting.md', import.meta.url), 'utf8');
  const [mb, gzipKb] = /about \*\*([\d.]+) MB\*\* \((\d+) KB gzip\)/.exec(doc)?.slice(1).map(Number) ?? [];
  expect((bytes.length / 2 ** 20).toFixed(1)).toBe(mb?.toFixed(1));
  // "About": within 5% of the gzip size, so a small change does not make the doc untrue.
  expect(Math.abs(gzipSync(bytes, { level: 9 }).length / 1024 / (gzipKb ?? 0) - 1)).toBeLessThan(0.05);
});
