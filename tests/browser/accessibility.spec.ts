import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { StancemapWindow } from './support/handle.ts';
import { expect, test, waitForReady } from './support/fixtures.ts';

// WCAG 2.2 AA through axe-core in every mode and the states a reader reaches.

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
}

test('explore mode has no axe violations at first load, after moving the slider and with the detail panel open', async ({ page }) => {
  await page.goto('./');
  await waitForReady(page);
  expect(await violations(page)).toEqual([]);
  await page.getByRole('slider', { name: 'Timeline' }).focus();
  await page.keyboard.press('PageDown');
  expect(await violations(page)).toEqual([]);
  await page.locator('#list .entry__select[data-id="russia-opposes-thaad"]').click();
  await expect(page.locator('#detail h2')).toHaveText('Russia opposes THAAD');
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('button', { name: 'Embed' }).click();
  expect(await violations(page)).toEqual([]);
});

for (const [mode, url] of [['embed', './?mode=embed#sel=china-opposes-thaad'], ['present', './?mode=present#scene=3']] as const) {
  test(`${mode} mode has no axe violations`, async ({ page }) => {
    await page.goto(url);
    await waitForReady(page);
    expect(await violations(page)).toEqual([]);
  });
}

test('the speaker-notes window has no axe violations', async ({ page }) => {
  await page.goto('./?mode=notes#scene=2');
  await waitForReady(page);
  expect(await violations(page)).toEqual([]);
});

test('on a phone the page has no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('./#sel=china-opposes-thaad');
  await waitForReady(page);
  expect(await violations(page)).toEqual([]);
});

test('the map has a name and a description of what it shows, and steps are announced politely', async ({ page }) => {
  await page.goto('./');
  await waitForReady(page);
  const map = page.getByRole('region', { name: 'Map of the story' });
  await expect(map).toHaveAccessibleDescription(/^1 March 2017: 22 stances\. China opposes THAAD; Russia opposes THAAD;/);
  await page.getByRole('slider', { name: 'Timeline' }).focus();
  await page.keyboard.press('PageDown');
  const live = page.locator('#announcer');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await expect(live).toHaveText(/^28 February 2017\. .* Not yet begun: .*\. 8 stances in all\.$/);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageUp');
  await expect(live).toHaveText(/^28 February 2017\. .* New: .*Russia opposes THAAD.*\. 8 stances in all\.$/);
  await expect(map).toHaveAccessibleDescription(/^28 February 2017: 8 stances\./);
});

test('local names carry their language', async ({ page }) => {
  await page.goto('./#sel=seoul');
  await waitForReady(page);
  await expect(page.locator('#detail [lang="ko"]')).toHaveText('서울');
  await page.goto('./#sel=moscow');
  await waitForReady(page);
  await expect(page.locator('#detail [lang="ru"]')).toHaveText('Москва');
});

test('a keyboard-only walk reaches every stance\'s quote, with a visible focus and no trap in the map', async ({ page }) => {
  await page.goto('./');
  await waitForReady(page);
  const total = await page.evaluate(() => (window as unknown as StancemapWindow).__stancemap.model.stances.length);
  const quotes = new Set<string>();
  let passedMap = false;
  for (let i = 0; i < 400 && quotes.size < total; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return null;
      const style = getComputedStyle(el);
      return {
        tag: el.tagName, cls: el.className, summary: el.tagName === 'SUMMARY', inEntry: el.closest('.entry--stance')?.getAttribute('data-id') ?? '',
        outlined: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none', canvas: el.tagName === 'CANVAS',
      };
    });
    if (!focused) continue;
    expect(focused.outlined, `${focused.tag}.${String(focused.cls)} shows its focus`).toBe(true);
    if (focused.canvas) passedMap = true;
    if (focused.summary && focused.inEntry) {
      await page.keyboard.press('Enter');
      const quote = page.locator(`.entry--stance[data-id="${focused.inEntry}"] blockquote`);
      await expect(quote).toBeVisible();
      if (((await quote.textContent()) ?? '').length > 10) quotes.add(focused.inEntry);
    }
  }
  expect(passedMap).toBe(true);
  expect(quotes.size).toBe(total);
});

test('arrow keys move the date only while the slider has focus, and Enter on an entry selects its arrow', async ({ page }) => {
  await page.goto('./');
  await waitForReady(page);
  await page.locator('#list .entry__select[data-id="china-opposes-thaad"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#detail h2')).toHaveText('China opposes THAAD');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test('map, timeline and list fit at 375 px, touch targets are 44 px, and a tap on the track scrubs', async ({ page }) => {
    await page.goto('./');
    await waitForReady(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    for (const name of ['Play', 'Previous event', 'Next event']) {
      const box = await page.getByRole('button', { name }).boundingBox();
      expect(box?.height, name).toBeGreaterThanOrEqual(44);
      expect(box?.width, name).toBeGreaterThanOrEqual(44);
    }
    const range = page.getByRole('slider', { name: 'Timeline' });
    const box = await range.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await range.tap({ position: { x: 4, y: (box?.height ?? 44) / 2 } });
    const t = await page.evaluate(() => new Date((window as unknown as StancemapWindow).__stancemap.store.getState().t * 86_400_000).toISOString().slice(0, 4));
    expect(t).toBe('2016');
    await expect(page.locator('#list .entry--stance')).toHaveCount(1);
  });

  test('the detail opens as a bottom sheet', async ({ page }) => {
    await page.goto('./#sel=china-opposes-thaad');
    await waitForReady(page);
    const sheet = await page.locator('#detail').boundingBox();
    expect(sheet?.y ?? 0).toBeGreaterThan(100);
    expect((sheet?.y ?? 0) + (sheet?.height ?? 0)).toBeCloseTo(667, -1);
    await page.getByRole('button', { name: 'Close detail' }).tap();
    await expect(page.locator('#detail')).toBeHidden();
  });

  for (const size of [{ width: 320, height: 640 }, { width: 667, height: 375 }]) {
    test(`nothing overflows sideways at ${size.width}×${size.height}`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto('./');
      await waitForReady(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    });
  }
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('there are no camera flights and no animations', async ({ page }) => {
    await page.goto('./?mode=present');
    await waitForReady(page);
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (window as unknown as StancemapWindow).__stancemap.map.isMoving())).toBe(false);
    await page.goto('./');
    await waitForReady(page);
    await page.getByRole('slider', { name: 'Timeline' }).focus();
    await page.keyboard.press('PageDown');
    const animated = await page.evaluate(() => document.getAnimations().length);
    expect(animated).toBe(0);
  });
});

test('the toolbar\'s More menu opens from the keyboard, and Escape closes it and gives focus back to its button', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
  const more = page.getByRole('button', { name: 'More' });
  await expect(page.getByRole('button', { name: 'Export' })).toBeHidden();
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  for (const name of ['Embed', 'Export', 'Open…']) await expect(page.getByRole('button', { name })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Present' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Embed' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('button', { name: 'Embed' })).toBeHidden();
  await expect(more).toBeFocused();
  // A dialog opened from the menu gives focus back to More when it closes.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(more).toBeFocused();
});
