import { describe, expect, it } from 'vitest';
import { type Presence, START_PRESENCE, mapToShow, presenceAfter } from '../../src/core/mapPresence.ts';

const after = (...events: Parameters<typeof presenceAfter>[1][]): Presence => events.reduce(presenceAfter, START_PRESENCE);

describe('mapToShow', () => {
  it('shows the live map at first', () => {
    expect(mapToShow(START_PRESENCE, false)).toBe('live');
    expect(mapToShow(START_PRESENCE, true)).toBe('live');
  });

  it('puts an embed to sleep off screen, and a page map never', () => {
    const off = after({ type: 'seen', onScreen: false });
    expect(mapToShow(off, true)).toBe('asleep');
    expect(mapToShow(off, false)).toBe('live');
  });

  it('wakes an embed scrolled back into view', () => {
    expect(mapToShow(after({ type: 'seen', onScreen: false }, { type: 'seen', onScreen: true }), true)).toBe('live');
  });

  it('shows the still with its note once a lost context did not come back', () => {
    expect(mapToShow(after({ type: 'gaveUp' }), false)).toBe('context-lost');
  });

  it('tries the live map again when a tab is shown again after giving up', () => {
    expect(mapToShow(after({ type: 'gaveUp' }, { type: 'visible' }), false)).toBe('live');
  });

  it('lets an embed that gave up try again once it has slept and woken', () => {
    const events = [{ type: 'gaveUp' }, { type: 'seen', onScreen: false }, { type: 'seen', onScreen: true }] as const;
    expect(mapToShow(after(...events), true)).toBe('live');
    expect(mapToShow(after({ type: 'gaveUp' }, { type: 'seen', onScreen: true }), true)).toBe('context-lost');
  });

  it('shows why there is no live map where it cannot start, whatever else happens', () => {
    const p = after({ type: 'unavailable', why: 'map-not-loaded' }, { type: 'visible' }, { type: 'seen', onScreen: true });
    expect(mapToShow(p, true)).toBe('map-not-loaded');
    expect(mapToShow(after({ type: 'unavailable', why: 'no-webgl' }), false)).toBe('no-webgl');
  });
});
