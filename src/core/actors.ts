import type { Actor } from './schema/story.schema.ts';

// Kept apart from the model (model.ts) so the page's first chunk can ask it
// without pulling the model's date and style code in with it.

/** The state an actor belongs to, following memberOf to the top. */
export function stateOf(actor: Actor, actors: ReadonlyMap<string, Actor>): Actor {
  let cur = actor;
  const seen = new Set<string>();
  while (cur.memberOf !== undefined && !seen.has(cur.id)) {
    seen.add(cur.id);
    const up = actors.get(cur.memberOf);
    if (!up) break;
    cur = up;
  }
  return cur;
}
