import type { Page } from '@playwright/test';
import type { StancemapWindow } from './support/handle.ts';
import { expect, test, waitForReady } from './support/fixtures.ts';

interface Shown { scene: number; date: string; center: [number, number]; zoom: number }

async function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const { store, map } = (window as unknown as StancemapWindow).__stancemap;
    const c = map.getCenter();
    return {
      scene: store.getState().scene,
      date: new Date(store.getState().t * 86_400_000).toISOString().slice(0, 10),
      center: [Math.round(c.lng * 10) / 10, Math.round(c.lat * 10) / 10] as [number, number],
      zoom: Math.round(map.getZoom() * 10) / 10,
    };
  });
}

const sceneDays = ['2016-01-01', '2017-02-01', '2017-02-28', '2017-02-28', '2017-03-01', '2017-03-01', '2017-03-01', '2017-08-01'];

test.describe('with reduced motion (cuts)', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the keys a clicker sends step through every THAAD scene, each with its date and view', async ({ page }) => {
    await page.goto('./?mode=present');
    await waitForReady(page);
    await expect(page.locator('.present__counter')).toHaveText('1 / 8');
    await expect(page.locator('.present__title')).toHaveText('Trump tells allies to pay for their own defence');
    const views: Shown[] = [await shown(page)];
    const keys = ['PageDown', 'ArrowRight', ' ', 'PageDown', 'ArrowRight', ' ', 'PageDown'];
    for (const [i, key] of keys.entries()) {
      await page.keyboard.press(key);
      await expect(page.locator('.present__counter')).toHaveText(`${i + 2} / 8`);
      views.push(await shown(page));
    }
    expect(views.map((v) => v.scene)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(views.map((v) => v.date)).toEqual(sceneDays);
    for (let i = 1; i < views.length; i++) expect(views[i]?.center, `scene ${i + 1} moves the camera`).not.toEqual(views[i - 1]?.center);
    expect(views[2]).toMatchObject({ center: [127.9, 36.4], zoom: 6.2 });
    await page.keyboard.press('PageUp');
    await expect(page.locator('.present__counter')).toHaveText('7 / 8');
    await page.keyboard.press('Home');
    await expect(page.locator('.present__counter')).toHaveText('1 / 8');
    await page.keyboard.press('End');
    await expect(page.locator('.present__title')).toHaveText('Deployment planned by August');
  });

  test('a cut leaves the camera at the scene at once', async ({ page }) => {
    await page.goto('./?mode=present');
    await waitForReady(page);
    await page.keyboard.press('ArrowRight');
    const moving = await page.evaluate(() => (window as unknown as StancemapWindow).__stancemap.map.isMoving());
    expect(moving).toBe(false);
  });
});

test('without reduced motion the camera flies between scenes', async ({ page }) => {
  await page.goto('./?mode=present');
  await waitForReady(page);
  await page.keyboard.press('ArrowRight');
  const moving = await page.evaluate(() => (window as unknown as StancemapWindow).__stancemap.map.isMoving());
  expect(moving).toBe(true);
});

test('presentation mode hides the authoring chrome and shows large type', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?mode=present');
  await waitForReady(page);
  await expect(page.locator('.side')).toBeHidden();
  await expect(page.locator('.timeline')).toBeHidden();
  await expect(page.getByRole('toolbar')).toBeHidden();
  const size = await page.locator('.present__title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(40);
});

test('P opens the presentation from the explore page', async ({ page }) => {
  await page.goto('./');
  await waitForReady(page);
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/\?mode=present/);
  await waitForReady(page);
  await expect(page.locator('.present__counter')).toHaveText('1 / 8');
});

test('the speaker-notes window follows the presentation, and stepping there moves both', async ({ page, context }) => {
  await page.goto('./?mode=present');
  await waitForReady(page);
  const opened = context.waitForEvent('page');
  await page.keyboard.press('n');
  const notes = await opened;
  expect(new URL(notes.url()).searchParams.get('briefing')).toMatch(/^[0-9a-f]{32}$/);
  await expect(notes.locator('html')).toHaveAttribute('data-state', 'ready');
  // A page of the same origin that does not hold the briefing's key cannot move it, by the old channel name or any other.
  await notes.evaluate(() => {
    for (const name of ['stancemap:China and Russia join forces against THAAD', 'stancemap:undefined', 'stancemap:']) {
      new BroadcastChannel(name).postMessage({ type: 'scene', index: 5, at: Date.now() + 1e6 });
    }
    return new Promise((resolve) => setTimeout(resolve, 300));
  });
  await expect(page.locator('.present__counter')).toHaveText('1 / 8');
  await expect(notes.locator('.notes-view__title')).toHaveText('Trump tells allies to pay for their own defence');
  await expect(notes.locator('.notes-view__next')).toHaveText('Next: North Korea tests the Pukguksong-2');
  await expect(notes.locator('.notes-view__clock')).toContainText('elapsed');
  await page.bringToFront();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(notes.locator('.notes-view__title')).toHaveText('A golf course becomes the THAAD site');
  await expect(notes.locator('.notes-view__notes')).toContainText('200 km intercept range');
  await notes.getByRole('button', { name: 'Next →' }).click();
  await expect(page.locator('.present__counter')).toHaveText('4 / 8');
  await expect(page.locator('.present__title')).toHaveText('Russia: “teaming up” with China against THAAD');
  await notes.close();
});
