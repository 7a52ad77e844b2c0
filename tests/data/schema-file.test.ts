import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storyJsonSchemaText } from '../../src/core/schema/jsonSchema.ts';

describe('the published JSON Schema', () => {
  it('is exactly what the zod schema generates (run `npm run schema` after changing the schema)', () => {
    const published = readFileSync(new URL('../../data/stancemap.schema.json', import.meta.url), 'utf8');
    expect(published).toBe(storyJsonSchemaText());
  });

  it('forbids unknown keys and knows the stance vocabulary', () => {
    const schema = JSON.parse(storyJsonSchemaText()) as { additionalProperties: boolean; properties: { stances: { items: { properties: { type: { enum: string[] } } } } } };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.stances.items.properties.type.enum).toContain('opposes');
  });
});
