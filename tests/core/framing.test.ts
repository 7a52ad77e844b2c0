import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stanceFeatures } from '../../src/core/features/stanceFeatures.ts';
import { computeFrame } from '../../src/core/frame.ts';
import { framedCamera, mercatorAspect, overlayPadding, pointsToShow, airFor } from '../../src/core/framing.ts';
import { storyDate } from '../../src/core/dates.ts';
import type { LonLat } from '../../src/core/geometry/antimeridian.ts';
import { buildModel } from '../../src/core/model.ts';
import type { Story } from '../../src/core/schema/story.schema.ts';
import type { Camera } from '../../src/core/view.ts';

describe('overlayPadding', () => {
  // The explore page at 1280 × 800: title card, toolbar with the zoom buttons, legend, source line.
  const overlays = [
    { x0: 12, y0: 12, x1: 452, y1: 150 },
    { x0: 430, y0: 12, x1: 910, y1: 70 },
    { x0: 658, y0: 508, x1: 908, y1: 670 },
    { x0: 12, y0: 660, x1: 652, y1: 700 },
  ];

  it('pads nothing but the air when nothing covers the map', () => {
    expect(overlayPadding(920, 705, [], 20)).toEqual({ top: 20, right: 20, bottom: 20, left: 20 });
  });

  it('clears a title card in the top left from the side that costs least: the top on a wide map', () => {
    const card = { x0: 12, y0: 12, x1: 452, y1: 150 };
    expect(overlayPadding(920, 705, [card], 0)).toEqual({ top: 150, right: 0, bottom: 0, left: 0 });
  });

  it('clears the same card from the left on a tall narrow map', () => {
    const card = { x0: 0, y0: 0, x1: 120, y1: 500 };
    expect(overlayPadding(400, 700, [card], 0)).toEqual({ top: 0, right: 0, bottom: 0, left: 120 });
  });

  it('clears each of several overlays, choosing the combination that leaves the largest free area', () => {
    const pad = overlayPadding(920, 705, overlays, 0);
    const free = { x0: pad.left, y0: pad.top, x1: 920 - pad.right, y1: 705 - pad.bottom };
    for (const r of overlays) {
      const apart = r.x1 <= free.x0 || r.x0 >= free.x1 || r.y1 <= free.y0 || r.y0 >= free.y1;
      expect(apart, JSON.stringify(r)).toBe(true);
    }
    // The legend cleared from the right and the source line from the bottom leave more than both from the bottom.
    expect(pad).toEqual({ top: 150, right: 262, bottom: 45, left: 0 });
  });

  it('with the shape of what is to be shown, clears overlays so as to show it largest', () => {
    // A view four times as wide as tall gives up height for the legend, not width.
    expect(overlayPadding(920, 705, overlays, 0, 4)).toEqual({ top: 150, right: 0, bottom: 197, left: 0 });
    // A tall view does the opposite.
    expect(overlayPadding(920, 705, overlays, 0, 0.5)).toEqual({ top: 150, right: 262, bottom: 45, left: 0 });
  });

  it('measures a box\'s shape on the Mercator map', () => {
    expect(mercatorAspect([[0, -10], [20, 10]])).toBeCloseTo(1, 1);
    expect(mercatorAspect([[0, 50], [20, 70]])).toBeLessThan(0.6);
  });

  it('ignores what lies outside the map and never pads more than half of it', () => {
    expect(overlayPadding(920, 705, [{ x0: 1000, y0: 0, x1: 1200, y1: 50 }], 10)).toEqual({ top: 10, right: 10, bottom: 10, left: 10 });
    const pad = overlayPadding(300, 200, [{ x0: 0, y0: 0, x1: 300, y1: 190 }], 10);
    expect(pad.top).toBeLessThanOrEqual(80);
    // A map with no size (hidden for printing) gets no padding, never a negative one.
    expect(overlayPadding(0, 0, [], 40)).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });
});

describe('pointsToShow and framedCamera', () => {
  const story = JSON.parse(readFileSync(new URL('../../data/thaad-2017.json', import.meta.url), 'utf8')) as Story;
  const model = buildModel(story);
  const lines = stanceFeatures(model).lines.features.map((f) => f.geometry.coordinates);
  const frame = computeFrame(model, storyDate('2017-03-01').first);
  const points = pointsToShow(model, frame, (i) => lines[i] ?? []);
  const inside = (b: [[number, number], [number, number]], [lon, lat]: LonLat): boolean => {
    const east = (l: number): number => (l < b[0][0] ? l + 360 : l);
    return east(lon) >= b[0][0] - 1e-9 && east(lon) <= b[1][0] + 1e-9 && lat >= b[0][1] - 1e-9 && lat <= b[1][1] + 1e-9;
  };

  it('shows the ends of every arrow drawn at the date, and the places of its current event', () => {
    const camera = framedCamera(undefined, points, { kind: 'center', center: [0, 0], zoom: 1, bearing: 0, pitch: 0 });
    if (camera.kind !== 'bounds') throw new Error('expected bounds');
    const ends = frame.stances.flatMap((s) => [s.fromPlace, s.toPlace]);
    const current = frame.current.flatMap((e) => e.places);
    expect(current.length).toBeGreaterThan(0);
    for (const place of new Set([...ends, ...current])) expect(inside(camera.bounds, place.position), place.place.id).toBe(true);
    expect(new Set(ends.map((p) => p.place.id))).toContain('washington');
    // Washington to Korea crosses the Pacific: the box runs east past 180 rather than round the world,
    // though the Moscow–Washington arcs cross the Atlantic (they are not made whole at the cost of the world).
    expect(camera.bounds[1][0]).toBeGreaterThan(180);
    expect(camera.bounds[1][0] - camera.bounds[0][0]).toBeLessThan(260);
  });

  it('lets the bulge of an arc over the pole grow the frame only so far', () => {
    const camera = framedCamera(undefined, points, { kind: 'center', center: [0, 0], zoom: 1, bearing: 0, pitch: 0 });
    if (camera.kind !== 'bounds') throw new Error('expected bounds');
    const northmost = Math.max(...[...model.places.values()].map((p) => p.position[1]));
    expect(camera.bounds[1][1]).toBeLessThanOrEqual(northmost + 12);
  });

  it('takes in the bulge of an arc, not only its ends', () => {
    const arc = lines[model.stances.findIndex((s) => s.stance.id === 'china-cooperates-russia')] ?? [];
    const highest = Math.max(...arc.map((p) => p[1]));
    const camera = framedCamera(undefined, points, { kind: 'center', center: [0, 0], zoom: 1, bearing: 0, pitch: 0 });
    if (camera.kind !== 'bounds') throw new Error('expected bounds');
    expect(camera.bounds[1][1]).toBeGreaterThanOrEqual(highest - 1);
    expect(highest).toBeGreaterThan(model.places.get('moscow')?.position[1] ?? 90);
  });

  it('grows bounds the author asked for to take in what must be seen, keeping what they named', () => {
    const camera = framedCamera({ kind: 'bounds', bounds: [[30, 18], [150, 62]] }, [[-77.04, 38.91]], { kind: 'center', center: [0, 0], zoom: 1, bearing: 0, pitch: 0 });
    if (camera.kind !== 'bounds') throw new Error('expected bounds');
    expect(inside(camera.bounds, [-77.04, 38.91])).toBe(true);
    expect(inside(camera.bounds, [30, 18]) && inside(camera.bounds, [150, 62])).toBe(true);
  });

  it('keeps a box the author asked for that is wider than half the world the way round it was given', () => {
    const camera = framedCamera({ kind: 'bounds', bounds: [[-10, 20], [200, 60]] }, [], { kind: 'center', center: [0, 0], zoom: 1, bearing: 0, pitch: 0 });
    if (camera.kind !== 'bounds') throw new Error('expected bounds');
    expect(camera.bounds[1][0] - camera.bounds[0][0]).toBeCloseTo(210);
  });

  it('gives up a centre and zoom that would leave out what must be seen, for a box around it and the centre', () => {
    const close: Camera = { kind: 'center', center: [127.9, 36.4], zoom: 6.2, bearing: 0, pitch: 0 };
    const free = { width: 1000, height: 600 };
    expect(framedCamera(close, [[127.5, 36.8]], close, free)).toBe(close);
    const wide = framedCamera(close, [[127.5, 36.8], [-77.04, 38.91]], close, free);
    expect(wide.kind).toBe('bounds');
  });

  it('keeps a centre and zoom the author chose, and falls back when there is nothing to show', () => {
    const close: Camera = { kind: 'center', center: [127.9, 36.4], zoom: 6.2, bearing: 0, pitch: 0 };
    expect(framedCamera(close, points, close)).toBe(close);
    expect(framedCamera(undefined, [], close)).toBe(close);
  });
});

describe('airFor', () => {
  it('keeps a long name\'s width of room beside the marks on a wide map, at most 120 px', () => {
    expect(airFor(1280, 800, 4)).toEqual({ x: 50, y: 40 });
    expect(airFor(1920, 1080, 40)).toEqual({ x: 120, y: 40 });
  });

  it('gives a phone at most a tenth of its width and height, so the view keeps most of the map', () => {
    expect(airFor(375, 400, 40)).toEqual({ x: 38, y: 40 });
    expect(airFor(375, 300, 40)).toEqual({ x: 38, y: 30 });
  });

  it('never keeps less than 12 px', () => {
    expect(airFor(60, 60, 40)).toEqual({ x: 12, y: 12 });
  });
});
