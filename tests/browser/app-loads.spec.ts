import { readFileSync } from 'node:fs';
import { expect, test, waitForReady } from './support/fixtures.ts';

const story = JSON.parse(readFileSync(new URL('../../data/thaad-2017.json', import.meta.url), 'utf8')) as { meta: { title: string } };

test('the production build loads the THAAD story with its title and no foreign request', async ({ page, watch }) => {
  await page.goto('./');
  await waitForReady(page);
  await expect(page).toHaveTitle(`${story.meta.title} · stancemap`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.meta.title);
  expect(watch.requests.some((url) => url.includes('thaad-2017'))).toBe(true);
});
