import type { Page } from '@playwright/test';
import type { StancemapWindow } from './support/handle.ts';
import { expect, test, waitForReady } from './support/fixtures.ts';
import { drawnArrows, flaggedArrows, jumpTo, renderedIds, waitForIdle } from './support/map.ts';

const slider = (page: Page) => page.getByRole('slider', { name: 'Timeline' });

async function currentIso(page: Page): Promise<string> {
  return page.evaluate(() => {
    const { store } = (window as unknown as StancemapWindow).__stancemap;
    return new Date(store.getState().t * 86_400_000).toISOString().slice(0, 10);
  });
}

async function listedStances(page: Page): Promise<string[]> {
  const ids = await page.locator('#list .entry--stance').evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
  return ids.sort();
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await waitForReady(page);
});

test('the timeline is a slider named Timeline whose value is read as a date in words', async ({ page }) => {
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 March 2017: China: joining forces with Russia against THAAD');
  await expect(page.locator('.timeline__date')).toHaveText('1 March 2017');
});

test('moving the slider changes what the map draws', async ({ page }) => {
  await jumpTo(page, [150, 45], 0.6);
  const before = await drawnArrows(page);
  expect(before).toContain('china-cooperates-russia');
  await slider(page).focus();
  await page.keyboard.press('Home');
  await waitForIdle(page);
  expect(await currentIso(page)).toBe('2016-01-01');
  expect(await drawnArrows(page)).toEqual(['trump-criticizes-south-korea']);
});

test('keyboard stepping moves between the dates where the story changes', async ({ page }) => {
  await slider(page).focus();
  await page.keyboard.press('PageDown');
  expect(await currentIso(page)).toBe('2017-02-28');
  await expect(page.locator('.timeline__event')).toHaveText('Russia: teaming up with China against THAAD');
  await page.keyboard.press('PageDown');
  expect(await currentIso(page)).toBe('2017-02-01');
  await page.keyboard.press('ArrowRight');
  expect(await currentIso(page)).toBe('2017-02-02');
  await page.keyboard.press('PageUp');
  expect(await currentIso(page)).toBe('2017-02-28');
  await page.keyboard.press('End');
  expect(await currentIso(page)).toBe('2017-08-31');
});

test('playback advances through the story and stops at the end of the axis', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Playback speed' }).selectOption('2');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 });
  // Past the last change (1 August, the month-long deployment begins) to the axis's last day.
  expect(await currentIso(page)).toBe('2017-08-31');
  await expect(page.locator('.timeline__event')).toHaveText('THAAD to be deployed by August');
});

test('in playback the map draws each step in the frame after the page, and is on the paused date the moment playback stops', async ({ page }) => {
  await jumpTo(page, [150, 45], 0.6);
  await slider(page).focus();
  await page.keyboard.press('Home');
  await waitForIdle(page);
  const seen = await page.evaluate(() => new Promise<{ behind: number; caughtUp: boolean[]; atPause: boolean; list: string }>((resolve) => {
    const { store, arrows, model } = (window as unknown as StancemapWindow).__stancemap;
    const listed = (): string => [...document.querySelectorAll('#list .entry--stance')].map((e) => e.getAttribute('data-id') ?? '').sort().join();
    const drawn = (): string => arrows.inView().map((i) => model.stances[i]?.stance.id ?? '').sort().join();
    const caughtUp: boolean[] = [];
    let behind = 0;
    // Subscribed after the app, so the page has taken each step when this runs.
    const unsubscribe = store.subscribe((state, previous) => {
      if (!state.playing && previous.playing) resolve({ behind, caughtUp, atPause: false, list: 'playback ended first' });
      if (state.t === previous.t || !state.playing || listed() === drawn()) return;
      behind++;
      if (behind < 2) {
        requestAnimationFrame(() => caughtUp.push(listed() === drawn()));
        return;
      }
      // Paused while the map is still a step behind: it must catch up at once.
      unsubscribe();
      queueMicrotask(() => {
        store.dispatch({ type: 'setPlaying', playing: false });
        resolve({ behind, caughtUp, atPause: listed() === drawn(), list: listed() });
      });
    });
    store.dispatch({ type: 'setSpeed', speed: 2 });
    store.dispatch({ type: 'setPlaying', playing: true });
  }));
  expect(seen.behind).toBe(2);
  expect(seen.caughtUp).toEqual([true]);
  expect(seen.atPause).toBe(true);
  expect(seen.list.length).toBeGreaterThan(0);
});

test('in playback a step waits while the GPU is still drawing the last frame of arrows, is drawn once it has, and pausing draws it at once', async ({ page }) => {
  await jumpTo(page, [150, 45], 0.6);
  await slider(page).focus();
  await page.keyboard.press('Home');
  await waitForIdle(page);
  const seen = await page.evaluate(() => new Promise<{ whileBusy: boolean[]; afterBusy: boolean; atPause: boolean }>((resolve) => {
    const { store, arrows, model } = (window as unknown as StancemapWindow).__stancemap;
    const listed = (): string => [...document.querySelectorAll('#list .entry--stance')].map((e) => e.getAttribute('data-id') ?? '').sort().join();
    const drawn = (): string => arrows.inView().map((i) => model.stances[i]?.stance.id ?? '').sort().join();
    const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));
    const realDrawing = arrows.drawing.bind(arrows);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.t === previous.t || !state.playing || listed() === drawn()) return;
      unsubscribe();
      // From this step on the GPU reports the arrows' last frame unfinished (the
      // step's wait began just now: with the real GPU, earlier steps did not wait).
      let busy = true;
      arrows.drawing = () => busy || realDrawing();
      void (async () => {
        const whileBusy: boolean[] = [];
        for (let i = 0; i < 5; i++) {
          await nextFrame();
          whileBusy.push(listed() !== drawn());
        }
        busy = false;
        await nextFrame();
        await nextFrame();
        const afterBusy = listed() === drawn();
        // Paused on a later step while the map is held a step behind again.
        busy = true;
        const again = store.subscribe((s, p) => {
          if (s.t === p.t || !s.playing || listed() === drawn()) return;
          again();
          queueMicrotask(() => {
            store.dispatch({ type: 'setPlaying', playing: false });
            resolve({ whileBusy, afterBusy, atPause: listed() === drawn() });
          });
        });
      })();
    });
    store.dispatch({ type: 'setSpeed', speed: 2 });
    store.dispatch({ type: 'setPlaying', playing: true });
  }));
  expect(seen.whileBusy).toEqual([true, true, true, true, true]);
  expect(seen.afterBusy).toBe(true);
  expect(seen.atPause).toBe(true);
});

test('what changed since the last step is marked in the list and glows on the map', async ({ page }) => {
  await slider(page).focus();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageUp');
  // 28 February: the land swap, Russia's statement, Geng's warnings and China's standing opposition.
  await expect(page.locator('#list .entry--new')).toHaveCount(7);
  await expect(page.locator('#list .entry--new[data-id="russia-opposes-thaad"]')).toBeVisible();
  const glowing = await flaggedArrows(page, 'flashing');
  expect(glowing).toContain('russia-opposes-thaad');
});

test('the text list matches the map at three dates', async ({ page }) => {
  await jumpTo(page, [150, 45], 0.6);
  for (const t of ['2016-06-01', '2017-02-28', '2017-03-01']) {
    await page.evaluate((iso) => {
      const { store } = (window as unknown as StancemapWindow).__stancemap;
      store.dispatch({ type: 'setDate', t: Date.parse(iso) / 86_400_000 });
    }, t);
    await waitForIdle(page);
    expect(await listedStances(page), t).toEqual(await drawnArrows(page));
  }
});

test('selecting an entry in the list selects the arrow on the map', async ({ page }) => {
  await page.locator('#list .entry__select[data-id="usa-supports-thaad"]').click();
  await expect(page.locator('#detail h2')).toHaveText('United States supports THAAD');
  await waitForIdle(page);
  expect(await renderedIds(page, 'stance-label')).toEqual(['usa-supports-thaad']);
  await expect(page).toHaveURL(/#sel=usa-supports-thaad$/);
});

test('filters by type and by actor apply to the map and the list alike, and go in the URL', async ({ page }) => {
  await jumpTo(page, [150, 45], 0.6);
  await page.locator('.legend').getByRole('button', { name: /^warns/ }).click();
  await waitForIdle(page);
  const lines = await drawnArrows(page);
  expect(lines.some((id) => id.includes('warns'))).toBe(false);
  expect(await listedStances(page)).toEqual(lines);
  await page.getByLabel('Focus on').selectOption('russia');
  await expect(page.locator('#list .entry--dim[data-id="china-opposes-thaad"]')).toBeVisible();
  await expect(page.locator('#list .entry--dim[data-id="russia-opposes-thaad"]')).toHaveCount(0);
  await expect(page).toHaveURL(/focus=russia/);
  await expect(page).toHaveURL(/hide=warns/);
});

test('moving the slider updates the URL without adding history entries', async ({ page }) => {
  const length = await page.evaluate(() => history.length);
  await slider(page).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/#t=2017-02-24$/);
  expect(await page.evaluate(() => history.length)).toBe(length);
});

test('a deep link restores date, selection and camera', async ({ page }) => {
  await page.goto('./#t=2017-02-28&sel=russia-opposes-thaad&cam=127.5,36.8,5.6');
  await page.reload();
  await waitForReady(page);
  expect(await currentIso(page)).toBe('2017-02-28');
  await expect(page.locator('#detail h2')).toHaveText('Russia opposes THAAD');
  const camera = await page.evaluate(() => {
    const { map } = (window as unknown as StancemapWindow).__stancemap;
    return [map.getCenter().lng, map.getCenter().lat, map.getZoom()].map((n) => Math.round(n * 10) / 10);
  });
  expect(camera).toEqual([127.5, 36.8, 5.6]);
  expect(await drawnArrows(page)).not.toContain('china-cooperates-russia');
});

test('bad values in a link are ignored with a visible note', async ({ page }) => {
  await page.goto('./#t=2017-02-30&sel=nobody&cam=oops');
  await page.reload();
  await waitForReady(page);
  const notes = page.locator('#link-notes');
  await expect(notes).toBeVisible();
  await expect(notes).toContainText('date "2017-02-30" is not a calendar date');
  await expect(notes).toContainText('nothing in this story is called "nobody"');
  expect(await currentIso(page)).toBe('2017-03-01');
});
