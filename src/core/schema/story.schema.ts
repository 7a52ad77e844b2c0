import * as z from 'zod/mini';
import { STANCE_TYPES } from '../stanceTypes.ts';
import { ACTOR_KINDS, AREA_KINDS, PLACE_KINDS } from './kinds.ts';
import { LIMITS } from './limits.ts';
import {
  id, ids, language, localNames, lonLat, name, quote, shortText, sourceText, sources, storyDate, text, url, view,
} from './primitives.ts';

// The one schema of a story file (format version 1). The TypeScript types, the
// runtime validator and data/stancemap.schema.json are all derived from it.

export { ACTOR_KINDS, AREA_KINDS, PLACE_KINDS } from './kinds.ts';

const context = z.optional(
  z.boolean().check(z.describe('True when the item is not stated in the source article; its sources say where it comes from.')),
);

export const meta = z.strictObject({
  title: name,
  description: text,
  language,
  source: z.strictObject({
    title: name,
    publisher: name,
    url: z.optional(url),
    published: storyDate,
    text: z.optional(sourceText),
  }),
  credit: shortText,
  view: z.optional(view),
});

export const place = z.strictObject({
  id,
  name,
  localNames: z.optional(localNames),
  coordinates: lonLat,
  kind: z.enum(PLACE_KINDS),
  description: z.optional(text),
  context,
  sources: z.optional(sources),
});

export const actor = z.strictObject({
  id,
  name,
  localNames: z.optional(localNames),
  kind: z.enum(ACTOR_KINDS),
  place: id,
  memberOf: z.optional(id),
  role: z.optional(name),
  description: z.optional(text),
  context,
  sources: z.optional(sources),
});

export const stance = z.strictObject({
  id,
  from: id,
  to: id,
  type: z.enum(STANCE_TYPES),
  start: storyDate,
  end: z.optional(storyDate),
  quote,
  description: z.optional(text),
  note: z.optional(text),
  context,
  sources: z.optional(sources),
});

export const event = z.strictObject({
  id,
  date: storyDate,
  end: z.optional(storyDate),
  title: name,
  description: text,
  places: ids,
  actors: ids,
  quote,
  note: z.optional(text),
  context,
  sources: z.optional(sources),
});

export const area = z.strictObject({
  id,
  name,
  kind: z.enum(AREA_KINDS),
  place: id,
  radiusKm: z.number().check(z.gt(0), z.lte(20000)),
  altitudeKm: z.optional(z.number().check(z.gt(0), z.lte(100000))),
  start: z.optional(storyDate),
  end: z.optional(storyDate),
  description: z.optional(text),
  quote: z.optional(quote),
  context,
  sources: z.optional(sources),
});

export const scene = z.strictObject({
  id,
  title: name,
  date: storyDate,
  focus: ids,
  view: z.optional(view),
  caption: z.optional(text),
  notes: z.optional(text),
});

export const storySchema = z.strictObject({
  $schema: z.optional(z.string().check(z.maxLength(LIMITS.urlLength))),
  version: z.literal(1),
  meta,
  places: z.array(place).check(z.maxLength(LIMITS.places)),
  actors: z.array(actor).check(z.maxLength(LIMITS.actors)),
  stances: z.array(stance).check(z.maxLength(LIMITS.stances)),
  events: z.array(event).check(z.maxLength(LIMITS.events)),
  areas: z.optional(z.array(area).check(z.maxLength(LIMITS.areas))),
  scenes: z.optional(z.array(scene).check(z.maxLength(LIMITS.scenes))),
});

export type Story = z.infer<typeof storySchema>;
export type Meta = Story['meta'];
export type Place = z.infer<typeof place>;
export type Actor = z.infer<typeof actor>;
export type Stance = z.infer<typeof stance>;
export type StoryEvent = z.infer<typeof event>;
export type Area = z.infer<typeof area>;
export type Scene = z.infer<typeof scene>;
export type View = z.infer<typeof view>;
export type Source = Story['meta']['source'];
