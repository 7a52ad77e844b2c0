import { addActor, addPlace, addStance } from '../studio/items.ts';
import type { WorkingCopy } from '../studio/workingCopy.ts';
import type { ActorSuggestion, Draft, StanceSuggestion } from './draftStory.ts';
import type { PlaceSuggestion } from './placesNamed.ts';

// A suggestion becomes an ordinary story entry only when the author accepts
// it; one dismissed stays dismissed, under a key that survives a re-reading
// of the text. Pure: each function changes the immer draft it is handed.

export type Suggestion =
  | { readonly kind: 'place'; readonly place: PlaceSuggestion }
  | { readonly kind: 'actor'; readonly actor: ActorSuggestion }
  | { readonly kind: 'stance'; readonly stance: StanceSuggestion };

/** Stances at least this sure are listed first; the rest wait, folded, under "Less likely" (the figures in docs/suggestions.md count the first). */
export const LIKELY = 0.6;

/** The same suggestion from any reading of the same words. */
export function suggestionKey(s: Suggestion): string {
  if (s.kind === 'place') return `place:${s.place.name.toLowerCase()}`;
  if (s.kind === 'actor') return `actor:${s.actor.name.toLowerCase()}`;
  return `stance:${s.stance.from}>${s.stance.type}>${s.stance.to}`;
}

const byName = <T extends { name: string }>(list: readonly T[], name: string): T | undefined =>
  list.find((x) => x.name.toLowerCase() === name.toLowerCase());

/** The story's place a suggested one is, made when it is not there yet. */
export function acceptPlace(copy: WorkingCopy, place: PlaceSuggestion): string {
  return byName(copy.story.places, place.name)?.id ?? addPlace(copy, place.name, place.coordinates, place.kind);
}

/** The story's actor a suggested one is, made (with its place) when it is not there yet. */
export function acceptActor(copy: WorkingCopy, actor: ActorSuggestion, draft: Draft): string {
  const there = byName(copy.story.actors, actor.name);
  if (there) return there.id;
  const place = draft.places.find((p) => p.id === actor.place);
  const placeId = place ? acceptPlace(copy, place) : '';
  const id = addActor(copy, actor.name, placeId, actor.kind);
  const made = copy.story.actors.find((a) => a.id === id);
  if (made && actor.role) made.role = actor.role;
  const member = actor.memberOf === undefined ? undefined : draft.actors.find((a) => a.id === actor.memberOf);
  if (made && member && member.id !== actor.id) made.memberOf = acceptActor(copy, member, draft);
  return id;
}

/** The stance, its quote the sentence at its offsets, with its holder and target made first when needed. */
export function acceptStance(copy: WorkingCopy, stance: StanceSuggestion, draft: Draft): string | undefined {
  const from = draft.actors.find((a) => a.id === stance.from);
  const to = draft.actors.find((a) => a.id === stance.to);
  if (!from || !to) return undefined;
  return addStance(copy, stance.quote, { from: acceptActor(copy, from, draft), to: acceptActor(copy, to, draft), type: stance.type, start: stance.start });
}

export function dismiss(copy: WorkingCopy, key: string): void {
  if (!(copy.dismissed ?? []).includes(key)) copy.dismissed = [...(copy.dismissed ?? []), key];
}

export function restore(copy: WorkingCopy, key: string): void {
  copy.dismissed = (copy.dismissed ?? []).filter((k) => k !== key);
}

/** What is left to judge: neither dismissed nor in the story already (by name, or by holder, type and target). */
export function pending(draft: Draft, copy: WorkingCopy): Suggestion[] {
  const dismissed = new Set(copy.dismissed ?? []);
  const { story } = copy;
  const actorName = (id: string): string => draft.actors.find((a) => a.id === id)?.name.toLowerCase() ?? '';
  const storyName = (id: string): string => story.actors.find((a) => a.id === id)?.name.toLowerCase() ?? '';
  const all: Suggestion[] = [
    ...draft.stances.map((stance) => ({ kind: 'stance' as const, stance })),
    ...draft.actors.map((actor) => ({ kind: 'actor' as const, actor })),
    ...draft.places.map((place) => ({ kind: 'place' as const, place })),
  ];
  return all.filter((s) => {
    if (dismissed.has(suggestionKey(s))) return false;
    if (s.kind === 'place') return !byName(story.places, s.place.name);
    if (s.kind === 'actor') return !byName(story.actors, s.actor.name);
    return !story.stances.some((x) => x.type === s.stance.type && storyName(x.from) === actorName(s.stance.from) && storyName(x.to) === actorName(s.stance.to));
  });
}
