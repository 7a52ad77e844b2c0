import { STATE_BYTES } from './arrowStates.ts';

// Arrowheads that end at one mark from similar directions would sit on one
// another: each is turned around the mark, as little as it can be, until the
// heads drawn now are a minimum angle apart. It is a spacing problem on a
// circle, solved per mark on the drawn heads only (a hidden arrow must not
// push a visible one aside), so it runs on every frame: the grouping and
// sorting are done once per story, and a frame is one pass over the stances.
//
// Angles are those of the last segment in Web Mercator, counter-clockwise
// with north up. Mercator is conformal, so on a mercator map they are the
// angles on screen; the shader turns each head by its offset in screen space.

/**
 * Smallest angle between two heads at one mark, in radians. A head
 * (map/layers/stanceLayers.ts) is about 11 px wide at its back, some 22 px
 * from the mark's centre: 2·atan(5.5 / 22.5) ≈ 28°, so 30° keeps the backs
 * apart while their tips still close in on the mark.
 */
export const HEAD_GAP = (30 * Math.PI) / 180;

const TURN = 2 * Math.PI;

/** The stances grouped by the mark they end at, built once per story. */
export interface HeadFan {
  /** Arrival angle per stance, radians in [0, 2π). */
  readonly angles: Float64Array;
  /** Stance indices of the marks reached by two or more, mark after mark, each mark's sorted by angle (then index). */
  readonly order: Uint32Array;
  /** Where each mark's stances start in `order`; one more entry closes the last. */
  readonly groupStart: Uint32Array;
}

/** The angle of each line's last segment (0 for a line of fewer than two points). */
export function arrivalAngles(points: Float32Array, starts: Uint32Array): Float64Array {
  const angles = new Float64Array(Math.max(0, starts.length - 1));
  for (let k = 0; k < angles.length; k++) {
    const last = (starts[k + 1] ?? 0) - 1;
    if (last - 1 < (starts[k] ?? 0)) continue;
    const dx = (points[2 * last] ?? 0) - (points[2 * last - 2] ?? 0);
    // Mercator's y grows southward; the angles count with north up.
    const dy = (points[2 * last - 1] ?? 0) - (points[2 * last + 1] ?? 0);
    angles[k] = dx === 0 && dy === 0 ? 0 : (Math.atan2(dy, dx) + TURN) % TURN;
  }
  return angles;
}

/** Groups the stances by target (a place id, say); `angles` from arrivalAngles. */
export function headFan(targets: readonly string[], angles: Float64Array): HeadFan {
  const byTarget = new Map<string, number[]>();
  targets.forEach((target, i) => {
    const group = byTarget.get(target);
    if (group) group.push(i);
    else byTarget.set(target, [i]);
  });
  const shared = [...byTarget.values()].filter((g) => g.length > 1);
  const order = new Uint32Array(shared.reduce((n, g) => n + g.length, 0));
  const groupStart = new Uint32Array(shared.length + 1);
  let o = 0;
  shared.forEach((group, g) => {
    groupStart[g] = o;
    group.sort((a, b) => (angles[a] ?? 0) - (angles[b] ?? 0) || a - b);
    order.set(group, o);
    o += group.length;
  });
  groupStart[shared.length] = o;
  return { angles, order, groupStart };
}

/**
 * Positions for k angles unrolled in increasing order, as close to them as
 * they can be (least squares) while `gap` apart: the pool-adjacent-violators
 * pass on a[j] − j·gap, which pushes a crowded run apart symmetrically around
 * its mean and keeps the order. Falls back to even spacing when the circle
 * is too full for the run to stay `gap` short of a full turn.
 */
function spaced(a: Float64Array, k: number, gap: number, out: Float64Array, sums: Float64Array, counts: Uint32Array): void {
  if (k * gap < TURN) {
    let blocks = 0;
    for (let j = 0; j < k; j++) {
      sums[blocks] = (a[j] ?? 0) - j * gap;
      counts[blocks] = 1;
      blocks++;
      while (blocks > 1 && (sums[blocks - 2] ?? 0) / (counts[blocks - 2] ?? 1) > (sums[blocks - 1] ?? 0) / (counts[blocks - 1] ?? 1)) {
        sums[blocks - 2] = (sums[blocks - 2] ?? 0) + (sums[blocks - 1] ?? 0);
        counts[blocks - 2] = (counts[blocks - 2] ?? 0) + (counts[blocks - 1] ?? 0);
        blocks--;
      }
    }
    for (let b = 0, j = 0; b < blocks; b++) {
      const level = (sums[b] ?? 0) / (counts[b] ?? 1);
      for (let n = 0; n < (counts[b] ?? 0); n++, j++) out[j] = level + j * gap;
    }
    if ((out[k - 1] ?? 0) - (out[0] ?? 0) <= TURN - gap + 1e-9) return;
  }
  const step = TURN / k;
  let shift = 0;
  for (let j = 0; j < k; j++) shift += (a[j] ?? 0) - j * step;
  shift /= k;
  for (let j = 0; j < k; j++) out[j] = shift + j * step;
}

/** Writes the offsets of one mark's k drawn heads (scratch.members, their angles in scratch.angles, sorted) into `offsets`. */
function fanMark(scratch: Scratch, k: number, gap: number, offsets: Float64Array): void {
  const { members, angles, unrolled, placed } = scratch;
  // The circle is cut at its widest gap, where pushing apart is least likely to reach round.
  let cut = 0;
  let widest = (angles[0] ?? 0) + TURN - (angles[k - 1] ?? 0);
  let narrowest = widest;
  for (let j = 1; j < k; j++) {
    const here = (angles[j] ?? 0) - (angles[j - 1] ?? 0);
    narrowest = Math.min(narrowest, here);
    if (here > widest) { widest = here; cut = j; }
  }
  if (narrowest >= gap) return;
  for (let j = 0; j < k; j++) unrolled[j] = (angles[(cut + j) % k] ?? 0) + (cut + j >= k ? TURN : 0);
  spaced(unrolled, k, gap, placed, scratch.sums, scratch.counts);
  for (let j = 0; j < k; j++) offsets[members[(cut + j) % k] ?? 0] = (placed[j] ?? 0) - (unrolled[j] ?? 0);
}

interface Scratch {
  readonly members: Uint32Array;
  readonly angles: Float64Array;
  readonly unrolled: Float64Array;
  readonly placed: Float64Array;
  readonly sums: Float64Array;
  readonly counts: Uint32Array;
}

/**
 * Each stance's head turn in radians (counter-clockwise), so that the heads
 * drawn now that end at one mark are at least `gap` apart, or evenly spaced
 * when more than a full turn's worth share it. Stances not drawn, and heads
 * already apart, keep 0. One pass over the stances: no sorting per call.
 */
export function fanOffsets(fan: HeadFan, drawn: (stance: number) => boolean, gap = HEAD_GAP): Float64Array {
  const offsets = new Float64Array(fan.angles.length);
  let largest = 0;
  for (let g = 0; g + 1 < fan.groupStart.length; g++) largest = Math.max(largest, (fan.groupStart[g + 1] ?? 0) - (fan.groupStart[g] ?? 0));
  const floats = (): Float64Array => new Float64Array(largest);
  const scratch: Scratch = { members: new Uint32Array(largest), angles: floats(), unrolled: floats(), placed: floats(), sums: floats(), counts: new Uint32Array(largest) };
  for (let g = 0; g + 1 < fan.groupStart.length; g++) {
    let k = 0;
    for (let o = fan.groupStart[g] ?? 0; o < (fan.groupStart[g + 1] ?? 0); o++) {
      const stance = fan.order[o] ?? 0;
      if (!drawn(stance)) continue;
      scratch.members[k] = stance;
      scratch.angles[k++] = fan.angles[stance] ?? 0;
    }
    if (k > 1) fanMark(scratch, k, gap, offsets);
  }
  return offsets;
}

/** Turns as one byte per stance, a full turn in 256 steps: 1.4°, under half a pixel where a head sits. */
export function fanBytes(offsets: Float64Array): Uint8Array {
  const bytes = new Uint8Array(offsets.length);
  // A typed array stores an integer modulo 256, so a turn back (negative) wraps round to the top bytes.
  for (let i = 0; i < offsets.length; i++) bytes[i] = Math.round(((offsets[i] ?? 0) / TURN) * 256);
  return bytes;
}

/** The turn bytes for a frame: the heads drawn in a state texture (arrowStates.ts) fanned among themselves. */
export function fanForStates(fan: HeadFan, states: Uint8Array): Uint8Array {
  return fanBytes(fanOffsets(fan, (i) => states[i * STATE_BYTES] === 255));
}
