import { describe, expect, it } from 'vitest';
import { ARROW_FLAG, HALOS_MAX_DRAWN, STATE_BYTES, arrowStates, drawnStances, glowFor, glowingCount, haloStances } from '../../../src/core/arrows/arrowStates.ts';
import { dayNumber } from '../../../src/core/dates.ts';
import { computeFrame } from '../../../src/core/frame.ts';
import { STANCE_TYPES } from '../../../src/core/stanceTypes.ts';
import { modelWith, stance } from '../../support/storyBuilder.ts';

describe('arrowStates', () => {
  const model = modelWith({
    stances: [
      stance('early', '2017-01-01', '2017-02-01'),
      stance('later', '2017-03-01'),
      stance('backing', '2017-01-15', undefined, { type: 'supports' }),
      stance('spokesman', '2017-01-10', undefined, { from: 'geng', type: 'criticizes' }),
    ],
  });
  const jan20 = computeFrame(model, dayNumber(2017, 1, 20));
  const plain = { selected: '', hovered: '', flashing: new Set<string>(), sceneFocus: [] };
  const byte = (bytes: Uint8Array, stanceIndex: number, k: number): number => bytes[stanceIndex * STATE_BYTES + k] ?? -1;

  it('marks exactly the stances of the frame as drawn, by model index', () => {
    const bytes = arrowStates(model, jan20, plain);
    expect(bytes).toHaveLength(4 * STATE_BYTES);
    expect(drawnStances(bytes)).toEqual([0, 2, 3]);
  });

  it('leaves a stance hidden by a type filter undrawn', () => {
    const frame = computeFrame(model, dayNumber(2017, 1, 20), { focus: '', hiddenTypes: ['supports'], statesOnly: false });
    expect(drawnStances(arrowStates(model, frame, plain))).toEqual([0, 3]);
  });

  it('stores each stance type as its index in the vocabulary, drawn or not', () => {
    const bytes = arrowStates(model, jan20, plain);
    expect([0, 1, 2, 3].map((i) => byte(bytes, i, 3))).toEqual(['opposes', 'opposes', 'supports', 'criticizes'].map((t) => (STANCE_TYPES as readonly string[]).indexOf(t)));
  });

  it('draws everything strong when nothing is selected or in focus', () => {
    const bytes = arrowStates(model, jan20, plain);
    expect([0, 2, 3].map((i) => byte(bytes, i, 1))).toEqual([255, 255, 255]);
  });

  it('keeps the selection strong and fades the rest, with the selected flag on it alone', () => {
    const bytes = arrowStates(model, jan20, { ...plain, selected: 'backing' });
    expect([0, 2, 3].map((i) => byte(bytes, i, 1))).toEqual([0, 255, 0]);
    expect([0, 2, 3].map((i) => byte(bytes, i, 2))).toEqual([0, ARROW_FLAG.selected, 0]);
  });

  it('fades stances that neither come from nor go to the actor in focus', () => {
    const frame = computeFrame(model, dayNumber(2017, 1, 20), { focus: 'geng', hiddenTypes: [], statesOnly: false });
    const bytes = arrowStates(model, frame, plain);
    expect([0, 2, 3].map((i) => byte(bytes, i, 1))).toEqual([0, 0, 255]);
  });

  it('fades stances a briefing scene does not put forward', () => {
    const bytes = arrowStates(model, jan20, { ...plain, sceneFocus: ['early'] });
    expect([0, 2, 3].map((i) => byte(bytes, i, 1))).toEqual([255, 0, 0]);
  });

  it('flags the hovered and the newly appeared stances', () => {
    const bytes = arrowStates(model, jan20, { ...plain, hovered: 'early', flashing: new Set(['backing', 'early']) });
    expect(byte(bytes, 0, 2)).toBe(ARROW_FLAG.hovered | ARROW_FLAG.flashing);
    expect(byte(bytes, 2, 2)).toBe(ARROW_FLAG.flashing);
  });

  it('gives a stance that is not drawn no flags, even when it is hovered or selected', () => {
    const bytes = arrowStates(model, jan20, { ...plain, selected: 'later', hovered: 'later' });
    expect([byte(bytes, 1, 0), byte(bytes, 1, 2)]).toEqual([0, 0]);
  });
});

describe('haloStances', () => {
  /** A state texture of `stances` stances, the first `drawn` of them drawn, `flagged` ones selected, hovered or glowing. */
  const texture = (stances: number, drawn: number, flagged: Record<number, number> = {}): Uint8Array => {
    const bytes = new Uint8Array(stances * STATE_BYTES);
    for (let i = 0; i < drawn; i++) bytes[i * STATE_BYTES] = 255;
    for (const [i, flags] of Object.entries(flagged)) bytes[Number(i) * STATE_BYTES + 2] = flags;
    return bytes;
  };

  it('gives every drawn arrow its halo up to the limit', () => {
    expect(haloStances(texture(HALOS_MAX_DRAWN + 5, HALOS_MAX_DRAWN, { 3: ARROW_FLAG.selected }))).toBe('all');
  });

  it('past the limit keeps the halos of the selected, hovered and glowing arrows alone, by index', () => {
    const flagged = { 7: ARROW_FLAG.selected, 12: ARROW_FLAG.hovered, 40: ARROW_FLAG.flashing | ARROW_FLAG.hovered };
    expect(haloStances(texture(HALOS_MAX_DRAWN + 5, HALOS_MAX_DRAWN + 1, flagged))).toEqual([7, 12, 40]);
    expect(haloStances(texture(HALOS_MAX_DRAWN + 5, HALOS_MAX_DRAWN + 1))).toEqual([]);
  });

  it('counts the arrows drawn, not the stances in the story', () => {
    expect(haloStances(texture(10_000, 26))).toBe('all');
    expect(haloStances(texture(10_000, 0))).toBe('all');
  });
});

describe('glowFor', () => {
  it('gives one new arrow the full glow', () => {
    expect(glowFor(1).width).toBeCloseTo(7);
    expect(glowFor(1).opacity).toBeCloseTo(0.85);
  });

  it('makes the glow fainter and narrower the more arrows share it', () => {
    const counts = [1, 2, 4, 9, 16];
    const glows = counts.map(glowFor);
    for (let i = 1; i < glows.length; i++) {
      expect(glows[i]?.opacity).toBeLessThan(glows[i - 1]?.opacity ?? 0);
      expect(glows[i]?.width).toBeLessThan(glows[i - 1]?.width ?? 0);
    }
    // Sixteen at once (THAAD on 1 March) glow at about half the strength of one.
    expect(glows[4]?.opacity).toBeLessThan(0.5);
  });

  it('keeps a visible glow however many appear, and treats none as one', () => {
    expect(glowFor(10_000)).toEqual(glowFor(100));
    expect(glowFor(100).opacity).toBeGreaterThan(0.4);
    expect(glowFor(0)).toEqual(glowFor(1));
  });
});

describe('glowingCount', () => {
  const model = modelWith({ stances: [stance('a', '2017-01-01'), stance('b', '2017-01-01'), stance('c', '2017-02-01')] });
  const jan = computeFrame(model, dayNumber(2017, 1, 20));
  const look = { selected: '', hovered: 'b', flashing: new Set(['a', 'b', 'c']), sceneFocus: [] };

  it('counts the drawn stances that glow, not those glowing off the map', () => {
    expect(glowingCount(arrowStates(model, jan, look))).toBe(2);
    expect(glowingCount(arrowStates(model, jan, { ...look, flashing: new Set() }))).toBe(0);
  });

  it('does not count a glowing stance faded by a selection, which the shader draws without its glow', () => {
    expect(glowingCount(arrowStates(model, jan, { ...look, selected: 'a' }))).toBe(1);
  });
});
