import type { Story } from '../../src/core/schema/story.schema.ts';

/** A small valid story; tests break one thing in a fresh copy. */
export function minimalStory(): Story {
  return {
    version: 1,
    meta: {
      title: 'Test story',
      description: 'A story for tests.',
      language: 'en',
      source: { title: 'An article', publisher: 'A paper', url: 'https://example.com/a', published: '2017-03-01' },
      credit: 'Test credit',
    },
    places: [
      { id: 'beijing', name: 'Beijing', localNames: { zh: '北京' }, coordinates: [116.4, 39.9], kind: 'capital' },
      { id: 'seongju', name: 'Seongju', coordinates: [128.15, 35.99], kind: 'site' },
    ],
    actors: [
      { id: 'china', name: 'China', kind: 'state', place: 'beijing' },
      { id: 'geng', name: 'Geng Shuang', kind: 'person', place: 'beijing', memberOf: 'china', role: 'Spokesman' },
      { id: 'thaad', name: 'THAAD', kind: 'weapon', place: 'seongju' },
    ],
    stances: [
      { id: 's1', from: 'china', to: 'thaad', type: 'opposes', start: '2017-03-01', quote: 'opposition to THAAD' },
    ],
    events: [
      { id: 'e1', date: '2017-02-28', title: 'Land swap', description: 'Signed.', places: ['seongju'], actors: ['thaad'], quote: 'land swap' },
    ],
    areas: [{ id: 'range', name: 'Range', kind: 'range', place: 'seongju', radiusKm: 200 }],
    scenes: [{ id: 'sc1', title: 'Start', date: '2017-03-01', focus: ['china', 's1'] }],
  };
}

/** JSON round trip, as a file would arrive: own `__proto__` keys survive, prototypes do not. */
export function asParsedJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
