import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForReady } from './support/fixtures.ts';

async function exportFile(page: Page, button: string, size?: string): Promise<Buffer> {
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('button', { name: 'Export' }).click();
  if (size) await page.getByLabel('Size').selectOption({ label: size });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: button }).click()]);
  const path = await download.path();
  return readFileSync(path);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./#t=2017-03-01');
  await waitForReady(page);
});

test('PNG export gives a picture of the requested size whose pixels are not blank', async ({ page, context }) => {
  const png = await exportFile(page, 'Download PNG', '1920 × 1080 (slides, Full HD)');
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
  // Decoded in a blank page: the app's own policy rightly refuses data: fetches.
  const blank = await context.newPage();
  const colours = await blank.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx?.drawImage(bitmap, 0, 0);
    const data = ctx?.getImageData(0, 0, bitmap.width, bitmap.height).data ?? new Uint8ClampedArray();
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    // The map's land and sea, and the stance colours.
    return { distinct: seen.size, orange: seen.has(0xd55e00) || [...seen].some((c) => Math.abs((c >> 16) - 0xd5) < 8 && Math.abs(((c >> 8) & 255) - 0x5e) < 8 && Math.abs((c & 255) - 0) < 8) };
  }, png.toString('base64'));
  expect(colours.distinct).toBeGreaterThan(50);
  expect(colours.orange).toBe(true);
});

test('SVG export parses and contains the arrows, the title and the legend', async ({ page, context }) => {
  const svg = (await exportFile(page, 'Download SVG')).toString('utf8');
  const blank = await context.newPage();
  const parsed = await blank.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? '',
      root: doc.documentElement.nodeName,
      size: [doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')],
      arrows: [...doc.querySelectorAll('.svg-stance')].map((g) => g.getAttribute('data-id')),
      title: doc.querySelector('.svg-title')?.textContent ?? '',
      fonts: (doc.querySelector('style')?.textContent ?? '').split('@font-face').length - 1,
    };
  }, svg);
  expect(parsed.error).toBe('');
  expect(parsed.root).toBe('svg');
  expect(parsed.size).toEqual(['1920', '1080']);
  expect(parsed.arrows).toHaveLength(22);
  expect(parsed.arrows).toContain('china-opposes-thaad');
  expect(parsed.title).toBe('China and Russia join forces against THAAD');
  expect(parsed.fonts).toBeGreaterThan(3);
});

test('the handout prints one scene per page with caption, notes and sources', async ({ page }) => {
  await page.evaluate(() => { window.print = () => undefined; });
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('button', { name: 'Print handout' }).click();
  await expect(page.locator('#handout .handout__page')).toHaveCount(9);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app')).toBeHidden();
  await expect(page.locator('#handout')).toBeVisible();
  const third = page.locator('#handout .handout__page').nth(3);
  await expect(third.locator('h2')).toHaveText('A golf course becomes the THAAD site');
  await expect(third.locator('.handout__caption')).toContainText('Lotte swapped its golf course');
  await expect(third.locator('.handout__notes')).toContainText('200 km intercept range');
  expect(await third.locator('.svg-stance').count()).toBeGreaterThan(0);
  const breaks = await page.locator('#handout .handout__page').first().evaluate((el) => getComputedStyle(el).breakAfter);
  expect(breaks).toBe('page');
});
