import { describe, expect, it } from 'vitest';
import turfDistance from '@turf/distance';
import type { LonLat } from '../../../src/core/geometry/antimeridian.ts';
import { segmentsFor, selfLoop, stanceArc } from '../../../src/core/geometry/arc.ts';
import { arrowheadOf, midpointOf } from '../../../src/core/geometry/arrowhead.ts';
import { interpolate } from '../../../src/core/geometry/sphere.ts';

const km = (a: LonLat, b: LonLat): number => turfDistance(a, b, { units: 'kilometers' });
const BEIJING: LonLat = [116.407, 39.904];
const SEONGJU: LonLat = [128.154, 35.989];
const WASHINGTON: LonLat = [-77.037, 38.907];
const SEOUL: LonLat = [126.978, 37.566];

describe('stanceArc', () => {
  it('starts exactly at the source place and ends exactly at the target place', () => {
    const arc = stanceArc(BEIJING, SEONGJU, { bend: 0.15 });
    expect(arc[0]).toEqual(BEIJING);
    expect(arc[arc.length - 1]).toEqual(SEONGJU);
    expect(arc).toHaveLength(segmentsFor(km(BEIJING, SEONGJU)) + 1);
  });

  it('spends points by length: about one per 100 km, between 12 and 48, always an even number', () => {
    expect([50, 1000, 1150, 2000, 11_000].map(segmentsFor)).toEqual([12, 12, 12, 20, 48]);
    expect(stanceArc(BEIJING, SEONGJU, { bend: 0.1 })).toHaveLength(13);
    expect(stanceArc(WASHINGTON, SEOUL, { bend: 0.1 })).toHaveLength(49);
    expect(stanceArc(BEIJING, SEONGJU, { bend: 0.1, segments: 4 })).toHaveLength(5);
  });

  it('follows the great circle when the bend is zero', () => {
    const arc = stanceArc(BEIJING, SEONGJU, { bend: 0 });
    const mid = midpointOf(arc);
    expect(km(mid, interpolate(BEIJING, SEONGJU, 0.5))).toBeLessThan(0.001);
  });

  it('bulges at the middle by bend × length, to the right of travel', () => {
    const length = km(BEIJING, SEONGJU);
    const arc = stanceArc(BEIJING, SEONGJU, { bend: 0.15 });
    const mid = midpointOf(arc);
    expect(km(mid, interpolate(BEIJING, SEONGJU, 0.5)) / length).toBeCloseTo(0.15, 3);
    // Travelling east-south-east, the right-hand side is to the south.
    expect(mid[1]).toBeLessThan(interpolate(BEIJING, SEONGJU, 0.5)[1]);
  });

  it('puts opposite stances with the same bend on opposite sides, 2 × bend × length apart', () => {
    const length = km(BEIJING, SEONGJU);
    const there = midpointOf(stanceArc(BEIJING, SEONGJU, { bend: 0.1 }));
    const back = midpointOf(stanceArc(SEONGJU, BEIJING, { bend: 0.1 }));
    expect(km(there, back) / length).toBeCloseTo(0.2, 2);
  });

  it('crosses the antimeridian from Washington to Seoul as one continuous curve', () => {
    const arc = stanceArc(WASHINGTON, SEOUL, { bend: 0.1 });
    const lonSteps = arc.slice(1).map((p, i) => Math.abs(p[0] - (arc[i] ?? p)[0]));
    // A jump of ~360° is what draws a band across the map; near the pole steps of tens of degrees are real.
    expect(Math.max(...lonSteps)).toBeLessThan(90);
    const kmSteps = arc.slice(1).map((p, i) => km(arc[i] ?? p, p));
    expect(Math.max(...kmSteps) / Math.min(...kmSteps)).toBeLessThan(1.5);
    const end = arc[arc.length - 1] ?? [0, 0];
    expect(end[0]).toBeCloseTo(SEOUL[0] - 360, 6);
    expect(end[1]).toBeCloseTo(SEOUL[1], 6);
    // The route goes over the Pacific side (longitudes below -180), not across Europe.
    expect(Math.min(...arc.map((p) => p[0]))).toBeLessThan(-180);
  });

  it('draws a loop for a stance whose ends share a place, leaving and returning there', () => {
    const loop = selfLoop(SEOUL, 90, 315);
    expect(loop[0]).toEqual(SEOUL);
    expect(loop[loop.length - 1]).toEqual(SEOUL);
    const far = loop[Math.floor(loop.length / 2)] ?? SEOUL;
    expect(km(SEOUL, far)).toBeCloseTo(180, 0);
    expect(far[0]).toBeLessThan(SEOUL[0]);
    expect(far[1]).toBeGreaterThan(SEOUL[1]);
  });
});

describe('arrowheadOf', () => {
  it('puts the tip on the target and faces the direction of travel', () => {
    const head = arrowheadOf(stanceArc([0, 0], [10, 0], { bend: 0 }));
    expect(head.tip).toEqual([10, 0]);
    expect(head.bearing).toBeCloseTo(90, 6);
  });

  it('turns with the curve: a bent arrow arrives at an angle', () => {
    const head = arrowheadOf(stanceArc([0, 0], [10, 0], { bend: 0.2 }));
    // Bulging right (south) of an eastward route, it climbs back north-east into the target.
    expect(head.bearing).toBeGreaterThan(20);
    expect(head.bearing).toBeLessThan(90);
  });
});
