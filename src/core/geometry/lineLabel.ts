/** A point on the screen, in CSS pixels from the top left. */
export type ScreenPoint = readonly [number, number];

export interface LineLabelSpot {
  readonly at: ScreenPoint;
  /** The line's direction there in degrees clockwise from the screen's x axis, turned to read left to right: (-90, 90]. */
  readonly angle: number;
  /** Length of the stretch on screen it is the middle of, in pixels. */
  readonly stretch: number;
}

interface Piece { readonly a: ScreenPoint; readonly b: ScreenPoint; readonly length: number }

/** Room kept between a label's middle and the screen's edges, in pixels. */
export interface Inset { readonly x: number; readonly y: number }

/**
 * Where an arrow's sentence goes: the middle of the longest stretch of the
 * line that is on screen (inside the view less the inset), so a long arrow
 * whose middle is off screen still says what it is, and says it once.
 * (MapLibre's 'line-center' places one label per tile the line crosses.)
 */
export function lineLabelSpot(line: readonly ScreenPoint[], width: number, height: number, inset: Inset = { x: 0, y: 0 }): LineLabelSpot | undefined {
  const box = { x0: inset.x, y0: inset.y, x1: width - inset.x, y1: height - inset.y };
  if (box.x1 <= box.x0 || box.y1 <= box.y0) return undefined;
  let best: Piece[] = [];
  let run: Piece[] = [];
  const close = (): void => {
    if (lengthOf(run) > lengthOf(best)) best = run;
    run = [];
  };
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    if (!a || !b) continue;
    // A point that is not a number (behind the globe) breaks the line.
    const piece = Number.isFinite(a[0] + a[1] + b[0] + b[1]) ? clip(a, b, box) : undefined;
    if (!piece) { close(); continue; }
    const last = run[run.length - 1];
    if (last && (last.b[0] !== piece.a[0] || last.b[1] !== piece.a[1])) close();
    if (piece.length > 0) run.push(piece);
  }
  close();
  return middleOf(best);
}

function lengthOf(run: readonly Piece[]): number {
  return run.reduce((sum, p) => sum + p.length, 0);
}

function middleOf(run: readonly Piece[]): LineLabelSpot | undefined {
  const stretch = lengthOf(run);
  let left = stretch / 2;
  for (const p of run) {
    if (left <= p.length) {
      const f = p.length === 0 ? 0 : left / p.length;
      const at: ScreenPoint = [p.a[0] + (p.b[0] - p.a[0]) * f, p.a[1] + (p.b[1] - p.a[1]) * f];
      return { at, angle: upright((Math.atan2(p.b[1] - p.a[1], p.b[0] - p.a[0]) * 180) / Math.PI), stretch };
    }
    left -= p.length;
  }
  return undefined;
}

function upright(deg: number): number {
  if (deg > 90) return deg - 180;
  if (deg <= -90) return deg + 180;
  return deg;
}

/** The part of segment a→b inside the box (Liang–Barsky), or undefined when none is. */
function clip(a: ScreenPoint, b: ScreenPoint, box: { x0: number; y0: number; x1: number; y1: number }): Piece | undefined {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [[-dx, a[0] - box.x0], [dx, box.x1 - a[0]], [-dy, a[1] - box.y0], [dy, box.y1 - a[1]]];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return undefined;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return undefined;
  }
  const pa: ScreenPoint = t0 === 0 ? a : [a[0] + dx * t0, a[1] + dy * t0];
  const pb: ScreenPoint = t1 === 1 ? b : [a[0] + dx * t1, a[1] + dy * t1];
  return { a: pa, b: pb, length: Math.hypot(pb[0] - pa[0], pb[1] - pa[1]) };
}

/**
 * The spot for a label of the given size that stays whole on screen with
 * `margin` to spare, or none when no part of the line on screen is long
 * enough. The room a label needs depends on how it is turned, which depends
 * on where it goes: each guess of the turn finds a spot, and the spot is kept
 * when the label as turned there fits.
 */
export function wholeLabelSpot(line: readonly ScreenPoint[], width: number, height: number, text: { width: number; height: number }, margin: number): LineLabelSpot | undefined {
  const roomFor = (angle: number): Inset => {
    const r = (angle * Math.PI) / 180;
    const c = Math.abs(Math.cos(r));
    const s = Math.abs(Math.sin(r));
    return { x: margin + (text.width * c + text.height * s) / 2, y: margin + (text.width * s + text.height * c) / 2 };
  };
  const fits = (needed: Inset, had: Inset): boolean => needed.x <= had.x + 0.5 && needed.y <= had.y + 0.5;
  for (const guess of [0, 45, 90]) {
    const spot = lineLabelSpot(line, width, height, roomFor(guess));
    if (!spot) continue;
    const room = roomFor(spot.angle);
    const turned = lineLabelSpot(line, width, height, room);
    if (turned && fits(roomFor(turned.angle), room)) return turned;
  }
  return undefined;
}

/**
 * The label's spot on whichever copy of the world shows most of the line: a
 * flat map repeats the world every `worldPx` pixels, and a line's points are
 * in one copy (a route over the Pacific may be drawn from the next one).
 * `worldPx` 0 (the globe) means one copy.
 */
export function labelSpotOnWorldCopies(line: readonly ScreenPoint[], worldPx: number, width: number, height: number, text: { width: number; height: number }, margin: number): LineLabelSpot | undefined {
  const copies = worldPx > 0 ? Math.ceil(width / worldPx) + 1 : 0;
  let best: LineLabelSpot | undefined;
  for (let k = -copies; k <= copies; k++) {
    const shifted = k === 0 ? line : line.map(([x, y]): ScreenPoint => [x + k * worldPx, y]);
    const spot = wholeLabelSpot(shifted, width, height, text, margin);
    if (spot && (!best || spot.stretch > best.stretch)) best = spot;
  }
  return best;
}
