import { describe, expect, it } from 'vitest';
import { editableStory } from '../../../src/core/studio/editable.ts';
import { validateStory } from '../../../src/core/validation/validateStory.ts';

describe('a story file opened in the studio', () => {
  it('keeps what is wrong, for the checker to report at its field', () => {
    const { story, notes } = editableStory({ version: 1, meta: { title: 'T', source: { title: 'A', publisher: 'B', published: '2017-13-01' } }, places: [{ id: 'x', name: 'X', coordinates: [0, 0], kind: 'castle', extra: 1 }] }, '2026-12-07');
    expect(notes).toEqual([]);
    expect(story.places[0]).toEqual({ id: 'x', name: 'X', coordinates: [0, 0], kind: 'castle', extra: 1 });
    expect(validateStory(story).map((e) => e.path)).toEqual(expect.arrayContaining(['meta.source.published', 'places[0].kind', 'places[0].extra']));
  });

  it('fills the lists and fields a form needs, and says what it could not keep', () => {
    const { story, notes } = editableStory({ meta: 'oops', actors: 'none', stances: [1, { id: 's' }] }, '2026-12-07');
    expect(story.places).toEqual([]);
    expect(story.actors).toEqual([]);
    expect(story.stances).toEqual([{ id: 's' }]);
    expect(story.meta.source.published).toBe('2026-12-07');
    expect(notes).toEqual(['meta was not an object and was replaced', 'actors was not a list and was replaced by an empty one', 'stances: 1 entries were not objects and were left out']);
  });

  it('starts an empty story from a file that holds no story', () => {
    expect(editableStory([1, 2], '2026-12-07').notes).toEqual(['the file holds no story object; the studio started an empty story']);
  });
});

describe('an opened file the forms could not hold as it is', () => {
  it('says what it left out: scenes that are not a list, an article text that is not text', () => {
    const { story, notes } = editableStory({ meta: { source: { text: 42 } }, scenes: 'x', areas: [] }, '2026-12-07');
    expect(story.scenes).toBeUndefined();
    expect(story.areas).toEqual([]);
    expect(story.meta.source.text).toBeUndefined();
    expect(notes).toEqual(['meta.source.text was not text and was left out', 'scenes was not a list and was left out']);
  });

  it('keeps an article\'s text with line breaks as a text box holds them', () => {
    expect(editableStory({ meta: { source: { text: 'a\r\nb' } } }, '2026-12-07').story.meta.source.text).toBe('a\nb');
  });
});
