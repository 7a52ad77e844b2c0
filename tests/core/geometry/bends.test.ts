import { describe, expect, it } from 'vitest';
import { BASE_BEND, BEND_STEP, LOOP_FIRST_DIRECTION, LOOP_STEP, assignBends } from '../../../src/core/geometry/bends.ts';

describe('assignBends', () => {
  it('fans out stances between the same two places and reuses bends in the other direction', () => {
    const bends = assignBends([
      { fromPlace: 'beijing', toPlace: 'seongju' },
      { fromPlace: 'beijing', toPlace: 'seongju' },
      { fromPlace: 'seongju', toPlace: 'beijing' },
      { fromPlace: 'moscow', toPlace: 'seongju' },
    ]);
    expect(bends).toEqual([BASE_BEND, BASE_BEND + BEND_STEP, BASE_BEND, BASE_BEND]);
  });

  it('turns loops at one place in different directions', () => {
    expect(assignBends([{ fromPlace: 'seoul', toPlace: 'seoul' }, { fromPlace: 'seoul', toPlace: 'seoul' }])).toEqual([
      LOOP_FIRST_DIRECTION, LOOP_FIRST_DIRECTION - LOOP_STEP,
    ]);
  });
});
