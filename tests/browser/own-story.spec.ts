import type { Locator, Page } from '@playwright/test';
import type { StancemapWindow } from './support/handle.ts';
import { BAD_FILES, type BadFileCase, badFileText, manyProblemsStory } from '../support/badFiles.ts';
import { expect, test, waitForReady } from './support/fixtures.ts';
import { drawnArrows } from './support/map.ts';
import { dropFiles, thaadSheets } from './support/dropFiles.ts';
import { APP_ORIGIN, OTHER_ORIGIN } from './support/ports.ts';
import { generateStory } from '../bench/generateStory.ts';

// Every bad file through the page, by ?data= and by the file picker, with the
// production build's Content-Security-Policy in force. A canary records any
// alert() a payload would call and any policy violation.

declare global {
  interface Window { __canary: string[] }
}

async function installCanary(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__canary = [];
    const record = (what: string) => () => { window.__canary.push(what); };
    window.alert = record('alert');
    window.confirm = () => { window.__canary.push('confirm'); return false; };
    window.prompt = () => { window.__canary.push('prompt'); return null; };
    document.addEventListener('securitypolicyviolation', (e) => window.__canary.push(`csp: ${e.violatedDirective} ${e.blockedURI}`));
  });
}

async function serveFixtures(page: Page): Promise<void> {
  await page.route('**/fixtures/bad/*', async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const c = BAD_FILES.find((x) => x.file === name);
    if (!c) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: c.served ?? 'application/json', body: badFileText(c) });
  });
}

async function expectCleanCanary(page: Page): Promise<void> {
  expect(await page.evaluate(() => window.__canary)).toEqual([]);
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
}

test.beforeEach(async ({ page }) => {
  await installCanary(page);
  await serveFixtures(page);
});

const rejected = BAD_FILES.filter((c) => c.outcome === 'rejected');
const accepted = BAD_FILES.filter((c) => c.outcome === 'accepted');

test('every rejected fixture opened with ?data= shows its error with the path, and nothing runs', async ({ page }) => {
  for (const c of rejected) {
    await page.goto(`./?data=fixtures/bad/${c.file}`);
    await expect(page.locator('html'), c.file).toHaveAttribute('data-state', 'error');
    await expect(page.locator('#errors'), c.file).toContainText(`${c.path}: `);
    await expect(page.locator('#errors'), c.file).toContainText(c.message ?? '');
    await expectCleanCanary(page);
  }
});

for (const c of accepted) {
  test(`${c.file} opens and its markup stays text`, async ({ page }) => {
    await page.goto(`./?data=fixtures/bad/${c.file}`);
    await waitForReady(page);
    expect(await page.locator('img, iframe, svg[onload], [onerror], [onmouseover], script:not([type="module"])').count()).toBe(0);
    await expectCleanCanary(page);
  });
}

test('markup in titles, names and quotes is shown as the characters it is made of', async ({ page }) => {
  test.slow();
  await page.goto('./?data=fixtures/bad/html-in-title.json');
  await waitForReady(page);
  await expect(page).toHaveTitle('<b onmouseover="alert(1)">Bold</b> story · stancemap');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('<b onmouseover="alert(1)">Bold</b> story');
  await page.goto('./?data=fixtures/bad/html-in-place-name.json#sel=beijing');
  await waitForReady(page);
  await expect(page.locator('#detail h2')).toHaveText('<img src=x onerror=alert(1)>');
  await page.goto('./?data=fixtures/bad/script-in-quote.json#sel=s1');
  await waitForReady(page);
  await expect(page.locator('#detail blockquote')).toHaveText('</blockquote><script>alert(1)</script>');
  await expectCleanCanary(page);
});

test('right-to-left, CJK, emoji and very long text do not break the layout', async ({ page }) => {
  await page.goto('./?data=fixtures/bad/rtl-cjk-emoji-long.json#sel=s1');
  await waitForReady(page);
  await expect(page.locator('#detail h2')).toContainText('الصين');
  const overflow = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    side: (() => { const s = document.querySelector('.side'); return s ? s.scrollWidth - s.clientWidth : 0; })(),
  }));
  expect(overflow).toEqual({ page: 0, side: 0 });
});

test('a story that cannot be shown is its title and its errors, one under the other, on a phone, a desktop and a briefing', async ({ page }) => {
  for (const [width, height, mode] of [[375, 740, ''], [1280, 800, ''], [1280, 720, '&mode=present']] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(`./?data=fixtures/bad/unknown-actor.json${mode}`);
    await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
    const title = await page.locator('#story-title').boundingBox();
    const errors = await page.locator('#errors').boundingBox();
    if (!title || !errors) throw new Error(`title or errors not laid out at ${width} px`);
    // The banner starts below the title instead of covering it, and both fit across the screen.
    expect(errors.y, `${width} px`).toBeGreaterThanOrEqual(title.y + title.height);
    expect(errors.x + errors.width, `${width} px`).toBeLessThanOrEqual(width);
    expect(title.x + title.width, `${width} px`).toBeLessThanOrEqual(width);
    // No empty map, timeline or side panel around them.
    for (const empty of ['#stage', '#timeline', '.side']) await expect(page.locator(empty), `${empty} at ${width} px`).toBeHidden();
  }
});

test('a data file from another origin is refused, naming its address', async ({ page }) => {
  await page.goto(`./?data=${OTHER_ORIGIN}/other.html`);
  await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
  await expect(page.locator('#errors')).toContainText(`the data address "${OTHER_ORIGIN}/other.html" was refused: stories load only from this site (${APP_ORIGIN})`);
  await page.goto('./?data=javascript:alert(1)');
  await expect(page.locator('#errors')).toContainText('only http and https files can be loaded');
  await expectCleanCanary(page);
});

test('a missing file and a network failure get clear messages', async ({ page, watch }) => {
  watch.expectConsole(/Failed to load resource: (the server responded with a status of 404|net::ERR_CONNECTION_REFUSED)/);
  await page.goto('./?data=fixtures/bad/missing.json');
  await expect(page.locator('#errors')).toContainText('could not be loaded: the server answered 404 (not found)');
  await page.route('**/fixtures/unreachable.json', (route) => route.abort('connectionrefused'));
  await page.goto('./?data=fixtures/unreachable.json');
  await expect(page.locator('#errors')).toContainText('(network error)');
});

test('a linked story is downloaded and checked in a worker, and still opens when the worker cannot start', async ({ page, watch }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('./?data=fixtures/bad/with-bom.json');
  await waitForReady(page);
  expect(workers.filter((u) => u.includes('validationWorker'))).toHaveLength(1);
  // A download shows in the timeline of whoever made it: here, not the page's.
  const fetchedByPage = (): Promise<boolean> => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('with-bom.json')));
  expect(await fetchedByPage()).toBe(false);
  watch.expectConsole(/Failed to load resource|validationWorker/);
  await page.route('**/*validationWorker*', (route) => route.abort('blockedbyclient'));
  await page.goto('./?data=fixtures/bad/with-bom.json');
  await waitForReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture story');
  expect(await fetchedByPage()).toBe(true);
  await page.goto('./?data=fixtures/bad/unknown-actor.json');
  await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
  await expect(page.locator('#errors')).toContainText('stances[0].from: ');
});

test('a linked story starts downloading before the worker has loaded its validator', async ({ page }) => {
  let storyRequested = (): void => undefined;
  const requested = new Promise<boolean>((resolve) => { storyRequested = () => resolve(true); });
  page.on('request', (r) => { if (r.url().includes('with-bom.json')) storyRequested(); });
  let heldUntilDownload = false;
  // Held until the story is asked for: a worker that loaded its validator first would never ask.
  await page.route('**/*validatorVerdict*', async (route) => {
    heldUntilDownload = await Promise.race([requested, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000))]);
    await route.continue();
  });
  await page.goto('./?data=fixtures/bad/with-bom.json');
  await waitForReady(page);
  expect(heldUntilDownload).toBe(true);
});

test('a linked story still opens, and a bad one still names its errors, when the worker cannot load its validator', async ({ page, watch }) => {
  watch.expectConsole(/Failed to load resource|validatorVerdict|dynamically imported module/);
  await page.route('**/*validatorVerdict*', (route) => route.abort('blockedbyclient'));
  await page.goto('./?data=fixtures/bad/with-bom.json');
  await waitForReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture story');
  await page.goto('./?data=fixtures/bad/unknown-actor.json');
  await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
  await expect(page.locator('#errors')).toContainText('stances[0].from: ');
});

test('a server that never answers times out with a clear message', async ({ page }) => {
  test.slow();
  await page.route('**/fixtures/slow.json', () => new Promise(() => undefined));
  await page.goto('./?data=fixtures/slow.json');
  await expect(page.locator('#errors')).toContainText('did not arrive within 15 seconds', { timeout: 25_000 });
  await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
});

test('bad files opened with the file picker leave the map, date and URL as they were', async ({ page }) => {
  await page.goto('./#t=2017-02-28');
  await waitForReady(page);
  const before = { url: page.url(), stances: await drawnArrows(page) };
  const picker = page.getByLabel('Open a story file');
  for (const c of rejected.filter((x: BadFileCase) => !x.generated)) {
    await picker.setInputFiles({ name: c.file, mimeType: 'application/json', buffer: Buffer.from(badFileText(c)) });
    await expect(page.locator('#errors'), c.file).toContainText(`“${c.file}” cannot be opened; the map you had is unchanged`);
    await expect(page.locator('#errors'), c.file).toContainText(`${c.path}: `);
    await expect(page.locator('#errors'), c.file).toContainText(c.readMessage ?? c.message ?? '');
  }
  // 140,000 problems in 59 KB, checked on the page: the first ones, then how many more.
  await picker.setInputFiles({ name: 'many-problems.json', mimeType: 'application/json', buffer: Buffer.from(manyProblemsStory()) });
  await expect(page.locator('#errors')).toContainText('“many-problems.json” cannot be opened; the map you had is unchanged');
  await expect(page.locator('#errors li').first()).toHaveText('events[0].id: missing required field (an event needs id, date, title, description, places, actors and quote)');
  await expect(page.locator('#errors li')).toHaveCount(20);
  await expect(page.locator('#errors .errors__more')).toHaveText('…and 139,980 more.');
  // The banner leaves the toolbar's More menu and its Open… uncovered, and keeps its count and its own way out in sight, on a desktop and a phone.
  for (const size of [{ width: 1280, height: 800 }, { width: 375, height: 667 }]) {
    await page.setViewportSize(size);
    await expect(page.locator('#errors .errors__more'), `${size.width}`).toBeInViewport({ ratio: 1 });
    await expect(page.locator('#errors').getByRole('button', { name: 'Open another file…' }), `${size.width}`).toBeInViewport({ ratio: 1 });
    if (size.width > 760) {
      expect(await uncovered(page, page.getByRole('button', { name: 'More' })), 'More under the banner').toBe(true);
      await page.getByRole('button', { name: 'More' }).click();
      expect(await uncovered(page, page.getByRole('button', { name: 'Open…' })), 'Open… under the banner').toBe(true);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('button', { name: 'Open…' })).toBeHidden();
    }
  }
  const chooser = page.waitForEvent('filechooser');
  await page.locator('#errors').getByRole('button', { name: 'Open another file…' }).click();
  await chooser;
  await page.setViewportSize({ width: 1280, height: 800 });
  await picker.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(badFileText(rejected.find((x) => x.file === 'huge.json')!)) });
  await expect(page.locator('#errors')).toContainText('huge.json is too large (10.0 MB, at most 10.0 MB)');
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('China and Russia join forces against THAAD');
  expect(page.url()).toBe(before.url);
  expect(await drawnArrows(page)).toEqual(before.stances);
  await page.locator('#errors').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.locator('#errors')).toBeHidden();
  await expectCleanCanary(page);
});

test('a good file opened with the file picker replaces the story, and the THAAD sheets dropped on the map give back the same map', async ({ page }) => {
  await page.goto('./');
  await waitForReady(page);
  const thaad = { arrows: await drawnArrows(page), story: await page.evaluate(() => (window as unknown as StancemapWindow).__stancemap.model.story) };
  const c = accepted.find((x) => x.file === 'html-in-place-name.json')!;
  const picker = page.getByLabel('Open a story file');
  await picker.setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(badFileText(c)) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture story');
  await waitForReady(page);
  expect(await drawnArrows(page)).toEqual(['s1']);
  const title = await page.evaluate(() => (window as unknown as StancemapWindow).__stancemap.model.story.meta.title);
  expect(title).toBe('Fixture story');

  // Sheets with a mistake, picked several at once: every problem by sheet, row and column; the map stays.
  const broken = thaadSheets().map((f) => (f.name === 'stances.csv' ? { ...f, text: f.text.replace('usa-dismisses-china,usa,china', 'usa-dismisses-china,usa,chna') } : f));
  await picker.setInputFiles(broken.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.text) })));
  await expect(page.locator('#errors')).toContainText('These sheets cannot be opened; the map you had is unchanged');
  await expect(page.locator('#errors li')).toHaveText(['stances.csv row 14, column "to": unknown actor or place "chna" (stances[12].to)']);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture story');

  await dropFiles(page, '#stage', thaadSheets());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('China and Russia join forces against THAAD');
  await waitForReady(page);
  await expect(page.locator('#errors')).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as StancemapWindow).__stancemap.model.story)).toEqual(thaad.story);
  expect(await drawnArrows(page)).toEqual(thaad.arrows);
  await expectCleanCanary(page);
});

test('a large file opened with the file picker is checked in the worker, and its errors still name their paths', async ({ page }) => {
  test.slow();
  await page.goto('./');
  await waitForReady(page);
  // The validator's own chunk is fetched by the page only when the page checks a file itself.
  const checkedByPage = (): Promise<boolean> => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('readStoryText')));
  const story = generateStory(1000);
  const bad = { ...story, stances: story.stances.map((s, i) => (i === 500 ? { ...s, from: 'nobody' } : s)) };
  const picker = page.getByLabel('Open a story file');
  await picker.setInputFiles({ name: 'big-bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.locator('#errors')).toContainText('stances[500].from: unknown actor "nobody"');
  await picker.setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Generated story of 1000 stances');
  await waitForReady(page);
  expect(await checkedByPage()).toBe(false);
});

test('a story big enough to hold its arrows back while the map loads holds them, and has drawn them when it says ready', async ({ page }) => {
  test.slow();
  // 6,000 stances make about 265,000 line vertices, over the layer's HOLD_VERTICES.
  const body = JSON.stringify(generateStory(6000));
  await page.route('**/fixtures/big.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.addInitScript(() => {
    type Probe = StancemapWindow & { __heldBeforeReady?: boolean; __holdingAtReady?: boolean };
    const w = window as unknown as Probe;
    // Whether the layer was seen holding on any frame before ready, and its state at the moment of ready.
    const sample = (): void => {
      if (document.documentElement.dataset.state === 'ready') return;
      if (w.__stancemap?.arrows?.holding()) w.__heldBeforeReady = true;
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
    new MutationObserver(() => {
      if (document.documentElement.dataset.state === 'ready' && w.__holdingAtReady === undefined) w.__holdingAtReady = w.__stancemap.arrows.holding();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-state'] });
  });
  await page.goto('./?data=fixtures/big.json');
  await waitForReady(page);
  const probe = await page.evaluate(() => {
    const w = window as unknown as { __heldBeforeReady?: boolean; __holdingAtReady?: boolean };
    return { held: w.__heldBeforeReady, atReady: w.__holdingAtReady };
  });
  expect(probe).toEqual({ held: true, atReady: false });
  expect((await drawnArrows(page)).length).toBeGreaterThan(100);
});

/** Whether the element's centre is the element itself (or inside it), not something drawn over it. */
async function uncovered(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  if (!box) return false;
  return target.evaluate((el, p) => {
    const top = document.elementFromPoint(p.x, p.y);
    return top !== null && (top === el || el.contains(top));
  }, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
}
