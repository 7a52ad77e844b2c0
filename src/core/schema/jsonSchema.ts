import * as z from 'zod/mini';
import { storySchema } from './story.schema.ts';

/** The published JSON Schema (data/stancemap.schema.json), derived from the same zod schema the app validates with. */
export function storyJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(storySchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'stancemap story, format version 1',
    description: 'A news story as places, actors, stance arrows, events, areas and scenes. See data/FORMAT.md.',
    ...rest,
  };
}

export function storyJsonSchemaText(): string {
  return `${JSON.stringify(storyJsonSchema(), null, 2)}\n`;
}
