import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { drawsTheSame, previewable } from '../../../src/core/studio/previewable.ts';
import { blankStory } from '../../../src/core/studio/workingCopy.ts';
import type { Story } from '../../../src/core/schema/story.schema.ts';
import { validateStory } from '../../../src/core/validation/validateStory.ts';

const started = (): Story => {
  const s = blankStory('2017-03-01');
  return {
    ...s,
    places: [{ id: 'beijing', name: 'Beijing', coordinates: [116.4, 39.9], kind: 'capital' }, { id: 'nowhere', name: 'Nowhere', coordinates: [999, 0], kind: 'city' }],
    actors: [{ id: 'china', name: 'China', kind: 'state', place: 'beijing' }, { id: 'lost', name: 'Lost', kind: 'state', place: 'nowhere' }],
    stances: [
      { id: 'a', from: 'china', to: 'lost', type: 'opposes', start: '2017-03-01', quote: 'x' },
      { id: 'b', from: 'china', to: 'beijing', type: '' as Story['stances'][number]['type'], start: '2017-03-01', quote: 'y' },
      { id: 'c', from: 'china', to: 'beijing', type: 'supports', start: '2017-03-01', quote: 'z' },
    ],
  };
};

describe('what the preview can draw of a story being made', () => {
  it('is the story itself when it has no problems', () => {
    const story = { ...started(), places: started().places.slice(0, 1), actors: started().actors.slice(0, 1), stances: started().stances.slice(2) };
    const whole = { ...story, meta: { ...story.meta, source: { ...story.meta.source, title: 'T', publisher: 'P' } } };
    expect(previewable(whole, validateStory(whole), validateStory)).toBe(whole);
  });

  it('leaves out unfinished items, and what points at them, and fills the article\'s missing details', () => {
    const story = started();
    const shown = previewable(story, validateStory(story), validateStory);
    expect(shown?.stances.map((s) => s.id)).toEqual(['c']);
    expect(shown?.places.map((p) => p.id)).toEqual(['beijing']);
    expect(shown?.actors.map((a) => a.id)).toEqual(['china']);
    expect(shown?.meta.source.publisher).toBe('Unknown publisher');
    expect(validateStory(shown)).toEqual([]);
  });

  it('is nothing when the story itself cannot be drawn (its date is not a date)', () => {
    const story = started();
    const broken = { ...story, meta: { ...story.meta, source: { ...story.meta.source, published: 'soon' } } };
    expect(previewable(broken, validateStory(broken), validateStory)).toBeUndefined();
  });
});

describe('versions that draw the same', () => {
  const base = started();
  it('are those where only words around the map changed', () => {
    const retitled = produce(base, (d) => { d.meta.title = 'New'; d.meta.source.text = 'More words.'; });
    expect(drawsTheSame(base, retitled)).toBe(true);
  });

  it('are not those with a changed item, article date or view', () => {
    expect(drawsTheSame(base, produce(base, (d) => { (d.stances[0] as { quote: string }).quote = 'other'; }))).toBe(false);
    expect(drawsTheSame(base, produce(base, (d) => { d.meta.source.published = '2017-03-02'; }))).toBe(false);
    expect(drawsTheSame(base, produce(base, (d) => { d.meta.view = { zoom: 3 }; }))).toBe(false);
  });
});

describe('the preview of a story whose article text has a problem', () => {
  it('still draws it: the map never shows the text', () => {
    const story = produce(started(), (d) => { d.stances = d.stances.slice(2); d.meta.source.text = 'x'.repeat(200_001); });
    const shown = previewable(story, validateStory(story), validateStory);
    expect(shown?.stances.map((s) => s.id)).toEqual(['c']);
    expect(shown?.meta.source.text).toBeUndefined();
  });
});
