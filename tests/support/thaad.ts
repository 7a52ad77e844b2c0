import { readFileSync } from 'node:fs';
import { readStoryText } from '../../src/core/validation/readStoryText.ts';
import type { Story } from '../../src/core/schema/story.schema.ts';

export function thaadStory(): Story {
  const r = readStoryText(readFileSync(new URL('../../data/thaad-2017.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error('the THAAD story does not validate');
  return r.story;
}
