import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/core/model.ts';
import type { Story } from '../../../src/core/schema/story.schema.ts';
import { framesFirstSight } from '../../../src/core/studio/firstSight.ts';
import { blankStory } from '../../../src/core/studio/workingCopy.ts';

const model = buildModel(JSON.parse(readFileSync(new URL('../../../data/thaad-2017.json', import.meta.url), 'utf8')) as Story);
const blank = buildModel(blankStory('2017-03-01'));
const open = { camera: undefined, mode: 'explore' as const };

describe('the preview framing a new version of the story as it opens', () => {
  it('frames a story begun with nothing to show once it has a place, as a reader would first see it', () => {
    expect(framesFirstSight(blank, model, open)).toBe(true);
  });

  it('leaves the view alone while a story that had places is edited, once the map was moved, or in a briefing', () => {
    expect(framesFirstSight(model, model, open)).toBe(false);
    expect(framesFirstSight(blank, blank, open)).toBe(false);
    expect(framesFirstSight(blank, model, { ...open, camera: { center: [127, 37], zoom: 5, bearing: 0, pitch: 0 } })).toBe(false);
    expect(framesFirstSight(blank, model, { ...open, mode: 'present' })).toBe(false);
  });
});
