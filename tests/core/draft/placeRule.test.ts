import { describe, expect, it } from 'vitest';
import { draftStory } from '../../../src/core/draft/draftStory.ts';
import { placedBy } from '../../../src/core/draft/placeRule.ts';
import { namesIndex } from '../../../src/core/draft/placesNamed.ts';
import type { GazetteerRow } from '../../../src/core/studio/gazetteer.ts';

const rows: GazetteerRow[] = [['Seongju', 128.283, 35.919, 'KR', 45000, '', 0], ['Busan', 129.04, 35.102, 'KR', 3678555, '', 0]];
const text = 'South Korean President Park Geun-hye spoke in the Seongju region. Russia warned South Korea. Busan was quiet.';
const places = (rule: 'capital' | 'named'): string[] => placedBy(draftStory(text, '2017-03-01', namesIndex(rows)), rule).actors.map((a) => `${a.id} at ${a.place ?? '?'}`);

describe('where suggested states are drawn, as the author chooses', () => {
  it('draws states, and their people, at their capitals', () => {
    expect(places('capital')).toEqual(['park-geun-hye at seoul', 'south-korea at seoul', 'russia at moscow']);
  });

  it('or at the first place the article names inside them, a state with none staying at its capital', () => {
    expect(places('named')).toEqual(['park-geun-hye at seongju', 'south-korea at seongju', 'russia at moscow']);
  });
});
