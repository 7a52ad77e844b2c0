import { describe, expect, it } from 'vitest';
import { storyDate } from '../../src/core/dates.ts';
import { NO_FILTERS, computeFrame, drawnOf, focusChoices, focusGroup, focusInScope, frameChange, typesInScope } from '../../src/core/frame.ts';
import { buildModel } from '../../src/core/model.ts';
import { minimalStory } from '../support/minimalStory.ts';
import { event, modelWith, stance } from '../support/storyBuilder.ts';

const day = (text: string): number => storyDate(text).first;
const ids = (frame: ReturnType<typeof computeFrame>): string[] => frame.stances.map((s) => s.stance.id);

describe('computeFrame', () => {
  const model = modelWith({
    stances: [
      stance('s-day', '2017-02-28', '2017-03-10'),
      stance('s-month', '2017-02'),
      stance('s-planned', '2017-08 planned'),
      stance('s-before', '2017-03-01 before', undefined, { type: 'warns' }),
    ],
    events: [event('e-month', '2017-02'), event('e-a', '2017-03-01'), event('e-b', '2017-03-01'), event('e-planned', '2017-08 planned')],
  });

  it('shows a stance from the day it starts, not the day before', () => {
    expect(ids(computeFrame(model, day('2017-02-27')))).not.toContain('s-day');
    expect(ids(computeFrame(model, day('2017-02-28')))).toContain('s-day');
  });

  it('hides a stance on the day it ends and shows it the day before', () => {
    expect(ids(computeFrame(model, day('2017-03-09')))).toContain('s-day');
    expect(ids(computeFrame(model, day('2017-03-10')))).not.toContain('s-day');
  });

  it('starts a month-precision stance on the first day of its month', () => {
    expect(ids(computeFrame(model, day('2017-01-31')))).not.toContain('s-month');
    expect(ids(computeFrame(model, day('2017-02-01')))).toContain('s-month');
  });

  it('shows a planned stance only from the planned month', () => {
    expect(ids(computeFrame(model, day('2017-07-31')))).not.toContain('s-planned');
    expect(ids(computeFrame(model, day('2017-08-01')))).toContain('s-planned');
  });

  it('keeps a month-precision event current for its whole month, then past', () => {
    const inFeb = computeFrame(model, day('2017-02-15'));
    expect(inFeb.current.map((e) => e.event.id)).toEqual(['e-month']);
    const lastDay = computeFrame(model, day('2017-02-28'));
    expect(lastDay.current.map((e) => e.event.id)).toEqual(['e-month']);
    const after = computeFrame(model, day('2017-03-01'));
    expect(after.past.map((e) => e.event.id)).toEqual(['e-month']);
  });

  it('makes every event of the same day current together', () => {
    expect(computeFrame(model, day('2017-03-01')).current.map((e) => e.event.id)).toEqual(['e-a', 'e-b']);
  });

  it('keeps a planned event out of the past until its month is over', () => {
    expect(computeFrame(model, day('2017-08-15')).current.map((e) => e.event.id)).toEqual(['e-planned']);
    expect(computeFrame(model, day('2017-07-01')).past.map((e) => e.event.id)).not.toContain('e-planned');
  });

  it('works for a story with one event and no stance', () => {
    const one = modelWith({ stances: [], events: [event('only', '2020-05-05')] });
    const frame = computeFrame(one, day('2020-05-05'));
    expect([frame.stances.length, frame.current.length, frame.past.length]).toEqual([0, 1, 0]);
  });

  it('hides filtered types and, with states only, stances held by others', () => {
    const t = day('2017-03-05');
    expect(ids(computeFrame(model, t, { ...NO_FILTERS, hiddenTypes: ['warns'] }))).not.toContain('s-before');
    const people = modelWith({ stances: [stance('by-state', '2017-01'), stance('by-person', '2017-01', undefined, { from: 'geng' })] });
    expect(ids(computeFrame(people, t, { ...NO_FILTERS, statesOnly: true }))).toEqual(['by-state']);
  });

  it('with states only keeps stances from a state to a state, a place or a weapon, and drops those aimed at people, ministries and companies', () => {
    const base = minimalStory();
    const m = buildModel({
      ...base,
      actors: [
        ...base.actors,
        { id: 'korea', name: 'South Korea', kind: 'state', place: 'seongju' },
        { id: 'lotte', name: 'Lotte', kind: 'company', place: 'seongju' },
        { id: 'mfa', name: 'Foreign Ministry', kind: 'government', place: 'beijing', memberOf: 'china' },
      ],
      stances: [
        stance('to-state', '2017-01', undefined, { to: 'korea', type: 'warns' }),
        stance('to-weapon', '2017-01'),
        stance('to-place', '2017-01', undefined, { to: 'seongju', type: 'warns' }),
        stance('to-person', '2017-01', undefined, { to: 'geng', type: 'criticizes' }),
        stance('to-company', '2017-01', undefined, { to: 'lotte', type: 'retaliates' }),
        stance('to-ministry', '2017-01', undefined, { to: 'mfa', type: 'criticizes' }),
        stance('by-person', '2017-01', undefined, { from: 'geng', to: 'korea', type: 'warns' }),
      ],
    });
    const t = day('2017-02-01');
    expect(ids(computeFrame(m, t, { ...NO_FILTERS, statesOnly: true }))).toEqual(['to-state', 'to-weapon', 'to-place']);
    expect(ids(computeFrame(m, t))).toHaveLength(7);
    // The legend lists only the types left: no "criticizes" or "retaliates" between states here.
    expect([...typesInScope(m, true)].sort()).toEqual(['opposes', 'warns']);
    expect([...typesInScope(m, false)].sort()).toEqual(['criticizes', 'opposes', 'retaliates', 'warns']);
  });

  it('with states only shows a person in focus as their state, and a focus outside any state as no focus', () => {
    const m = modelWith({ stances: [stance('by-china', '2017-01'), stance('by-geng', '2017-01', undefined, { from: 'geng' })] });
    expect(focusInScope(m, 'geng', true)).toBe('china');
    expect(focusInScope(m, 'geng', false)).toBe('geng');
    expect(focusInScope(m, 'thaad', true)).toBe('');
    expect(focusInScope(m, '', true)).toBe('');
    expect(focusChoices(m, true).map((a) => a.id)).toEqual(['china']);
    expect(focusChoices(m, false).map((a) => a.id)).toEqual(['china', 'geng', 'thaad']);
    // Geng in focus with states only: China's stance is not dimmed, as it would be for a focus the map no longer shows.
    const frame = computeFrame(m, day('2017-02-01'), { ...NO_FILTERS, focus: 'geng', statesOnly: true });
    expect(ids(frame)).toEqual(['by-china']);
    expect([...frame.dimmed]).toEqual([]);
  });

  it('dims what is outside the focus actor and its members, keeping it listed', () => {
    const m = modelWith({ stances: [stance('by-china', '2017-01'), stance('by-geng', '2017-01', undefined, { from: 'geng' }), stance('from-thaad', '2017-01', undefined, { from: 'thaad', to: 'seongju' })] });
    const frame = computeFrame(m, day('2017-02-01'), { ...NO_FILTERS, focus: 'china' });
    expect(ids(frame)).toEqual(['by-china', 'by-geng', 'from-thaad']);
    expect([...frame.dimmed]).toEqual(['from-thaad']);
    expect([...focusGroup(m, 'china')].sort()).toEqual(['china', 'geng']);
  });

  it('says which of the given stances it draws, leaving out a selection hidden by a filter', () => {
    const m = modelWith({ stances: [stance('a', '2017-01'), stance('b', '2017-01', undefined, { type: 'warns' })] });
    const frame = computeFrame(m, day('2017-02-01'), { ...NO_FILTERS, hiddenTypes: ['warns'] });
    expect(drawnOf(frame, ['b', 'a', '', 'gone'])).toEqual(['a']);
  });

  it('names what changed between two steps', () => {
    const before = computeFrame(model, day('2017-02-27'));
    const after = computeFrame(model, day('2017-03-01'));
    expect(frameChange(before, after)).toEqual({ added: ['s-day', 's-before'], removed: [] });
    expect(frameChange(after, computeFrame(model, day('2017-03-10')))).toEqual({ added: [], removed: ['s-day'] });
  });

  it('shows the areas active at the date', () => {
    const m = modelWith({ areas: [{ id: 'ring', name: 'Ring', kind: 'range', place: 'seongju', radiusKm: 200, start: '2017-08' }] });
    expect(computeFrame(m, day('2017-07-31')).areas).toEqual([]);
    expect(computeFrame(m, day('2017-08-01')).areas).toEqual(['ring']);
  });
});
