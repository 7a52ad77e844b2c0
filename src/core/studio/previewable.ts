import type { Story } from '../schema/story.schema.ts';
import type { ValidationError } from '../validation/errors.ts';

// What the preview can draw of a story still being made: the story without
// the items that have problems (a stance with no type yet, a place with no
// coordinates), and with placeholders for the article's details not yet
// typed. The checker still reports everything; this only keeps the preview
// showing what is finished. Undefined when even that cannot be drawn.

const SECTIONS = ['places', 'actors', 'stances', 'events', 'areas', 'scenes'] as const;
const ROUNDS = 4;

function itemIndex(path: string, section: string): number | undefined {
  const m = new RegExp(`^${section}\\[(\\d+)\\]`).exec(path);
  return m ? Number(m[1]) : undefined;
}

function withoutFaulty(story: Story, errors: readonly ValidationError[]): Story {
  const next = { ...story } as Record<string, unknown>;
  for (const section of SECTIONS) {
    const items = story[section];
    if (!Array.isArray(items)) continue;
    const faulty = new Set(errors.map((e) => itemIndex(e.path, section)).filter((i) => i !== undefined));
    if (faulty.size > 0) next[section] = items.filter((_, i) => !faulty.has(i));
  }
  return next as Story;
}

function withPlaceholders(story: Story): Story {
  const { meta } = story;
  const source = { ...meta.source, title: meta.source.title || 'Untitled article', publisher: meta.source.publisher || 'Unknown publisher' };
  return { ...story, meta: { ...meta, title: meta.title || 'Untitled story', source } };
}

/** `validate` is the checker (validation/validateStory.ts), handed in: the studio loads it in the checker's own chunk. */
export function previewable(story: Story, errors: readonly ValidationError[], validate: (input: unknown) => readonly ValidationError[]): Story | undefined {
  if (errors.length === 0) return story;
  // The map never shows the article's text: a text too long, or one a quote is not in, does not hold it up.
  const source = { ...story.meta.source };
  delete source.text;
  let draft = withPlaceholders({ ...story, meta: { ...story.meta, source } });
  let found = validate(draft);
  // Dropping an actor with a problem leaves the stances that name it pointing nowhere: a few rounds settle it.
  for (let round = 0; round < ROUNDS && found.length > 0; round++) {
    draft = withoutFaulty(draft, found);
    found = validate(draft);
  }
  return found.length === 0 ? draft : undefined;
}

/**
 * True when two versions of a story draw the same map, list and timeline: only
 * the words around them changed (the title, the credit, the article's text or
 * details other than its date). Immer keeps every untouched list the same
 * object, so this is a handful of comparisons.
 */
export function drawsTheSame(before: Story, after: Story): boolean {
  const lists = ['places', 'actors', 'stances', 'events', 'areas', 'scenes'] as const;
  return lists.every((k) => before[k] === after[k])
    && before.meta.view === after.meta.view
    && before.meta.language === after.meta.language
    && before.meta.source.published === after.meta.source.published
    // The detail panel cites the article.
    && before.meta.source.title === after.meta.source.title
    && before.meta.source.publisher === after.meta.source.publisher
    && before.meta.source.url === after.meta.source.url;
}
