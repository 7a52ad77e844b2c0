import { describe, expect, it } from 'vitest';
import { actorList, placeFeatures } from '../../../src/core/features/placeFeatures.ts';
import { buildModel } from '../../../src/core/model.ts';
import { thaadStory } from '../../support/thaad.ts';

describe('placeFeatures', () => {
  const places = new Map(placeFeatures(buildModel(thaadStory())).features.map((f) => [f.properties.id, f.properties]));

  it('groups the actors drawn at one place into one label block instead of piling labels', () => {
    expect(places.get('beijing')?.actorsAll).toBe('China\nChinese Foreign Ministry\nKong Xuanyou\nGeng Shuang');
    expect(places.get('beijing')?.actorsStates).toBe('China');
  });

  it('shortens a place\'s actors to its state and how many more for a zoomed-out map', () => {
    expect(places.get('beijing')?.actorsAllShort).toBe('China +3');
    expect(places.get('beijing')?.actorsStatesShort).toBe('China');
    // Seoul: Aleksandr Timonin is listed first, but the state leads the short line.
    expect(places.get('seoul')?.actorsAllShort).toBe('South Korea +2');
    expect(places.get('seongju')?.actorsStatesShort).toBe('');
  });

  it('carries the local name and its language', () => {
    expect([places.get('seoul')?.localName, places.get('seoul')?.localLang]).toEqual(['서울', 'ko']);
    expect([places.get('moscow')?.localName, places.get('moscow')?.localLang]).toEqual(['Москва', 'ru']);
    expect(places.get('washington')?.localName).toBe('');
  });

  it('weighs places by the stances that start or end there', () => {
    expect(places.get('seongju')?.weight).toBeGreaterThan(places.get('tokyo')?.weight ?? Infinity);
  });

  it('cuts a long actor list with a count of the rest', () => {
    expect(actorList(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('a\nb\nc\n+3 more');
    expect(actorList(['a', 'b', 'c', 'd'])).toBe('a\nb\nc\nd');
  });
});
