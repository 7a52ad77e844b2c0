import type { StancemapWindow } from './handle.ts';
import type { Page } from '@playwright/test';

// Reads what the map has actually drawn, through the handle the app exposes
// for tests (window.__stancemap): rendered features, not the DOM. MapLibre
// also returns features the frame leaves transparent (the app shows a date
// with feature state), so area queries keep only those with state "on". The
// arrows are drawn by the app's own layer, which says which stances it draws
// and which are in view or under a point.

export async function renderedIds(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((layerId) => {
    const { map } = (window as unknown as StancemapWindow).__stancemap;
    const drawn = map.queryRenderedFeatures({ layers: [layerId] }).filter((f) => f.source !== 'areas' || f.state.on === true);
    const ids = drawn.map((f) => String(f.properties.id));
    return [...new Set(ids)].sort();
  }, layer);
}

/** Ids of the arrows drawn at the current date that are in view (or within `px` of a place on the map). */
export async function drawnArrows(page: Page, around?: { lngLat: [number, number]; px: number }): Promise<string[]> {
  return page.evaluate((near) => {
    const { map, arrows, model } = (window as unknown as StancemapWindow).__stancemap;
    const found = near ? arrows.at(map.project(near.lngLat), near.px) : arrows.inView();
    return found.map((i) => model.stances[i]?.stance.id ?? '').sort();
  }, around);
}

/** Ids of the drawn arrows the arrow layer shows selected, hovered or glowing. */
export async function flaggedArrows(page: Page, flag: 'selected' | 'hovered' | 'flashing'): Promise<string[]> {
  return page.evaluate((f) => {
    const { arrows, model } = (window as unknown as StancemapWindow).__stancemap;
    return arrows.flagged(f).map((i) => model.stances[i]?.stance.id ?? '').sort();
  }, flag);
}

/**
 * The colour of the map canvas at a page point, as "#rrggbb". Read inside a
 * frame's 'render' event: the map keeps no copy of a frame once it is shown
 * (no preserveDrawingBuffer), so the pixels are only there while it is drawn.
 */
export async function canvasColorAt(page: Page, point: { x: number; y: number }): Promise<string> {
  return page.evaluate(({ x, y }) => new Promise<string>((resolve, reject) => {
    const { map } = (window as unknown as StancemapWindow).__stancemap;
    map.once('render', () => {
      const canvas = map.getCanvas();
      const rect = canvas.getBoundingClientRect();
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d');
      if (!ctx) { reject(new Error('no 2D canvas')); return; }
      ctx.drawImage(canvas, 0, 0);
      const ratio = canvas.width / rect.width;
      const [r = 0, g = 0, b = 0] = ctx.getImageData(Math.round((x - rect.left) * ratio), Math.round((y - rect.top) * ratio), 1, 1).data;
      resolve(`#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`);
    });
    map.triggerRepaint();
  }), point);
}

export async function renderedProperty(page: Page, layer: string, key: string): Promise<string[]> {
  return page.evaluate(([layerId, prop]) => {
    const { map } = (window as unknown as StancemapWindow).__stancemap;
    const drawn = map.queryRenderedFeatures({ layers: [layerId ?? ''] }).filter((f) => f.source !== 'areas' || f.state.on === true);
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
    const { map, arrows, model } = (window as unknown as StancemapWindow).__stancemap;
    const i = model.stances.findIndex((s) => s.stance.id === id);
    const coords = arrows.path(i);
    for (let k = Math.floor(coords.length / 4); k < coords.length - 2; k++) {
      const p = map.project(coords[k] as [number, number]);
      const { width, height } = map.getCanvas().getBoundingClientRect();
      if (p.x < 20 || p.y < 20 || p.x > width - 20 || p.y > height - 20) continue;
      const arrowsHere = arrows.at(p, 10);
      const places = map.queryRenderedFeatures([[p.x - 10, p.y - 10], [p.x + 10, p.y + 10]], { layers: ['place-marks', 'place-labels'] });
      if (places.length === 0 && arrowsHere.length === 1 && arrowsHere[0] === i) {
        const rect = map.getCanvas().getBoundingClientRect();
        return { x: rect.left + p.x, y: rect.top + p.y };
      }
    }
    return null;
  }, stanceId);
  if (!point) throw new Error(`no clear point on ${stanceId}`);
  return point;
}
