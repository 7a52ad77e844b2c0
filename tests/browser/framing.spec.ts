import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { StancemapWindow } from './support/handle.ts';
import { expect, test, waitForReady } from './support/fixtures.ts';
import { waitForIdle } from './support/map.ts';

// The opening view and the briefing's scenes are framed for the space the
// panels leave free: every place that ends an arrow drawn at the date, or
// where the current event happens, is on the map and under no panel; the
// labels of the current event's places, and of a scene's focus, are placed.

const NORD_STREAM = readFileSync(new URL('../fixtures/stories/nord-stream.json', import.meta.url));

interface Misplaced { place: string; why: string }

/** The places that must be seen, each checked at its mark on whichever world copy is on screen. */
async function misplaced(page: Page, which: 'arrows' | 'scene'): Promise<Misplaced[]> {
  return page.evaluate((what) => {
    const { map, arrows, model, store } = (window as unknown as StancemapWindow).__stancemap;
    const state = store.getState();
    const ids = new Set<string>();
    // Places whose label must be placed, not only their mark shown: the current event's, or the scene's focus.
    const labelled = new Set<string>();
    if (what === 'arrows') {
      for (const i of arrows.drawn()) {
        const s = model.stances[i];
        if (s) ids.add(s.fromPlace.place.id).add(s.toPlace.place.id);
      }
      for (const e of model.events) if (e.date.first <= state.t && state.t <= e.date.last) for (const p of e.places) { ids.add(p.place.id); labelled.add(p.place.id); }
    } else {
      const scene = model.story.scenes?.[state.scene];
      for (const id of scene?.focus ?? []) {
        const named = model.byId.get(id);
        if (named?.kind === 'place') ids.add(id);
        if (named?.kind === 'actor') ids.add(named.actor.place);
        if (named?.kind === 'stance') ids.add(named.node.fromPlace.place.id).add(named.node.toPlace.place.id);
        if (named?.kind === 'event') for (const p of named.node.places) ids.add(p.place.id);
      }
      for (const id of ids) labelled.add(id);
    }
    const canvas = map.getCanvas();
    const box = canvas.getBoundingClientRect();
    const world = map.getProjection()?.type === 'globe' ? 0 : 512 * 2 ** map.getZoom();
    const out: { place: string; why: string }[] = [];
    for (const id of ids) {
      const place = model.places.get(id);
      if (!place) continue;
      const p = map.project(place.position);
      const xs = world > 0 ? [-2, -1, 0, 1, 2].map((k) => p.x + k * world) : [p.x];
      const x = xs.find((v) => v >= 0 && v <= box.width);
      if (x === undefined || p.y < 0 || p.y > box.height) { out.push({ place: id, why: `off the map at ${Math.round(p.x)},${Math.round(p.y)}` }); continue; }
      const top = document.elementFromPoint(box.left + x, box.top + p.y);
      if (top !== canvas) out.push({ place: id, why: `under ${top?.className || top?.tagName}` });
    }
    const placed = new Set(map.queryRenderedFeatures({ layers: ['place-labels'] }).map((f) => String(f.properties.id)));
    // A place whose mark sits in a crowd is named, as a whole word, on the label of the crowd's first place (core/labelLayout.ts).
    const layout = map.getGlobalState().labelLayout as { gathered: Record<string, string>; named: string[] };
    const namedBy = (id: string): string | undefined => {
      if (!layout.named.includes(id)) return undefined;
      const name = (model.places.get(id)?.place.name ?? id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const word = new RegExp(`(^|[ ,])${name}([ ,]|$)`);
      return Object.keys(layout.gathered).find((lead) => placed.has(lead.slice(1)) && word.test(layout.gathered[lead] ?? ''));
    };
    for (const id of labelled) if (!placed.has(id) && !namedBy(id)) out.push({ place: id, why: 'its label is not placed' });
    return out;
  }, which);
}

for (const size of [{ width: 375, height: 667 }, { width: 390, height: 844 }, { width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
  test(`the THAAD story opens with every arrow's ends and the current event's places on the map and under no panel, at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('./');
    await waitForReady(page);
    await waitForIdle(page);
    expect(await misplaced(page, 'arrows')).toEqual([]);
  });
}

test('an embed in a 640×420 frame shows the date, the slider and the credit without scrolling, and every arrow\'s ends on the map under no panel', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 420 });
  await page.goto('./?mode=embed');
  await waitForReady(page);
  await waitForIdle(page);
  for (const part of [page.getByRole('slider', { name: 'Timeline' }), page.locator('.timeline__date'), page.locator('#credit'), page.locator('#map')]) {
    const box = await part.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 420 && box.height > 0).toBe(true);
  }
  expect(await page.evaluate(() => document.scrollingElement?.scrollHeight)).toBeLessThanOrEqual(420);
  expect(await misplaced(page, 'arrows')).toEqual([]);
});

test('a story from another region, opened from a file, is framed the same way on a phone, at 1280×800 and 1920×1080', async ({ page }) => {
  await page.goto('./');
  await waitForReady(page);
  for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    await page.getByLabel('Open a story file').setInputFiles({ name: 'nord-stream.json', mimeType: 'application/json', buffer: NORD_STREAM });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who blamed whom for the Nord Stream blasts');
    await waitForReady(page);
    await waitForIdle(page);
    expect(await misplaced(page, 'arrows'), `${size.width}`).toEqual([]);
  }
});

test('every scene of the briefing shows the places it focuses on, clear of the caption, at 1920×1080, 1280×720 and on a phone', async ({ page }) => {
  test.slow();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(size);
    await page.goto('./?mode=present');
    await waitForReady(page);
    const scenes = await page.evaluate(() => (window as unknown as StancemapWindow).__stancemap.model.story.scenes?.length ?? 0);
    for (let i = 0; i < scenes; i++) {
      if (i > 0) await page.keyboard.press('PageDown');
      await expect(page.locator('.present__counter')).toHaveText(`${i + 1} / ${scenes}`);
      await waitForIdle(page);
      expect(await misplaced(page, 'scene'), `scene ${i + 1} at ${size.width}×${size.height}`).toEqual([]);
    }
  }
});

test('a briefing opened at a scene on a phone frames that scene clear of its caption, from the first view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?mode=present#scene=6');
  await waitForReady(page);
  await expect(page.locator('.present__counter')).toHaveText('6 / 8');
  await waitForIdle(page);
  expect(await misplaced(page, 'scene')).toEqual([]);
});
