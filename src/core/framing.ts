import { type Bounds, boundsAroundGaps, coveringBounds } from './geometry/bounds.ts';
import type { LonLat } from './geometry/antimeridian.ts';
import { mercator } from './geometry/mercator.ts';
import type { Frame } from './frame.ts';
import { placesOf } from './frame.ts';
import type { StoryModel } from './model.ts';
import type { Camera } from './view.ts';

// Framing for the space that is actually free: the map's panels (title card,
// toolbar, legend, credit, a briefing's caption) are measured by the page and
// given here as rectangles; the camera keeps what matters out from under them.

/** A rectangle in CSS pixels from the map's top left corner. */
export interface Rect { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number }

export interface Padding { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number }

export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

type Side = keyof Padding;
const SIDES: readonly Side[] = ['top', 'right', 'bottom', 'left'];

/** The padding on one side that clears an overlay from the frame. */
function clearance(side: Side, r: Rect, width: number, height: number): number {
  if (side === 'top') return r.y1;
  if (side === 'bottom') return height - r.y0;
  if (side === 'left') return r.x1;
  return width - r.x0;
}

/** The overlays that cover part of the map, clipped to it. */
function onMap(overlays: readonly Rect[], width: number, height: number): Rect[] {
  return overlays
    .map((r) => ({ x0: Math.max(0, r.x0), y0: Math.max(0, r.y0), x1: Math.min(width, r.x1), y1: Math.min(height, r.y1) }))
    .filter((r) => r.x1 > r.x0 && r.y1 > r.y0);
}

/**
 * Padding that keeps the frame clear of every overlay, with `air` beyond:
 * each overlay is cleared from one side, and of every way to choose those
 * sides the best wins. With the shape of what is to be shown (`aspect`, its
 * width over its height on the map), the best is the one that shows it
 * largest (a wide view gives up height sooner than width); without, the one
 * that leaves the largest free rectangle. A handful of overlays makes at most
 * 4^n choices; past eight, the smallest are ignored.
 */
export function overlayPadding(width: number, height: number, overlays: readonly Rect[], air: number | { readonly x: number; readonly y: number }, aspect?: number): Padding {
  const { x: airX, y: airY } = typeof air === 'number' ? { x: air, y: air } : air;
  const rects = onMap(overlays, width, height)
    .sort((a, b) => (b.x1 - b.x0) * (b.y1 - b.y0) - (a.x1 - a.x0) * (a.y1 - a.y0))
    .slice(0, 8);
  let best: Padding = NO_PADDING;
  let bestArea = -1;
  const choose = (i: number, pad: Padding): void => {
    if (i === rects.length) {
      const w = Math.max(0, width - pad.left - pad.right - 2 * airX);
      const h = Math.max(0, height - pad.top - pad.bottom - 2 * airY);
      const score = aspect ? Math.min(w, h * aspect) : w * h;
      if (score > bestArea) { best = pad; bestArea = score; }
      return;
    }
    const r = rects[i] as Rect;
    for (const side of SIDES) choose(i + 1, { ...pad, [side]: Math.max(pad[side], clearance(side, r, width, height)) });
  };
  choose(0, NO_PADDING);
  const withAir = (side: Side): number => Math.max(0, side === 'top' || side === 'bottom'
    ? Math.min(best[side] + airY, height / 2 - 20)
    : Math.min(best[side] + airX, width / 2 - 20));
  return { top: withAir('top'), right: withAir('right'), bottom: withAir('bottom'), left: withAir('left') };
}

/** Room kept between what must be seen and the panels or the map's edge, in CSS pixels, at most. */
export const AIR_PX = 40;
/** A place name's advance per character at the label's largest size (15 px bold). */
const NAME_PX_PER_CHAR = 8.5;

/**
 * The room kept around what must be seen: a label sits beside its mark, so
 * a place at the frame's side needs its name's width there (up to 120 px);
 * a small map (a phone, an embed) gives up to a tenth of its width and
 * height, or it would have no room left for the view.
 */
export function airFor(width: number, height: number, longestName: number): { x: number; y: number } {
  const x = Math.max(AIR_PX, Math.min(120, longestName * NAME_PX_PER_CHAR + 16));
  return { x: Math.round(Math.min(x, Math.max(12, width / 10))), y: Math.round(Math.min(AIR_PX, Math.max(12, height / 10))) };
}

/** Whether a longitude falls in a box's span, in any world copy. */
function inSpan(lon: number, [[west], [east]]: Bounds): boolean {
  return ((((lon - west) % 360) + 360) % 360) + west <= east;
}

/**
 * What a view of the frame must show: both ends of every stance drawn and
 * the places of the current event, plus how far the arcs between them bulge
 * north or south. A story's arcs may go both ways round the world (THAAD's
 * Moscow–Washington arcs cross the Atlantic, its Korea–Washington arcs the
 * Pacific): the box is then the narrower of the two ways round the places
 * that leaves the most arcs whole, and the other arcs leave the frame rather
 * than make it the whole world. `lineOf` gives a stance's drawn line.
 */
export function pointsToShow(model: StoryModel, frame: Frame, lineOf: (index: number) => readonly LonLat[]): LonLat[] {
  const ends: LonLat[] = frame.stances.flatMap((s) => [s.fromPlace.position, s.toPlace.position]);
  for (const id of placesOf(frame.current)) {
    const p = model.places.get(id);
    if (p) ends.push(p.position);
  }
  // Every fourth point is enough to follow a bulge.
  const samples = frame.stances.map((s) => lineOf(s.index).filter((_, i) => i % 4 === 0));
  const whole = (box: Bounds): number => samples.filter((line) => line.every((p) => inSpan(p[0], box))).length;
  const boxes = boundsAroundGaps(ends, 2);
  const box = boxes.reduce<Bounds | undefined>((best, b) => (!best || whole(b) > whole(best) ? b : best), undefined);
  if (!box) return ends;
  // A long arc's bulge may reach the pole, where Mercator never ends: the box
  // grows by at most BULGE_DEGREES towards it, and the arc leaves the frame there.
  const south = Math.max(-BULGE_LIMIT, box[0][1] - BULGE_DEGREES);
  const north = Math.min(BULGE_LIMIT, box[1][1] + BULGE_DEGREES);
  const bulges = samples.flat().filter((p) => inSpan(p[0], box)).map((p): LonLat => [p[0], Math.min(north, Math.max(south, p[1]))]);
  return [...ends, ...bulges];
}

/** How far north or south of the places an arc's bulge may take the frame, and the latitude it never passes. */
const BULGE_DEGREES = 12;
const BULGE_LIMIT = 75;

/** Width over height of a box on a Web Mercator map (latitudes held inside the map's ±85°). */
export function mercatorAspect([[west, south], [east, north]]: Bounds): number {
  const height = mercator([west, south])[1] - mercator([west, north])[1];
  const width = (east - west) / 360;
  return height > 1e-9 ? width / height : width > 0 ? 1e6 : 1;
}

/** Whether every point is within a centre-and-zoom view whose free area is `free` pixels (in any world copy). */
export function viewHolds(view: { readonly center: readonly [number, number]; readonly zoom: number }, points: readonly LonLat[], free: { readonly width: number; readonly height: number }): boolean {
  const world = 512 * 2 ** view.zoom;
  const [cx, cy] = mercator([view.center[0], view.center[1]]);
  return points.every((p) => {
    const [x, y] = mercator(p);
    const dx = Math.abs(((((x - cx) % 1) + 1.5) % 1) - 0.5) * world;
    return dx <= free.width / 2 && Math.abs(y - cy) * world <= free.height / 2;
  });
}

/**
 * The camera for a view: what the author asked for, grown to take in what
 * must be seen. Bounds asked for are joined with those points (never
 * clipping what the story shows); a centre and zoom asked for is kept when
 * everything fits in the free area `free` (the author chose that close
 * look), and otherwise gives way to a box around the points and the centre;
 * with no request, the points alone decide.
 */
export function framedCamera(request: Camera | undefined, points: readonly LonLat[], fallback: Camera, free?: { readonly width: number; readonly height: number }): Camera {
  if (request?.kind === 'center') {
    if (!free || viewHolds(request, points, free)) return request;
    const bounds = coveringBounds([request.center, ...points]);
    return bounds ? { kind: 'bounds', bounds } : request;
  }
  const corners: LonLat[] = [];
  if (request) {
    // Points every 30 degrees along the box keep a box wider than half the world from being read the other way round.
    const [[w, south], [e, north]] = request.bounds;
    for (let lon = w; lon < e; lon += 30) corners.push([lon, south]);
    corners.push([e, south], [w, north], [e, north]);
  }
  const bounds: Bounds | undefined = coveringBounds([...corners, ...points]);
  return bounds ? { kind: 'bounds', bounds } : request ?? fallback;
}
