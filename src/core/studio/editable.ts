import type { Story } from '../schema/story.schema.ts';
import { withLineFeeds } from './workingCopy.ts';

// A story file opened in the studio, made editable whatever it holds: the
// lists and objects the forms need are there (empty when missing), and
// everything else is kept as it was, wrong or not, for the checker to report
// at its field. What could not be kept is said, never dropped silently.

const LISTS = ['places', 'actors', 'stances', 'events'] as const;
const OPTIONAL_LISTS = ['areas', 'scenes'] as const;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function editableStory(input: unknown, today: string): { story: Story; notes: string[] } {
  const notes: string[] = [];
  const file = isObject(input) ? { ...input } : {};
  if (!isObject(input)) notes.push('the file holds no story object; the studio started an empty story');
  const meta = isObject(file.meta) ? { ...file.meta } : {};
  if (file.meta !== undefined && !isObject(file.meta)) notes.push('meta was not an object and was replaced');
  const source = isObject(meta.source) ? { ...meta.source } : {};
  if (meta.source !== undefined && !isObject(meta.source)) notes.push('meta.source was not an object and was replaced');
  for (const key of ['title', 'description', 'language', 'credit'] as const) meta[key] ??= key === 'language' ? 'en' : '';
  for (const key of ['title', 'publisher'] as const) source[key] ??= '';
  source.published ??= today;
  if (typeof source.text === 'string') source.text = withLineFeeds(source.text);
  else if (source.text !== undefined) {
    notes.push('meta.source.text was not text and was left out');
    delete source.text;
  }
  meta.source = source;
  file.meta = meta;
  file.version ??= 1;
  for (const key of OPTIONAL_LISTS) {
    if (file[key] === undefined || Array.isArray(file[key])) continue;
    notes.push(`${key} was not a list and was left out`);
    delete file[key];
  }
  for (const key of LISTS) {
    if (file[key] === undefined) file[key] = [];
    else if (!Array.isArray(file[key])) {
      notes.push(`${key} was not a list and was replaced by an empty one`);
      file[key] = [];
    } else {
      const items = file[key] as unknown[];
      const kept = items.filter(isObject);
      if (kept.length < items.length) notes.push(`${key}: ${items.length - kept.length} entries were not objects and were left out`);
      file[key] = kept;
    }
  }
  return { story: file as unknown as Story, notes };
}
