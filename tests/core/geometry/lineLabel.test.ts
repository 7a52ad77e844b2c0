import { describe, expect, it } from 'vitest';
import { type ScreenPoint, labelSpotOnWorldCopies, lineLabelSpot, wholeLabelSpot } from '../../../src/core/geometry/lineLabel.ts';

describe('lineLabelSpot', () => {
  it('puts the label at the middle of a line wholly on screen, along it', () => {
    const spot = lineLabelSpot([[100, 100], [300, 100], [500, 100]], 800, 600);
    expect(spot?.at).toEqual([300, 100]);
    expect(spot?.angle).toBeCloseTo(0);
    expect(spot?.stretch).toBe(400);
  });

  it('finds the middle by length, not by vertex count', () => {
    const spot = lineLabelSpot([[0, 50], [10, 50], [20, 50], [400, 50]], 800, 600);
    expect(spot?.at[0]).toBeCloseTo(200);
  });

  it('turns the label of a line drawn right to left so it still reads left to right', () => {
    expect(lineLabelSpot([[500, 300], [100, 300]], 800, 600)?.angle).toBeCloseTo(0);
    expect(lineLabelSpot([[400, 400], [200, 200]], 800, 600)?.angle).toBeCloseTo(45);
    expect(lineLabelSpot([[200, 400], [400, 200]], 800, 600)?.angle).toBeCloseTo(-45);
  });

  it('labels the middle of the visible part of a line whose own middle is off screen', () => {
    // From (-1000, 100) to (400, 100): only x 0..400 is on an 800-wide screen.
    const spot = lineLabelSpot([[-1000, 100], [-300, 100], [400, 100]], 800, 600);
    expect(spot?.at).toEqual([200, 100]);
  });

  it('keeps clear of the edges by the inset', () => {
    const spot = lineLabelSpot([[-1000, 100], [400, 100]], 800, 600, { x: 100, y: 0 });
    expect(spot?.at).toEqual([250, 100]);
  });

  it('chooses the longest stretch when the line leaves the screen and comes back', () => {
    const line: ScreenPoint[] = [[100, 100], [150, 100], [150, -500], [300, -500], [300, 300], [700, 300]];
    const spot = lineLabelSpot(line, 800, 600);
    // On screen: 50 px at the start, then 300 px down from (300, 0) and 400 px right to (700, 300);
    // the middle of that 700 px stretch is 50 px past the corner.
    expect(spot?.at).toEqual([350, 300]);
  });

  it('treats a point that is not a number (behind the globe) as a gap in the line', () => {
    const spot = lineLabelSpot([[0, 100], [100, 100], [Number.NaN, Number.NaN], [300, 100], [700, 100]], 800, 600);
    expect(spot?.at).toEqual([500, 100]);
  });

  it('gives nothing for a line wholly off screen or a screen with no room', () => {
    expect(lineLabelSpot([[-100, -100], [-50, -300]], 800, 600)).toBeUndefined();
    expect(lineLabelSpot([[100, 100], [200, 100]], 50, 50, { x: 30, y: 30 })).toBeUndefined();
    expect(lineLabelSpot([[100, 100]], 800, 600)).toBeUndefined();
  });
});

describe('wholeLabelSpot', () => {
  const text = { width: 200, height: 16 };

  it('keeps a long label on a line leaving the left edge wholly on screen', () => {
    const spot = wholeLabelSpot([[-1000, 300], [300, 300]], 800, 600, text, 10);
    // The stretch on screen is x 110..300 once half the label (100) and the margin (10) are kept clear.
    expect(spot?.at[0]).toBeCloseTo(205);
    expect((spot?.at[0] ?? 0) - 100).toBeGreaterThanOrEqual(10);
  });

  it('makes room above and below for a label turned along a steep line', () => {
    const spot = wholeLabelSpot([[400, -2000], [400, 150]], 800, 600, text, 10);
    expect(Math.abs(spot?.angle ?? 0)).toBeCloseTo(90);
    // Half the label (100) and the margin (10) kept above: the stretch on screen is y 110..150.
    expect(spot?.at[0]).toBeCloseTo(400);
    expect(spot?.at[1]).toBeCloseTo(130);
  });

  it('gives nothing when the label cannot fit along the visible part', () => {
    expect(wholeLabelSpot([[-1000, 300], [50, 300]], 800, 600, text, 10)).toBeUndefined();
  });
});

describe('labelSpotOnWorldCopies', () => {
  const text = { width: 200, height: 16 };
  // A route drawn one world (1000 px) to the left of the screen, as a line over the Pacific may be.
  const line: ScreenPoint[] = [[-900, 500], [-900, 100], [-950, -400]];

  it('labels the copy of the line that is on screen', () => {
    const spot = labelSpotOnWorldCopies(line, 1000, 800, 600, text, 10);
    expect(spot?.at[0]).toBeGreaterThan(90);
    expect(spot?.at[0]).toBeLessThan(110);
    expect(wholeLabelSpot(line, 800, 600, text, 10)).toBeUndefined();
  });

  it('on the globe (no copies) labels only the line as it is', () => {
    expect(labelSpotOnWorldCopies(line, 0, 800, 600, text, 10)).toBeUndefined();
  });
});
