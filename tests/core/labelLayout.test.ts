import { describe, expect, it } from 'vitest';
import { type LabelMark, type LabelView, gatheredLine, labelChars, layoutLabels } from '../../src/core/labelLayout.ts';

const VIEW: LabelView = { width: 800, height: 600, worldPx: 0, gatherPx: 24, offsetPx: 10 };

function mark(id: string, x: number, y: number, extra: Partial<LabelMark> = {}): LabelMark {
  return { id, name: id[0]?.toUpperCase() + id.slice(1), x, y, first: false, capital: false, weight: 1, labelWidth: 60, ...extra };
}

describe('layoutLabels', () => {
  it('leaves marks that are far apart to their own labels', () => {
    const layout = layoutLabels([mark('seoul', 100, 100), mark('tokyo', 300, 120)], VIEW);
    expect(layout).toEqual({ gathered: {}, named: [], leftOf: [], rightOf: [] });
  });

  it('gathers marks closer than gatherPx under the label of the first by rank, which names the others', () => {
    const layout = layoutLabels([
      mark('seongju', 405, 310, { weight: 9 }),
      mark('seoul', 400, 300, { capital: true }),
      mark('pyongyang', 398, 285, { capital: true, weight: 3 }),
    ], VIEW);
    // Pyongyang is a capital with more stances than Seoul, so it leads; Seongju, 26 px from it, keeps its own label.
    expect(layout.gathered).toEqual({ pyongyang: '+1 nearby' });
    expect(layout.named).toEqual(['seoul']);
    expect(layoutLabels([mark('a', 400, 300, { weight: 5 }), mark('b', 410, 300), mark('c', 390, 305)], VIEW).gathered).toEqual({ a: '+2 nearby' });
  });

  it('never gathers a place that must be seen under a label that does not name it', () => {
    const marks = [
      mark('seoul', 400, 300, { capital: true, weight: 20 }),
      mark('thaad', 405, 305, { first: true }),
      mark('lotte', 395, 298, { first: true }),
      mark('seongju', 402, 296, { weight: 8 }),
      mark('gimcheon', 398, 302, { weight: 2 }),
    ];
    const layout = layoutLabels(marks, VIEW);
    // A place that must be seen leads its group, and every other such place in it is named.
    const lead = Object.keys(layout.gathered)[0];
    expect(lead).toBe('lotte');
    expect(layout.gathered.lotte).toBe('with Thaad +3');
    expect(layout.named).toEqual(['gimcheon', 'seongju', 'seoul', 'thaad']);
  });

  it('gathers across the antimeridian in any world copy', () => {
    const view = { ...VIEW, worldPx: 512 };
    const layout = layoutLabels([mark('fiji', 10, 300, { weight: 3 }), mark('samoa', 10 + 512 - 12, 300)], view);
    expect(layout.gathered).toEqual({ fiji: '+1 nearby' });
  });

  it('moves a label that would run off the right edge to the left of its mark, and one at the left edge to the right', () => {
    const layout = layoutLabels([mark('washington', 760, 300), mark('lisbon', 30, 300), mark('cairo', 400, 300)], VIEW);
    expect(layout.leftOf).toEqual(['washington']);
    expect(layout.rightOf).toEqual(['lisbon']);
  });

  it('gathers a crowd astride the seam between two world copies, when the world is narrower than the view', () => {
    // 143 is nearer the middle (400) one world to the right, at 655; 146 stays where it is.
    const layout = layoutLabels([mark('a', 143, 300, { weight: 2 }), mark('b', 146, 300)], { ...VIEW, worldPx: 512 });
    expect(layout.gathered).toEqual({ a: '+1 nearby' });
  });

  it('judges the edge on the world copy nearest the middle of the view', () => {
    const layout = layoutLabels([mark('washington', 760 - 1024, 300)], { ...VIEW, worldPx: 1024 });
    expect(layout.leftOf).toEqual(['washington']);
  });

  it('turns the label of a mark just off the map away from it, so no cut end of a label shows at the edge', () => {
    const layout = layoutLabels([mark('beijing', -40, 300), mark('pyongyang', -8, 300), mark('tokyo', 850, 300), mark('far', -500, 300)], VIEW);
    expect(layout.leftOf).toEqual(['beijing', 'pyongyang']);
    expect(layout.rightOf).toEqual(['tokyo']);
  });

  it('ignores marks off the screen', () => {
    const layout = layoutLabels([mark('a', -200, 300), mark('b', -205, 300)], VIEW);
    expect(layout.gathered).toEqual({});
  });

  it('handles a thousand marks in one pile without comparing every pair twice over', () => {
    const marks = Array.from({ length: 1000 }, (_, i) => mark(`p${String(i).padStart(4, '0')}`, 400 + (i % 7), 300 + (i % 5)));
    const layout = layoutLabels(marks, VIEW);
    expect(Object.keys(layout.gathered)).toEqual(['p0000']);
    expect(layout.named).toHaveLength(999);
    expect(layout.gathered.p0000).toBe('+999 nearby');
  });
});

describe('gatheredLine', () => {
  it('names the places that must be seen and counts the rest', () => {
    expect(gatheredLine([mark('seoul', 0, 0, { first: true })])).toBe('with Seoul');
    expect(gatheredLine([mark('seoul', 0, 0, { first: true }), mark('busan', 0, 0, { first: true }), mark('ulsan', 0, 0)])).toBe('with Seoul, Busan +1');
    expect(gatheredLine([mark('busan', 0, 0), mark('ulsan', 0, 0)])).toBe('+2 nearby');
  });
});

describe('labelChars', () => {
  const beijing = { place: { name: 'Beijing' }, actors: [{ name: 'China' }, { name: 'Chinese Foreign Ministry' }] };

  it('measures a label by its longest line, an actor\'s name at 0.8 of the size', () => {
    expect(labelChars(beijing, true)).toBeCloseTo(24 * 0.8);
  });

  it('counts the one short actor line when zoomed out', () => {
    expect(labelChars(beijing, false)).toBe(8);
    expect(labelChars({ place: { name: 'Washington, D.C.' }, actors: [] }, false)).toBe(16);
  });
});
