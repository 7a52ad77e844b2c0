import type { StancemapWindow } from './handle.ts';
import type { Page } from '@playwright/test';

// Reads what the map has actually drawn, through the handle the app exposes
// for tests (window.__stancemap): rendered features, not the DOM. MapLibre
// also returns features the frame leaves transparent (the app shows a date
// with feature state), so each query keeps only those with state "on", as
// src/map/frameFeatureStates.ts isDrawn does.

export async function renderedIds(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((layerId) => {
    const { map } = (window as unknown as StancemapWindow).__stancemap;
    const drawn = map.queryRenderedFeatures({ layers: [layerId] }).filter((f) => !['stances', 'stance-heads', 'stance-glyphs', 'areas'].includes(f.source.split('~')[0] ?? '') || f.state.on === true);
    const ids = drawn.map((f) => String(f.properties.id));
    return [...new Set(ids)].sort();
  }, layer);
}

export async function renderedProperty(page: Page, layer: string, key: string): Promise<string[]> {
  return page.evaluate(([layerId, prop]) => {
    const { map } = (window as unknown as StancemapWindow).__stancemap;
    const drawn = map.queryRenderedFeatures({ layers: [layerId ?? ''] }).filter((f) => !['stances', 'stance-heads', 'stance-glyphs', 'areas'].includes(f.source.split('~')[0] ?? '') || f.state.on === true);
    return [...new Set(drawn.map((f) => String(f.properties[prop ?? ''])))];
  }, [layer, key]);
}

export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => {
    const { map } = (window as unknown as StancemapWindow).__stancemap;
    if (map.loaded() && !map.isMoving()) {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    } else {
      map.once('idle', () => resolve());
    }
  }));
}

export async function jumpTo(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(([c, z]) => {
    const { map } = (window as unknown as StancemapWindow).__stancemap;
    map.jumpTo({ center: c, zoom: z });
  }, [center, zoom] as const);
  await waitForIdle(page);
}

/**
 * A screen point on the stance's arrow where no other arrow can be hit, so a
 * click there means that arrow and nothing else.
 */
export async function pointOnlyOn(page: Page, stanceId: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((id) => {
    const { map } = (window as unknown as StancemapWindow).__stancemap;
    const line = map.querySourceFeatures('stances').find((f) => f.properties.id === id);
    if (!line || line.geometry.type !== 'LineString') return null;
    const coords = line.geometry.coordinates;
    for (let i = Math.floor(coords.length / 4); i < coords.length - 2; i++) {
      const p = map.project(coords[i] as [number, number]);
      const { width, height } = map.getCanvas().getBoundingClientRect();
      if (p.x < 20 || p.y < 20 || p.x > width - 20 || p.y > height - 20) continue;
      const hits = map.queryRenderedFeatures([[p.x - 3, p.y - 3], [p.x + 3, p.y + 3]], { layers: ['stance-hit', 'place-marks', 'place-labels', 'stance-glyphs'] })
        .filter((f) => !['stances', 'stance-heads', 'stance-glyphs', 'areas'].includes(f.source.split('~')[0] ?? '') || f.state.on === true);
      if (hits.length > 0 && hits.every((f) => f.properties.id === id)) {
        const rect = map.getCanvas().getBoundingClientRect();
        return { x: rect.left + p.x, y: rect.top + p.y };
      }
    }
    return null;
  }, stanceId);
  if (!point) throw new Error(`no clear point on ${stanceId}`);
  return point;
}
