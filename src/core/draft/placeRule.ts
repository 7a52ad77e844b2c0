import type { Draft } from './draftStory.ts';
import type { WorkingCopy } from '../studio/workingCopy.ts';

// Where a draft draws the states it names, and their people and bodies with
// them: a rule the author chooses in the studio. At the capital is how the
// example stories are drawn; at the first place the article names inside the
// state draws a local story where it happens (South Korea at Seongju).

export type PlaceRule = NonNullable<WorkingCopy['placeRule']>;

export const PLACE_RULES: readonly { readonly rule: PlaceRule; readonly label: string }[] = [
  { rule: 'capital', label: 'at their capitals' },
  { rule: 'named', label: 'at the first place the article names in them' },
];

export const isPlaceRule = (value: unknown): value is PlaceRule => PLACE_RULES.some((r) => r.rule === value);

/** The draft with its states, and the people and bodies that belong to them, placed by `rule`; other actors keep their places. */
export function placedBy(draft: Draft, rule: PlaceRule): Draft {
  if (rule === 'capital') return draft;
  return { ...draft, actors: draft.actors.map((a) => (a.placeNamed === undefined ? a : { ...a, place: a.placeNamed })) };
}
