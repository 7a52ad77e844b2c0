import type { LonLat } from './antimeridian.ts';
import { bearing } from './sphere.ts';

export interface Arrowhead {
  /** Where the head's tip points: the target place (longitude in the line's own continuous range). */
  readonly tip: LonLat;
  /** Compass bearing of travel at the tip, degrees clockwise from north. */
  readonly bearing: number;
}

/**
 * The head of an arrow drawn along `line`: at its last point, facing the
 * direction of travel over the last segment. The renderer offsets it back
 * along that bearing by the target mark's radius in pixels, so the head stops
 * short of the mark at every zoom.
 */
export function arrowheadOf(line: readonly LonLat[]): Arrowhead {
  const tip = line[line.length - 1];
  const before = line[line.length - 2];
  if (!tip || !before) throw new Error('an arrow needs at least two points');
  return { tip, bearing: bearing(before, tip) };
}

/** The point halfway along a line by vertex count: where a stance's glyph sits. */
export function midpointOf(line: readonly LonLat[]): LonLat {
  const mid = line[Math.floor(line.length / 2)];
  if (!mid) throw new Error('empty line');
  return mid;
}
