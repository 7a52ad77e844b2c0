import { describe, expect, it } from 'vitest';
import { namesIndex, placesNamed } from '../../../src/core/draft/placesNamed.ts';
import { splitSentences } from '../../../src/core/draft/sentences.ts';
import type { GazetteerRow } from '../../../src/core/studio/gazetteer.ts';

const rows: GazetteerRow[] = [
  ['Al Qadarif', 35.383, 14.035, 'SD', 363945, 'القضارف|Al-Qadarif|El Gedaref|Gadarif', 0],
  ['Hyderabad', 78.474, 17.384, 'IN', 6809970, '', 0],
  ['Hyderabad', 68.373, 25.392, 'PK', 1386330, '', 0],
  ['Reading', -0.971, 51.456, 'GB', 318014, '', 0],
  ['Davao', 125.613, 7.073, 'PH', 1776949, 'Central|Davao City', 0],
];
const named = (text: string): string[] =>
  placesNamed(splitSentences(text), new Set(), namesIndex(rows)).map((p) => [p.name, p.listedAs, p.ambiguous ? 'ambiguous' : ''].filter(Boolean).join(' · '));

describe('the places an article names', () => {
  it('finds a place by its other spellings, with or without "al-", under the article’s spelling', () => {
    expect(named('Farmers in Gedaref were assured.')).toEqual(['Gedaref · Al Qadarif']);
    expect(named('Farmers in Al Qadarif were assured.')).toEqual(['Al Qadarif']);
    // Another spelling of a large city needs the words around it to say a place is meant.
    expect(named('Central government officials spoke.')).toEqual([]);
  });

  it('takes a name where a place is expected, or a large place anywhere, and says when it is ambiguous', () => {
    expect(named('Hyderabad spoke. Reading the text, he went to Reading.')).toEqual(['Hyderabad · ambiguous', 'Reading']);
    expect(named('Reading the text took long.')).toEqual([]);
  });

  it('draws the states named at their capitals', () => {
    expect(placesNamed(splitSentences('x'), new Set(['france', 'african-union']), undefined).map((p) => `${p.id} ${p.kind}`)).toEqual(['paris capital', 'addis-ababa capital']);
  });
});
