import type { Page } from '@playwright/test';
import type { StancemapWindow } from './support/handle.ts';
import { expect, test, waitForReady } from './support/fixtures.ts';
import { waitForIdle } from './support/map.ts';

// Follow the story: stepping takes the camera to the current event's places,
// until the reader moves the map themselves; the toolbar button brings it back.

/** Of these places, those not on the map where the reader can see them (off it, or under a panel). */
async function unseen(page: Page, ids: readonly string[]): Promise<string[]> {
  return page.evaluate((wanted) => {
    const { map, model } = (window as unknown as StancemapWindow).__stancemap;
    const canvas = map.getCanvas();
    const box = canvas.getBoundingClientRect();
    return wanted.filter((id) => {
      const place = model.places.get(id);
      if (!place) return true;
      const p = map.project(place.position);
      if (p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height) return true;
      return document.elementFromPoint(box.left + p.x, box.top + p.y) !== canvas;
    });
  }, ids);
}

async function cameraNow(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const { map } = (window as unknown as StancemapWindow).__stancemap;
    return [map.getCenter().lng, map.getCenter().lat, map.getZoom()].map((n) => Math.round(n * 1000) / 1000);
  });
}

test('stepping follows the story until the reader moves the map, and the button takes it up again', async ({ page }) => {
  await page.goto('./');
  await waitForReady(page);
  const follow = page.getByRole('button', { name: 'Follow the story' });
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  // Somewhere else, as a link or the app might leave it: not the reader's own move.
  await page.evaluate(() => (window as unknown as StancemapWindow).__stancemap.map.jumpTo({ center: [-30, 20], zoom: 3 }));
  await waitForIdle(page);
  expect(await unseen(page, ['seongju'])).toEqual(['seongju']);

  // The next event: THAAD deployed at Seongju (August 2017). The camera goes there, and stays followed.
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(page.locator('.timeline__event')).toHaveText(/THAAD/);
  await waitForIdle(page);
  expect(await unseen(page, ['seongju'])).toEqual([]);
  await expect(follow).toHaveAttribute('aria-pressed', 'true');

  // The reader drags the map away from Korea: following stops.
  const canvas = await page.locator('#map canvas').boundingBox();
  if (!canvas) throw new Error('no map canvas');
  const from = { x: canvas.x + canvas.width * 0.8, y: canvas.y + canvas.height * 0.5 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - 300, from.y + 20, { steps: 8 });
  await page.mouse.move(from.x - 600, from.y + 40, { steps: 8 });
  await page.mouse.up();
  await waitForIdle(page);
  await expect(follow).toHaveAttribute('aria-pressed', 'false');
  const dragged = await cameraNow(page);

  // Back to 1 March (Timonin in Seoul, China's statement in Beijing): the camera stays where the reader put it.
  await page.getByRole('button', { name: 'Previous event' }).click();
  await expect(page.locator('.timeline__date')).toHaveText('1 March 2017');
  await waitForIdle(page);
  expect(await cameraNow(page)).toEqual(dragged);
  expect(await unseen(page, ['seoul', 'beijing'])).not.toEqual([]);

  // Follow the story again: the camera goes to what the last step brought.
  await follow.click();
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  await waitForIdle(page);
  expect(await cameraNow(page)).not.toEqual(dragged);
  expect(await unseen(page, ['seoul', 'beijing'])).toEqual([]);
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  await expect(page).not.toHaveURL(/cam=/);
});
