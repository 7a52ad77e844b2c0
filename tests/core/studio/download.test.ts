import { describe, expect, it } from 'vitest';
import { storyFile, storyFileName } from '../../../src/core/studio/download.ts';
import { blankStory } from '../../../src/core/studio/workingCopy.ts';
import { validateStory } from '../../../src/core/validation/validateStory.ts';

const story = {
  ...blankStory('2017-03-01'),
  meta: { ...blankStory('2017-03-01').meta, title: 'Séoul, THAAD & China', source: { title: 'A', publisher: 'B', published: '2017-03-01', text: 'The words.' } },
};

describe('the downloaded file', () => {
  it('names its schema first, and passes the checker', () => {
    const text = storyFile(story, { schemaUrl: 'https://example.org/stancemap.schema.json', keepText: true });
    expect(text.startsWith('{\n  "$schema": "https://example.org/stancemap.schema.json",')).toBe(true);
    expect(validateStory(JSON.parse(text))).toEqual([]);
  });

  it('keeps the article\'s text only when the author chose to', () => {
    const parse = (keepText: boolean): { meta: { source: { text?: string } } } => JSON.parse(storyFile(story, { schemaUrl: 's', keepText })) as { meta: { source: { text?: string } } };
    expect(parse(true).meta.source.text).toBe('The words.');
    expect(parse(false).meta.source.text).toBeUndefined();
  });

  it('is named after the story\'s title, in plain letters', () => {
    expect(storyFileName(story)).toBe('seoul-thaad-china.json');
    expect(storyFileName(blankStory('2017-03-01'))).toBe('untitled-story.json');
  });
});
