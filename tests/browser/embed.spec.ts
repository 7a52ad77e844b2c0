import type { Frame, Page } from '@playwright/test';
import type { StancemapWindow } from './support/handle.ts';
import { expect, test } from './support/fixtures.ts';
import { APP_ORIGIN, HOST_ORIGIN } from './support/ports.ts';

const HOST = `${HOST_ORIGIN}/`;

async function mapFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('mode=embed'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('mode=embed'));
  if (!frame) throw new Error('no map frame');
  await expect(frame.locator('html')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  return frame;
}

const iframeHeight = (page: Page): Promise<number> => page.locator('#map').evaluate((el) => el.getBoundingClientRect().height);
const embedDate = (frame: Frame): Promise<string> => frame.evaluate(() => new Date((window as unknown as StancemapWindow).__stancemap.store.getState().t * 86_400_000).toISOString().slice(0, 10));

test('a page on another origin embeds the map, which reaches ready and sizes its iframe to its content', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(HOST);
  const frame = await mapFrame(page);
  const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  await expect.poll(() => iframeHeight(page)).toBe(content);
  expect(content).not.toBe(640);
});

test('the iframe height follows the content when the page narrows and widens', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(HOST);
  const frame = await mapFrame(page);
  await expect.poll(() => iframeHeight(page)).not.toBe(640);
  const wide = await iframeHeight(page);
  for (const width of [700, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await expect.poll(async () => Math.abs((await iframeHeight(page)) - (await frame.evaluate(() => document.body.getBoundingClientRect().height)))).toBeLessThan(2);
  }
  await page.setViewportSize({ width: 700, height: 800 });
  await expect.poll(() => iframeHeight(page)).toBeLessThan(wide - 100);
  await page.setViewportSize({ width: 1200, height: 900 });
  await expect.poll(() => iframeHeight(page)).toBe(wide);
});

test('the embed accepts a documented message from its parent', async ({ page }) => {
  await page.goto(HOST);
  const frame = await mapFrame(page);
  await page.evaluate(() => {
    (document.getElementById('map') as HTMLIFrameElement).contentWindow?.postMessage({ type: 'stancemap:setDate', date: '2017-02-28' }, '*');
  });
  await expect.poll(() => embedDate(frame)).toBe('2017-02-28');
  // Any id of the story can be selected from the host, an area's too.
  await page.evaluate(() => {
    (document.getElementById('map') as HTMLIFrameElement).contentWindow?.postMessage({ type: 'stancemap:select', id: 'thaad-range' }, '*');
  });
  await expect.poll(() => frame.evaluate(() => (window as unknown as StancemapWindow).__stancemap.store.getState().selected)).toBe('thaad-range');
  await expect(frame.locator('#card')).toContainText('200 km around');
});

test('messages from another window are ignored by the loader and by the embed', async ({ page }) => {
  await page.goto(HOST);
  const frame = await mapFrame(page);
  await expect.poll(() => iframeHeight(page)).not.toBe(640);
  const height = await iframeHeight(page);
  const other = page.frames().find((f) => f.url().includes('other.html'));
  if (!other) throw new Error('no other frame');
  await other.evaluate(() => {
    parent.postMessage({ type: 'stancemap:height', height: 250 }, '*');
    (parent.frames[0] as Window).postMessage({ type: 'stancemap:setDate', date: '2016-01-01' }, '*');
  });
  await page.waitForTimeout(500);
  expect(await iframeHeight(page)).toBe(height);
  expect(await embedDate(frame)).toBe('2017-03-01');
});

test('a message asking to navigate is ignored, and heights are clamped', async ({ page }) => {
  await page.goto(HOST);
  const frame = await mapFrame(page);
  await page.evaluate(() => {
    const map = (document.getElementById('map') as HTMLIFrameElement).contentWindow;
    map?.postMessage({ type: 'stancemap:navigate', url: 'https://example.com/' }, '*');
    map?.postMessage({ type: 'stancemap:setDate', date: 'javascript:alert(1)' }, '*');
  });
  await frame.evaluate(() => {
    parent.postMessage({ type: 'stancemap:height', height: 1e9, url: 'javascript:alert(1)', navigate: 'https://example.com/' }, '*');
  });
  await expect.poll(() => iframeHeight(page)).toBe(4000);
  await page.waitForTimeout(300);
  expect(page.url()).toBe(HOST);
  expect(frame.url()).toContain(`${APP_ORIGIN}/?mode=embed`);
  expect(await embedDate(frame)).toBe('2017-03-01');
});

test('without the loader the iframe keeps its fixed height and the map still works', async ({ page }) => {
  await page.goto(`${HOST}no-loader.html`);
  await mapFrame(page);
  await page.waitForTimeout(500);
  expect(await iframeHeight(page)).toBe(640);
});

test('embed mode shows the map, a compact timeline, title and credit, and no panel or authoring controls', async ({ page }) => {
  await page.goto('./?mode=embed#t=2017-02-28');
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible();
  await expect(page.locator('#credit')).toContainText('ValueWalk');
  await expect(page.locator('.side')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Embed' })).toHaveCount(0);
  await expect(page.getByRole('toolbar')).toBeHidden();
  const full = page.getByRole('link', { name: 'Open full map' });
  await expect(full).toHaveAttribute('href', /\/#t=2017-02-28$/);
  await expect(full).toHaveAttribute('target', '_blank');
});

test('the Embed button gives a snippet for the current state', async ({ page }) => {
  await page.goto('./#t=2017-02-28&sel=russia-opposes-thaad');
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('button', { name: 'Embed' }).click();
  const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toContain(`<iframe data-stancemap src="${APP_ORIGIN}/?mode=embed&amp;height=auto#t=2017-02-28&amp;sel=russia-opposes-thaad"`);
  expect(code).toContain('title="China and Russia join forces against THAAD (interactive map)"');
  expect(code).toContain('loading="lazy"');
  expect(code).toContain('height="640"');
  expect(code).toContain(`<a href="${APP_ORIGIN}/#t=2017-02-28&amp;sel=russia-opposes-thaad">`);
  expect(code).toContain(`<script src="${APP_ORIGIN}/embed.js" async></script>`);
});
