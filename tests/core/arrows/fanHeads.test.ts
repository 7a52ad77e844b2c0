import { describe, expect, it } from 'vitest';
import { HEAD_GAP, arrivalAngles, fanBytes, fanForStates, fanOffsets, headFan } from '../../../src/core/arrows/fanHeads.ts';
import { STATE_BYTES } from '../../../src/core/arrows/arrowStates.ts';

const DEG = Math.PI / 180;
const everyone = (): boolean => true;

/** A fan of stances ending at the given targets, arriving at the given angles in degrees. */
function fanOf(arrivals: readonly (readonly [target: string, degrees: number])[]): ReturnType<typeof headFan> {
  return headFan(arrivals.map(([t]) => t), Float64Array.from(arrivals.map(([, d]) => ((d % 360) + 360) % 360 * DEG)));
}

/** Where each head ends up, in degrees in [0, 360), rounded to a hundredth. */
function fannedDegrees(fan: ReturnType<typeof headFan>, offsets: Float64Array): number[] {
  return [...offsets].map((o, i) => Math.round(((((fan.angles[i] ?? 0) + o) / DEG % 360) + 360) % 360 * 100) / 100);
}

/** The smallest angle, in degrees, between any two of the given directions. */
function closest(degrees: readonly number[]): number {
  let least = 360;
  degrees.forEach((a, i) => degrees.slice(i + 1).forEach((b) => {
    const d = Math.abs(a - b) % 360;
    least = Math.min(least, d, 360 - d);
  }));
  return least;
}

describe('arrivalAngles', () => {
  it('gives the direction of each line\'s last segment, counter-clockwise from east with north up', () => {
    // Mercator y grows southward: the second line ends going north, the third going south-west.
    const points = Float32Array.from([0, 0, 0.5, 0.5, 1, 0.5, 0.2, 0.6, 0.2, 0.4, 0.3, 0.3, 0.2, 0.4]);
    const angles = arrivalAngles(points, Uint32Array.from([0, 3, 5, 7]));
    expect([...angles].map((a) => Math.round(a / DEG))).toEqual([0, 90, 225]);
  });

  it('gives 0 for a line too short to have a direction', () => {
    expect([...arrivalAngles(Float32Array.from([0.3, 0.3]), Uint32Array.from([0, 1]))]).toEqual([0]);
  });
});

describe('fanOffsets', () => {
  it('leaves heads that already arrive far enough apart where they are', () => {
    const fan = fanOf([['thaad', 160], ['thaad', 200], ['thaad', 90]]);
    expect([...fanOffsets(fan, everyone)]).toEqual([0, 0, 0]);
  });

  it('pushes two heads arriving from one direction apart by the gap, each half of it', () => {
    const fan = fanOf([['thaad', 180], ['thaad', 180]]);
    const offsets = fanOffsets(fan, everyone);
    expect([...offsets].map((o) => o / DEG)).toEqual([expect.closeTo(-15, 6), expect.closeTo(15, 6)]);
    expect(HEAD_GAP / DEG).toBeCloseTo(30);
  });

  it('spreads a crowded run around its middle, in its order, and moves no head that is clear of it', () => {
    const fan = fanOf([['thaad', 178], ['thaad', 180], ['thaad', 182], ['thaad', 90]]);
    expect(fannedDegrees(fan, fanOffsets(fan, everyone))).toEqual([150, 180, 210, 90]);
  });

  it('fans heads at one mark only: heads at other marks neither push nor are pushed', () => {
    const fan = fanOf([['thaad', 180], ['seoul', 180], ['thaad', 185]]);
    const offsets = fanOffsets(fan, everyone);
    expect(offsets[1]).toBe(0);
    expect(closest(fannedDegrees(fan, offsets).filter((_, i) => i !== 1))).toBeCloseTo(30, 6);
  });

  it('lets a hidden arrow push no drawn head aside', () => {
    const fan = fanOf([['thaad', 180], ['thaad', 181], ['thaad', 200]]);
    const offsets = fanOffsets(fan, (i) => i !== 1);
    expect(offsets[1]).toBe(0);
    expect(fannedDegrees(fan, offsets)).toEqual([175, 181, 205]);
  });

  it('fans heads either side of east as one run, across the zero angle', () => {
    const fan = fanOf([['thaad', 359], ['thaad', 1]]);
    expect(fannedDegrees(fan, fanOffsets(fan, everyone))).toEqual([345, 15]);
  });

  it('keeps every pair of heads at one mark the gap apart, however they arrive', () => {
    const degrees = [10, 12, 14, 50, 52, 100, 200, 201, 202, 203, 300, 330];
    const fan = fanOf(degrees.map((d) => ['thaad', d]));
    const fanned = fannedDegrees(fan, fanOffsets(fan, everyone));
    expect(closest(fanned)).toBeGreaterThanOrEqual(30 - 0.01);
  });

  it('spaces evenly round the mark the heads that cannot all be the gap apart, in their order', () => {
    const degrees = Array.from({ length: 14 }, (_, i) => 170 + i);
    const fan = fanOf(degrees.map((d) => ['thaad', d]));
    const fanned = fannedDegrees(fan, fanOffsets(fan, everyone));
    expect(closest(fanned)).toBeCloseTo(360 / 14, 1);
    const turns = fanned.map((d, i) => ((d - (fanned[0] ?? 0) + 360) % 360) - (i * 360) / 14);
    expect(turns.every((t) => Math.abs(t) < 0.02)).toBe(true);
  });

  it('gives the same turns for the same heads', () => {
    const fan = fanOf([['thaad', 180], ['thaad', 180], ['thaad', 180], ['seoul', 10], ['seoul', 10]]);
    expect(fanOffsets(fan, everyone)).toEqual(fanOffsets(fan, everyone));
  });
});

describe('fanBytes', () => {
  it('stores a turn in 256 steps of a full turn, turns clockwise wrapping round', () => {
    expect([...fanBytes(Float64Array.from([0, Math.PI / 2, -Math.PI / 2, (15 * Math.PI) / 180]))]).toEqual([0, 64, 192, 11]);
  });
});

describe('fanForStates', () => {
  it('fans the heads a state texture draws', () => {
    const fan = fanOf([['thaad', 180], ['thaad', 180], ['thaad', 180]]);
    const states = new Uint8Array(3 * STATE_BYTES);
    states[0] = 255;
    states[2 * STATE_BYTES] = 255;
    expect([...fanForStates(fan, states)]).toEqual([245, 0, 11]);
  });
});
