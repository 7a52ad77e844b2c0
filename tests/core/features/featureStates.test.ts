import { describe, expect, it } from 'vitest';
import { frameStates, stateChanges } from '../../../src/core/features/featureStates.ts';
import { computeFrame } from '../../../src/core/frame.ts';
import { dayNumber } from '../../../src/core/dates.ts';
import { event, modelWith, stance } from '../../support/storyBuilder.ts';

describe('frameStates', () => {
  const model = modelWith({
    stances: [stance('s0', '2017-01-01', '2017-02-01'), stance('s1', '2017-03-01'), stance('s2', '2017-01-15', undefined, { type: 'supports' })],
    events: [
      { ...event('e0', '2017-01-10'), places: ['beijing'] },
      event('e1', '2017-03'),
    ],
    areas: [{ id: 'range', name: 'Range', kind: 'range', place: 'seongju', radiusKm: 200, start: '2017-03-01' }],
  });

  it('rings a place with an event now as current, even when an earlier event there is over', () => {
    const states = frameStates(model, computeFrame(model, dayNumber(2017, 3, 5)));
    expect(Object.fromEntries(states.places)).toEqual({ 0: 'past', 1: 'current' });
    expect([...states.areas.keys()]).toEqual([0]);
  });
});

describe('stateChanges', () => {
  it('lists only what differs: new keys, changed values, and keys that left set to off', () => {
    const before = new Map([[1, 'past'], [2, 'current'], [3, 'past']]);
    const after = new Map([[1, 'past'], [2, 'past'], [4, 'current']]);
    expect(stateChanges(before, after, '')).toEqual([{ id: 2, value: 'past' }, { id: 4, value: 'current' }, { id: 3, value: '' }]);
  });

  it('costs nothing when nothing changed, whatever the size of the story', () => {
    const all = new Map(Array.from({ length: 10_000 }, (_, i) => [i, true]));
    expect(stateChanges(all, new Map(all), false)).toEqual([]);
    expect(stateChanges(new Map<number, boolean>(), all, false)).toHaveLength(10_000);
  });
});
