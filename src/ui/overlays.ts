import type { Rect } from '../core/framing.ts';

// What covers the map: the panels that float over it in each mode, measured
// where they are now (core/framing.ts decides what the camera does about them).

const OVERLAYS = [
  '.masthead', '.toolbar', '.legend-box', '.credit', '.open-full', '.card',
  '.present__caption-block', '.present__counter', '.present__progress', '.present__hint',
  '.maplibregl-ctrl-top-left', '.maplibregl-ctrl-top-right', '.maplibregl-ctrl-bottom-left', '.maplibregl-ctrl-bottom-right',
].join(', ');

/** The rectangles of the page's panels that lie over the map, relative to its top left corner. */
export function overlaysOver(map: HTMLElement): Rect[] {
  const box = map.getBoundingClientRect();
  const rects: Rect[] = [];
  for (const el of document.querySelectorAll(OVERLAYS)) {
    if (el.closest('[hidden]') || getComputedStyle(el).visibility === 'hidden') continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const rect = { x0: r.left - box.left, y0: r.top - box.top, x1: r.right - box.left, y1: r.bottom - box.top };
    if (rect.x1 > 0 && rect.y1 > 0 && rect.x0 < box.width && rect.y0 < box.height) rects.push(rect);
  }
  return rects;
}
