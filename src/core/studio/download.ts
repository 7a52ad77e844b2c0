import type { Story } from '../schema/story.schema.ts';
import { newId } from './workingCopy.ts';

// The file the studio downloads: the story with `$schema` first (editors then
// check it as it is typed), the article's text kept or left out as the author
// chose, and a name made from its title.

export function storyFile(story: Story, options: { readonly schemaUrl: string; readonly keepText: boolean }): string {
  const source = { ...story.meta.source };
  if (!options.keepText || source.text === '') delete source.text;
  const file: Record<string, unknown> = { $schema: options.schemaUrl };
  for (const [key, value] of Object.entries(story)) if (key !== '$schema') file[key] = value;
  file.meta = { ...story.meta, source };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function storyFileName(story: Story): string {
  return `${newId(typeof story.meta.title === 'string' ? story.meta.title : '', new Set(), 'story')}.json`;
}
