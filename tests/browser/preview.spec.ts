import type { Page } from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Story } from '../../src/core/schema/story.schema.ts';
import type { StancemapWindow } from './support/handle.ts';
import { expect, test, waitForReady } from './support/fixtures.ts';
import { waitForIdle } from './support/map.ts';

// The studio's preview (src/mount/preview.ts) through its test hook
// (?mode=edit&preview-test): one map, given one version of the story after another.

type PreviewWindow = StancemapWindow & { __stancemap: { preview: { show(story: Story): void } } } & { __firstMap?: MapLibreMap };

/** Ids of the places in the map's places source (drawn or not: the source is what a new version replaces). */
async function placeIdsInSource(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { map } = (window as unknown as PreviewWindow).__stancemap;
    return [...new Set(map.querySourceFeatures('places').map((f) => String(f.properties.id)))].sort();
  });
}

test('a new version of the story is shown on the same map, at the same view, keeping the selection', async ({ page }) => {
  await page.goto('./?mode=edit&preview-test');
  await waitForReady(page);
  await waitForIdle(page);
  const before = await page.evaluate(() => {
    const w = window as unknown as PreviewWindow;
    w.__firstMap = w.__stancemap.map;
    w.__stancemap.store.dispatch({ type: 'select', id: 'china-opposes-thaad' });
    const c = w.__stancemap.map.getCenter();
    return { center: [c.lng, c.lat], zoom: w.__stancemap.map.getZoom() };
  });
  expect(await placeIdsInSource(page)).not.toContain('busan');

  // The author adds a place, an actor there and a stance from it.
  await page.evaluate(() => {
    const w = window as unknown as PreviewWindow;
    const story = structuredClone(w.__stancemap.model.story);
    story.places.push({ id: 'busan', name: 'Busan', coordinates: [129.075, 35.18], kind: 'city' });
    story.actors.push({ id: 'busan-mayor', name: 'Mayor of Busan', kind: 'person', place: 'busan' });
    story.stances.push({ id: 'busan-mayor-supports-thaad', from: 'busan-mayor', to: 'thaad', type: 'supports', start: '2017-02-01', quote: 'We welcome it.' });
    w.__stancemap.preview.show(story);
  });
  await waitForIdle(page);

  const after = await page.evaluate(() => {
    const w = window as unknown as PreviewWindow;
    const { map, arrows, model, store } = w.__stancemap;
    const c = map.getCenter();
    const drawn = [...arrows.drawn()].map((i) => model.stances[i]?.stance.id ?? '');
    return { same: map === w.__firstMap, center: [c.lng, c.lat], zoom: map.getZoom(), drawn, selected: store.getState().selected };
  });
  expect(after.same).toBe(true);
  expect(after.center[0]).toBeCloseTo(before.center[0] ?? NaN, 6);
  expect(after.center[1]).toBeCloseTo(before.center[1] ?? NaN, 6);
  expect(after.zoom).toBeCloseTo(before.zoom, 6);
  expect(after.drawn).toContain('busan-mayor-supports-thaad');
  expect(after.selected).toBe('china-opposes-thaad');
  await expect.poll(() => placeIdsInSource(page)).toContain('busan');
  await expect(page.locator('#list')).toContainText('Mayor of Busan');

  // A version without the selected stance: the selection goes, the map stays.
  await page.evaluate(() => {
    const w = window as unknown as PreviewWindow;
    const story = structuredClone(w.__stancemap.model.story);
    story.stances = story.stances.filter((s) => s.id !== 'china-opposes-thaad');
    w.__stancemap.preview.show(story);
  });
  const last = await page.evaluate(() => {
    const w = window as unknown as PreviewWindow;
    return { same: w.__stancemap.map === w.__firstMap, selected: w.__stancemap.store.getState().selected, measures: performance.getEntriesByName('stancemap:preview-update').length };
  });
  expect(last).toEqual({ same: true, selected: '', measures: 3 });
  await expect(page.locator('#list')).toContainText('Mayor of Busan');
  // The page's address is left alone: the studio's must stay as it is.
  expect(new URL(page.url()).hash).toBe('');
});
