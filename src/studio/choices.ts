import type { Story } from '../core/schema/story.schema.ts';
import type { Choice } from './fields.ts';

// The lists a form picks from: the story's actors and places, by name.

export function actorChoices(story: Story, none: string): Choice[] {
  return [{ value: '', label: none }, ...story.actors.map((a) => ({ value: a.id, label: a.name || a.id, group: 'Actors' }))];
}

export function placeChoices(story: Story, none?: string): Choice[] {
  const places = story.places.map((p) => ({ value: p.id, label: p.name || p.id, group: 'Places' }));
  return none === undefined ? places : [{ value: '', label: none }, ...places];
}
