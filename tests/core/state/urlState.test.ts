import { describe, expect, it } from 'vitest';
import { storyDate } from '../../../src/core/dates.ts';
import { initialState } from '../../../src/core/state/initialState.ts';
import { isStudio, modeFromUrl, parseCamera, parseHash, stateToHash } from '../../../src/core/state/urlState.ts';
import { buildTimeline } from '../../../src/core/timeline.ts';
import { event, modelWith } from '../../support/storyBuilder.ts';

const model = modelWith({ events: [event('a', '2017-02-01'), event('b', '2017-03-10')] });
const timeline = buildTimeline(model, storyDate('2017-03-01').first);
const opening = initialState(model, timeline);

describe('the URL fragment', () => {
  it('is empty for the opening state', () => {
    expect(stateToHash(opening, opening)).toBe('');
  });

  it('carries date, selection, filters, projection and camera, and reads them back', () => {
    const state = {
      ...opening, t: storyDate('2017-02-28').first, selected: 's1', focus: 'china', hiddenTypes: ['warns' as const, 'opposes' as const],
      projection: 'globe' as const, actorScope: 'states' as const, camera: { center: [127.5, 36.8] as const, zoom: 5.6, bearing: 0, pitch: 0 },
    };
    const hash = stateToHash(state, opening);
    expect(hash).toBe('#t=2017-02-28&sel=s1&focus=china&hide=warns,opposes&proj=globe&actors=states&cam=127.5,36.8,5.6');
    expect(parseHash(hash, model, timeline)).toEqual({
      patch: { t: state.t, selected: 's1', focus: 'china', hiddenTypes: ['warns', 'opposes'], projection: 'globe', actorScope: 'states', camera: state.camera },
      notes: [],
    });
  });

  it('ignores bad values with a note each, never throwing', () => {
    const read = parseHash('#t=2017-02-30&sel=<script>&focus=nobody&hide=hates,warns&proj=flat&cam=1,2&mode=party&evil=1', model, timeline);
    expect(read.patch).toEqual({ hiddenTypes: ['warns'] });
    expect(read.notes).toEqual([
      'date "2017-02-30" is not a calendar date (YYYY-MM-DD)',
      'nothing in this story is called "<script>"',
      'no actor in this story is called "nobody"',
      'unknown stance type "hates"',
      'projection "flat" is neither "globe" nor "mercator"',
      'camera "1,2" is not "longitude,latitude,zoom[,bearing,pitch]" within range',
      'mode "party" is not one of explore, embed, present, notes',
      'unknown link parameter "evil"',
    ]);
  });

  it('refuses a date outside the story', () => {
    expect(parseHash('t=2030-01-01', model, timeline).notes).toEqual(['date "2030-01-01" is outside the story (1 February 2017 to 10 March 2017)']);
  });

  it('refuses a camera with values out of range or not numbers', () => {
    expect(parseCamera('10,95,3')).toBeUndefined();
    expect(parseCamera('10,20,NaN')).toBeUndefined();
    expect(parseCamera('10,20,3,370,10')).toEqual({ center: [10, 20], zoom: 3, bearing: 10, pitch: 10 });
    expect(parseCamera('10,20,-1.01')).toBeUndefined();
  });

  it('keeps a camera zoomed out below 0, as far as the map goes (a phone showing the whole story)', () => {
    expect(parseCamera('150,30,-0.6')).toEqual({ center: [150, 30], zoom: -0.6, bearing: 0, pitch: 0 });
    expect(parseCamera('150,30,-1')).toEqual({ center: [150, 30], zoom: -1, bearing: 0, pitch: 0 });
  });
});

describe('the page an address opens', () => {
  it('is the studio for ?mode=edit only, and a story mode otherwise', () => {
    expect(isStudio('?mode=edit')).toBe(true);
    expect(isStudio('?data=x.json&mode=edit')).toBe(true);
    expect(isStudio('?mode=embed')).toBe(false);
    expect(isStudio('')).toBe(false);
    expect(modeFromUrl('?mode=present', '')).toBe('present');
    expect(modeFromUrl('', '#mode=embed')).toBe('embed');
    // The studio is not a mode of the story's state: a fragment cannot ask for it.
    expect(modeFromUrl('', '#mode=edit')).toBe('explore');
  });
});
