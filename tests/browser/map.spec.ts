import type { StancemapWindow } from './support/handle.ts';
import { expect, test, waitForReady } from './support/fixtures.ts';
import { canvasColorAt, drawnArrows, flaggedArrows, jumpTo, pointOnlyOn, renderedIds, renderedProperty, waitForIdle } from './support/map.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await waitForReady(page);
});

test('the map draws the story\'s places and arrows as soon as it says ready', async ({ page }) => {
  const places = await renderedIds(page, 'place-marks');
  expect(places).toEqual(expect.arrayContaining(['beijing', 'moscow', 'pyongyang', 'seongju', 'seoul', 'tokyo']));
  const arrows = await drawnArrows(page);
  expect(arrows).toEqual(expect.arrayContaining(['china-opposes-thaad', 'russia-opposes-thaad', 'usa-supports-thaad', 'south-korea-supports-thaad', 'china-cooperates-russia', 'russia-cooperates-china']));
  expect(await renderedIds(page, 'area-line')).toEqual(['thaad-range']);
});

test('an arrow is painted in its type\'s colour along its line, and not once its date is past', async ({ page }) => {
  // China cooperates with Russia: solid-ish green dashes on the long arc between Beijing and Moscow.
  const point = await pointOnlyOn(page, 'china-cooperates-russia');
  const colours = new Set<string>();
  for (let dx = -3; dx <= 3; dx++) for (let dy = -3; dy <= 3; dy++) colours.add(await canvasColorAt(page, { x: point.x + dx, y: point.y + dy }));
  // Okabe–Ito bluish green #009E73 at full strength somewhere under the pointer (dashes leave gaps).
  expect([...colours]).toContain('#009e73');
  await page.evaluate(() => {
    const { store } = (window as unknown as StancemapWindow).__stancemap;
    store.dispatch({ type: 'setDate', t: store.getState().t - 30 });
  });
  await waitForIdle(page);
  const after = new Set<string>();
  for (let dx = -3; dx <= 3; dx++) for (let dy = -3; dy <= 3; dy++) after.add(await canvasColorAt(page, { x: point.x + dx, y: point.y + dy }));
  expect([...after]).not.toContain('#009e73');
});

test('actors are listed at their place, grouped, and the states-only switch leaves relations between states alone, everywhere', async ({ page }) => {
  const labels = await page.evaluate(() => {
    const { map } = (window as unknown as StancemapWindow).__stancemap;
    return map.queryRenderedFeatures({ layers: ['place-labels'] }).map((f) => [String(f.properties.id), String(f.properties.actorsAll)]);
  });
  expect(labels).toContainEqual(['beijing', 'China\nChinese Foreign Ministry\nKong Xuanyou\nGeng Shuang']);
  expect(await drawnArrows(page)).toEqual(expect.arrayContaining(['geng-warns-south-korea', 'south-korea-concerned-trump', 'china-retaliates-lotte']));
  const focus = page.getByLabel('Focus on');
  await focus.selectOption('geng-shuang');
  const list = page.locator('#list');
  await expect(list).toContainText('South Korea is concerned about Donald Trump');
  const legend = page.locator('.legend');
  await expect(legend.getByRole('button', { name: 'criticizes' })).toBeVisible();

  await page.getByRole('button', { name: 'States only' }).click();
  await expect(page.getByRole('button', { name: 'States only' })).toHaveAttribute('aria-pressed', 'true');
  await waitForIdle(page);
  const arrows = await drawnArrows(page);
  // Held by a person, aimed at a person, aimed at a company: all gone. State to weapon and state to state stay.
  expect(arrows).not.toEqual(expect.arrayContaining(['geng-warns-south-korea']));
  expect(arrows.filter((id) => ['south-korea-concerned-trump', 'china-retaliates-lotte', 'china-mfa-warns-trump'].includes(id))).toEqual([]);
  expect(arrows).toEqual(expect.arrayContaining(['china-opposes-thaad', 'russia-cooperates-china']));
  await expect(list).not.toContainText('South Korea is concerned about Donald Trump');
  await expect(list).not.toContainText('China retaliates against Lotte');
  // Only states in the Focus menu; Geng Shuang in focus stands for China.
  const options = await focus.locator('option').allTextContents();
  expect(options).toEqual(['everyone', 'China', 'Russia', 'United States', 'South Korea', 'North Korea', 'Japan']);
  await expect(focus).toHaveValue('china');
  // No criticism is left between states, so the legend no longer lists it.
  await expect(legend.getByRole('button', { name: 'criticizes' })).toBeHidden();
  await expect(legend.getByRole('button', { name: 'opposes' })).toBeVisible();
  await expect(page.locator('#map-description')).not.toContainText('Trump');

  await page.getByRole('button', { name: 'States only' }).click();
  await expect(focus).toHaveValue('geng-shuang');
  await expect(legend.getByRole('button', { name: 'criticizes' })).toBeVisible();
});

test('Korean, Chinese and Russian names are drawn with the bundled fonts', async ({ page, watch }) => {
  const local = await renderedProperty(page, 'place-labels', 'localName');
  expect(local).toEqual(expect.arrayContaining(['서울', '北京', 'Москва']));
  const fonts = watch.requests.filter((u) => u.endsWith('.woff2')).map((u) => u.split('/').pop() ?? '');
  for (const family of ['noto-sans-kr-400', 'noto-sans-sc-400', 'noto-sans-cyrillic-400', 'noto-sans-latin-base-600']) {
    expect(fonts.some((f) => f.startsWith(family))).toBe(true);
  }
});

test('clicking an arrow opens its sentence, dates, verbatim quote and source', async ({ page }) => {
  // Close enough to Moscow and Beijing that the arc stands clear of its neighbours.
  await jumpTo(page, [82, 48], 3);
  const { x, y } = await pointOnlyOn(page, 'russia-cooperates-china');
  await page.mouse.click(x, y);
  const detail = page.locator('#detail');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('Russia cooperates with China');
  await expect(detail.locator('.detail__when')).toHaveText('from 28 February 2017');
  await expect(detail.locator('blockquote')).toContainText('teaming up against the U.S. missile system');
  await expect(detail.locator('.detail__cite')).toContainText('ValueWalk');
  await waitForIdle(page);
  // Drawn once: the arc crosses several map tiles, and a label placed per tile was drawn twice.
  const labels = await page.evaluate(() => {
    const { map } = (window as unknown as StancemapWindow).__stancemap;
    return map.queryRenderedFeatures({ layers: ['stance-label'] }).map((f) => String(f.properties.label));
  });
  expect(labels).toEqual(['Russia cooperates with China']);
});

test('a source link from the data opens in a new tab without opener or referrer', async ({ page }) => {
  await page.evaluate(() => {
    const { store } = (window as unknown as StancemapWindow).__stancemap;
    store.dispatch({ type: 'select', id: 'seoul' });
  });
  await page.locator('#detail').getByRole('button', { name: 'Lotte', exact: true }).click();
  const link = page.locator('#detail .detail__sources a');
  await expect(link).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/Lotte_Corporation');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

test('the globe shows the same story', async ({ page }) => {
  await page.getByRole('button', { name: 'Globe' }).click();
  await waitForIdle(page);
  const projection = await page.evaluate(() => {
    const { map } = (window as unknown as StancemapWindow).__stancemap;
    return map.getProjection().type;
  });
  expect(projection).toBe('globe');
  // On the globe a whole-viewport query misses features; ask around the places instead.
  const nearSeongju = await drawnArrows(page, { lngLat: [128.154, 35.989], px: 40 });
  expect(nearSeongju).toEqual(expect.arrayContaining(['china-opposes-thaad', 'russia-opposes-thaad']));
  expect(await renderedIds(page, 'land')).not.toEqual([]);
});

test('the Washington–Seoul arrow crosses the Pacific as one line', async ({ page }) => {
  await jumpTo(page, [-170, 55], 1.5);
  expect(await drawnArrows(page)).toEqual(expect.arrayContaining(['mattis-reassures-south-korea', 'usa-supports-thaad']));
});

test('hovering an arrow thickens it and names it in words', async ({ page }) => {
  const { x, y } = await pointOnlyOn(page, 'china-cooperates-russia');
  await page.mouse.move(x, y);
  await waitForIdle(page);
  expect(await renderedIds(page, 'stance-label')).toEqual(['china-cooperates-russia']);
  expect(await flaggedArrows(page, 'hovered')).toEqual(['china-cooperates-russia']);
});

test('the list\'s hidden "show more" buttons hold no count, so nothing reads "Show -144 earlier"', async ({ page }) => {
  await page.locator('#list summary', { hasText: 'Earlier events' }).click();
  const buttons = page.locator('#list button[hidden]');
  expect(await buttons.count()).toBeGreaterThanOrEqual(2);
  expect(await buttons.allTextContents()).toEqual((await buttons.allTextContents()).map(() => ''));
});
