import type { Frame, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { HOST_ORIGIN } from './support/ports.ts';

// A live blog with 24 embeds of the map, each the project's own snippet
// (fixtures/host/live-blog.html).
// Chromium keeps about 16 WebGL contexts and loses the oldest past that; an
// embed holds a live map only while it is on screen, so scrolling through the
// post keeps a handful live and every embed shows a map (live or still).

const EMBEDS = 24;
/** At most the embeds on screen (two or three here) and those left in the last second. */
const MAX_LIVE = 5;

const embedFrames = (page: Page): Frame[] => page.frames().filter((f) => f.url().includes('mode=embed'));

async function frameOf(page: Page, i: number): Promise<Frame | null> {
  const handle = await page.locator('iframe[data-stancemap]').nth(i).elementHandle();
  return handle ? handle.contentFrame() : null;
}

async function frameState(frame: Frame): Promise<{ state: string; live: boolean; shown: string }> {
  return frame.evaluate(() => {
    const handle = (window as unknown as { __stancemap?: { map?: unknown; shown?: () => string } }).__stancemap;
    return { state: document.documentElement.dataset.state ?? '', live: handle?.map !== undefined, shown: handle?.shown?.() ?? '' };
  }).catch(() => ({ state: 'gone', live: false, shown: '' }));
}

test('a page with 24 embeds: scrolled through, every embed is ready, a handful are live at once, none is ever blank', async ({ page, watch }) => {
  test.setTimeout(240_000);
  watch.expectConsole(/Too many active WebGL contexts|WebGL context was lost|CONTEXT_LOST_WEBGL/);
  await page.setViewportSize({ width: 900, height: 800 });
  await page.goto(`${HOST_ORIGIN}/live-blog.html`);
  const iframes = page.locator('iframe[data-stancemap]');
  await expect(iframes).toHaveCount(EMBEDS);
  let mostLive = 0;
  for (let i = 0; i < EMBEDS; i++) {
    await iframes.nth(i).scrollIntoViewIfNeeded();
    const src = await iframes.nth(i).getAttribute('src') ?? '';
    await expect.poll(async () => {
      const frame = await frameOf(page, i);
      return frame ? (await frameState(frame)).state : '';
    }, { timeout: 60_000, message: `embed ${i + 1}` }).toBe('ready');
    for (const frame of embedFrames(page)) {
      const s = await frameState(frame);
      // A ready embed always shows a map: the live one, or a still of the same state; and none lost its context.
      if (s.state === 'ready') expect(['live', 'asleep'], src).toContain(s.shown);
    }
    const live = (await Promise.all(embedFrames(page).map(frameState))).filter((s) => s.live).length;
    mostLive = Math.max(mostLive, live);
    // What is in view is drawn: a live canvas or the still SVG, never an empty box.
    const frame = await frameOf(page, i);
    const drawn = await frame?.evaluate(() => document.querySelector('.map canvas, .map svg.svg-fallback') !== null);
    expect(drawn, `embed ${i + 1} shows a map`).toBe(true);
  }
  expect(mostLive).toBeGreaterThan(0);
  expect(mostLive).toBeLessThanOrEqual(MAX_LIVE);
  // Scrolled back to the top, the first embed is live again, at its own date.
  await iframes.first().scrollIntoViewIfNeeded();
  const first = await frameOf(page, 0);
  if (!first) throw new Error('no first frame');
  await expect.poll(async () => (await frameState(first)).shown, { timeout: 60_000 }).toBe('live');
  expect(await first.evaluate(() => (window as unknown as { __stancemap: { store: { getState(): { t: number } } } }).__stancemap.store.getState().t)).toBe(Date.UTC(2017, 2, 1) / 86_400_000);
});
