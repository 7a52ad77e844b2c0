import type { StanceNode, StoryModel } from './model.ts';
import type { Actor, Place } from './schema/story.schema.ts';

// Short phrases that name things for readers ("Geng Shuang, Foreign Ministry
// spokesman (Beijing)"), shared by the detail panel and the text list.

const ACTOR_KIND_WORDS: Record<string, string> = {
  state: 'state', government: 'government body', person: 'person', company: 'company',
  organization: 'organization', military: 'military', weapon: 'weapon system', group: 'group',
};

export function actorKindWords(kind: string): string {
  return ACTOR_KIND_WORDS[kind] ?? kind;
}

export function actorPhrase(actor: Actor, model: StoryModel): string {
  const place = model.places.get(actor.place)?.place.name;
  const role = actor.role ? `, ${actor.role}` : '';
  return `${actor.name}${role} (${actorKindWords(actor.kind)}${place && place !== actor.name ? `, ${place}` : ''})`;
}

export function targetPhrase(node: StanceNode, model: StoryModel): string {
  return node.toActor ? actorPhrase(node.toActor, model) : placePhrase(node.toPlace.place);
}

export function placePhrase(place: Place): string {
  return `${place.name} (${place.kind})`;
}

/**
 * A list's next-page button ("Show 20 more of 144"), or "" when nothing is
 * left, so a hidden button never holds a count below one.
 */
export function nextPagePhrase(word: 'more' | 'earlier', left: number, page: number): string {
  return left > 0 ? `Show ${Math.min(page, left)} ${word} of ${left}` : '';
}
