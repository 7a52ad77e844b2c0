import type { Page } from '@playwright/test';
import type { StancemapWindow } from './support/handle.ts';
import { expect, test, waitForReady } from './support/fixtures.ts';
import { drawnArrows, renderedIds, waitForIdle } from './support/map.ts';

// A map's WebGL context can go at any moment (a phone reclaiming GPU memory,
// a GPU process restart, too many maps on a page). These tests take it away
// with WEBGL_lose_context: the map comes back at the same frame when the
// context returns, and a still picture takes its place when it does not.

// MapLibre warns that it cannot restore custom layers itself; the app re-adds its own.
test.beforeEach(({ watch }) => watch.expectConsole(/WebGL context was lost|CONTEXT_LOST_WEBGL/));

type LossWindow = StancemapWindow & { __loss?: WEBGL_lose_context };

/** Loses the live map's context, keeping the extension to restore it with. */
async function loseContext(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as LossWindow;
    const gl = w.__stancemap.map.getCanvas().getContext('webgl2');
    w.__loss = gl?.getExtension('WEBGL_lose_context') ?? undefined;
    w.__loss?.loseContext();
  });
}

async function restoreContext(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as LossWindow).__loss?.restoreContext());
}

/** Before the app starts: the first WebGL 2 context made loses itself after `loseAfter` ms, and comes back after `restoreAfter` (never, if undefined). */
async function loseFirstContext(page: Page, loseAfter: number, restoreAfter?: number): Promise<void> {
  await page.addInitScript(([lose, restore]) => {
    const proto = HTMLCanvasElement.prototype as unknown as { getContext: (this: HTMLCanvasElement, type: string, ...rest: unknown[]) => RenderingContext | null };
    const getContext = proto.getContext;
    let done = false;
    proto.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      const context = getContext.call(this, type, ...rest);
      if (type === 'webgl2' && context && !done) {
        done = true;
        const ext = (context as WebGL2RenderingContext).getExtension('WEBGL_lose_context');
        setTimeout(() => ext?.loseContext(), lose);
        if (restore !== undefined) setTimeout(() => ext?.restoreContext(), restore);
      }
      return context;
    };
  }, [loseAfter, restoreAfter] as const);
}

/**
 * How many pixels of the map canvas are strongly coloured: the arrows and
 * their badges (the basemap is pale). Read inside a render, as canvasColorAt does.
 */
async function colouredPixels(page: Page): Promise<number> {
  await waitForIdle(page);
  return page.evaluate(() => new Promise<number>((resolve) => {
    const { map } = (window as unknown as StancemapWindow).__stancemap;
    map.once('render', () => {
      const canvas = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d');
      if (!ctx) return resolve(-1);
      ctx.drawImage(canvas, 0, 0);
      const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i] ?? 0;
        const g = data[i + 1] ?? 0;
        const b = data[i + 2] ?? 0;
        if (Math.max(r, g, b) - Math.min(r, g, b) > 90) n++;
      }
      resolve(n);
    });
    map.triggerRepaint();
  }));
}

const sliderText = (page: Page): Promise<string | null> => page.getByRole('slider', { name: 'Timeline' }).getAttribute('aria-valuetext');

interface Seen { arrows: string[]; places: string[]; slider: string | null; selected: string[]; pixels: number }

async function whatIsShown(page: Page): Promise<Seen> {
  const pixels = await colouredPixels(page);
  return {
    arrows: await drawnArrows(page),
    places: await renderedIds(page, 'place-marks'),
    slider: await sliderText(page),
    selected: await page.evaluate(() => (window as unknown as StancemapWindow).__stancemap.arrows.flagged('selected').map(String)),
    pixels,
  };
}

function expectSameFrame(after: Seen, fresh: Seen): void {
  expect({ ...after, pixels: 0 }).toEqual({ ...fresh, pixels: 0 });
  // The arrows are drawn again, not only listed: about as many coloured pixels as a fresh page.
  expect(after.pixels).toBeGreaterThan(fresh.pixels * 0.9);
  expect(after.pixels).toBeLessThan(fresh.pixels * 1.1);
}

test('a context lost after ready comes back at the date, selection and camera the reader has now', async ({ page }) => {
  test.slow();
  const target = '#t=2017-03-07&sel=china-opposes-thaad&cam=124.0,36.0,3.6';
  await page.goto('./#t=2017-02-28&cam=124.0,36.0,3.6');
  await waitForReady(page);
  await loseContext(page);
  await expect.poll(() => page.evaluate(() => (window as unknown as StancemapWindow).__stancemap.map.getCanvas().getContext('webgl2')?.isContextLost())).toBe(true);
  // The reader moves on while the map is gone.
  await page.evaluate(() => {
    const { store } = (window as unknown as StancemapWindow).__stancemap;
    store.dispatch({ type: 'setDate', t: Date.UTC(2017, 2, 7) / 86_400_000 });
    store.dispatch({ type: 'select', id: 'china-opposes-thaad' });
  });
  await restoreContext(page);
  await expect.poll(() => page.evaluate(() => (window as unknown as StancemapWindow).__stancemap.map.getLayer('stance-arrows') !== undefined)).toBe(true);
  const after = await whatIsShown(page);
  await page.goto(`./${target}`);
  await waitForReady(page);
  expectSameFrame(after, await whatIsShown(page));
});

test('a context lost before ready comes back and the page reaches ready with the arrows drawn; lost for good later, the still takes its place', async ({ page }) => {
  test.slow();
  await loseFirstContext(page, 200, 1200);
  await page.goto('./#t=2017-03-07&cam=124.0,36.0,3.6');
  await waitForReady(page);
  expect(await page.evaluate(() => (window as unknown as StancemapWindow).__stancemap.shown())).toBe('live');
  const back = await whatIsShown(page);
  expect(back.arrows.length).toBeGreaterThan(5);
  expect(back.pixels).toBeGreaterThan(500);
  // Now lost and never back: after the grace period the still picture, with its note, and the page stays ready.
  await page.getByRole('slider', { name: 'Timeline' }).focus();
  await loseContext(page);
  await page.keyboard.press('Home');
  await expect(page.locator('svg.svg-fallback')).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('.fallback-note')).toContainText('took back the interactive map');
  expect(await page.evaluate(() => (window as unknown as StancemapWindow).__stancemap.map)).toBeUndefined();
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
  // The still shows the date the reader moved to while the map was gone (one stance at the start).
  await expect.poll(() => page.locator('svg.svg-fallback .svg-stance').count()).toBe(1);
});

test('a context lost before ready that never comes back gives a ready page with the still picture', async ({ page }) => {
  await loseFirstContext(page, 100);
  await page.goto('./?mode=embed#t=2017-03-07');
  await waitForReady(page);
  await expect(page.locator('svg.svg-fallback')).toBeVisible();
  expect(await page.locator('svg.svg-fallback .svg-stance').count()).toBeGreaterThan(5);
  await expect(page.locator('.fallback-note')).toContainText('took back the interactive map');
});

test('a context lost during playback, and in a briefing, comes back at the frame the slider shows', async ({ page }) => {
  test.slow();
  await page.goto('./#t=2016-12-01&cam=124.0,36.0,3.6');
  await waitForReady(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await loseContext(page);
  await page.waitForTimeout(700);
  await restoreContext(page);
  await page.waitForTimeout(700);
  await page.getByRole('button', { name: 'Pause' }).click();
  const t = await page.evaluate(() => (window as unknown as StancemapWindow).__stancemap.store.getState().t);
  const after = await whatIsShown(page);
  const date = new Date(t * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`./#t=${date}&cam=124.0,36.0,3.6`);
  await waitForReady(page);
  expectSameFrame(after, await whatIsShown(page));

  await page.goto('./?mode=present#scene=4');
  await waitForReady(page);
  const before = await colouredPixels(page);
  await loseContext(page);
  await page.keyboard.press('PageDown');
  await restoreContext(page);
  await expect(page.locator('.present__counter')).toHaveText('5 / 8');
  await expect.poll(() => page.evaluate(() => (window as unknown as StancemapWindow).__stancemap.map.getLayer('stance-arrows') !== undefined)).toBe(true);
  await waitForIdle(page);
  const scene5 = await colouredPixels(page);
  await page.goto('./?mode=present#scene=5');
  await waitForReady(page);
  const fresh = await colouredPixels(page);
  expect(before).toBeGreaterThan(0);
  expect(scene5).toBeGreaterThan(fresh * 0.9);
  expect(scene5).toBeLessThan(fresh * 1.1);
});
