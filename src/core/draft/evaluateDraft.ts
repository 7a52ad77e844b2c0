import type { Story } from '../schema/story.schema.ts';
import type { Draft } from './draftStory.ts';
import { idOf } from './states.ts';

// How a draft compares with a story written by hand for the same article:
// precision (how much of what it suggests is in the story) and recall (how
// much of the story it suggests), for places, actors, stances (who, whom and
// type all right) and their dates.

export interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly found: number;
  readonly suggested: number;
  readonly wanted: number;
}

const score = (found: number, suggested: number, wanted: number, foundOfWanted = found): Score => ({
  precision: suggested === 0 ? 0 : Math.round((found / suggested) * 100) / 100,
  recall: wanted === 0 ? 0 : Math.round((foundOfWanted / wanted) * 100) / 100,
  found, suggested, wanted,
});

/** The story's actor a suggested one stands for: the same id or name, a surname, or the same state's ministry. */
function actorMap(draft: Draft, story: Story): Map<string, string> {
  const map = new Map<string, string>();
  for (const a of draft.actors) {
    const same = story.actors.find((s) => s.id === a.id || idOf(s.name) === a.id
      || (a.kind === 'person' && s.kind === 'person' && s.name.split(' ').pop() === a.name.split(' ').pop())
      || (a.kind === 'government' && s.kind === 'government' && s.memberOf === a.memberOf));
    if (same) map.set(a.id, same.id);
  }
  return map;
}

/** `minConfidence`: LIKELY (acceptDraft.ts) counts the stances an author is shown first; the rest wait under "Less likely". */
export function evaluateDraft(all: Draft, story: Story, minConfidence = 0): { places: Score; actors: Score; stances: Score; dates: Score } {
  const draft = { ...all, stances: all.stances.filter((s) => s.confidence >= minConfidence) };
  const named = new Set(draft.places.map((p) => p.name.toLowerCase()));
  const placesFound = story.places.filter((p) => named.has(p.name.toLowerCase())).length;
  const map = actorMap(draft, story);
  const actorsFound = new Set(map.values()).size;
  const wanted = new Map(story.stances.map((s) => [`${s.from}>${s.to}>${s.type}`, s]));
  const suggested = new Map(draft.stances.map((s) => [`${map.get(s.from) ?? s.from}>${map.get(s.to) ?? s.to}>${s.type}`, s]));
  const right = [...suggested.keys()].filter((k) => wanted.has(k));
  const dated = right.filter((k) => wanted.get(k)?.start === suggested.get(k)?.start).length;
  return {
    places: score(placesFound, named.size, story.places.length),
    actors: score(map.size, draft.actors.length, story.actors.length, actorsFound),
    stances: score(right.length, suggested.size, wanted.size),
    dates: score(dated, right.length, right.length),
  };
}
