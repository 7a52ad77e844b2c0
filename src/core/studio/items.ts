import type { Actor, Place, Scene, Stance, StoryEvent } from '../schema/story.schema.ts';
import type { TextRange } from './quoteRanges.ts';
import { type WorkingCopy, newId, takenIds } from './workingCopy.ts';

// The studio's edits that add, change and remove items: recipes for immer
// drafts of the working copy (core/studio/history.ts), each returning the id
// it made so the studio can open it. An item may be left incomplete (no actor
// chosen yet): the checker names what is missing at its field, and the story
// stays editable while it is invalid.

export type Section = 'places' | 'actors' | 'stances' | 'events' | 'scenes';

/** A stance whose quote is the words selected in the source, dated by default at the article's date "by then". */
export function addStance(draft: WorkingCopy, range: TextRange, defaults: Partial<Stance> = {}): string {
  const text = draft.story.meta.source.text ?? '';
  const quote = text.slice(range.start, range.end);
  const id = newId(`stance ${quote.split(/\s+/).slice(0, 4).join(' ')}`, takenIds(draft.story), 'stance');
  // No type is assumed: the author picks one, and until then the checker asks for it.
  draft.story.stances.push({ id, from: '', to: '', type: '' as Stance['type'], start: `${draft.datedBy ?? draft.story.meta.source.published} before`, quote, ...defaults });
  draft.ranges[id] = range;
  return id;
}

/** An event whose quote is the words selected in the source, on the article's date until the author dates it. */
export function addEvent(draft: WorkingCopy, range: TextRange): string {
  const text = draft.story.meta.source.text ?? '';
  const quote = text.slice(range.start, range.end);
  const id = newId(`event ${quote.split(/\s+/).slice(0, 4).join(' ')}`, takenIds(draft.story), 'event');
  const title = quote.length > 80 ? `${quote.slice(0, 77).trimEnd()}…` : quote;
  draft.story.events.push({ id, date: draft.datedBy ?? draft.story.meta.source.published, title, description: '', places: [], actors: [], quote });
  draft.ranges[id] = range;
  return id;
}

export function addPlace(draft: WorkingCopy, name: string, coordinates: readonly [number, number], kind: Place['kind'] = 'city'): string {
  const id = newId(name, takenIds(draft.story), 'place');
  draft.story.places.push({ id, name, coordinates: [coordinates[0], coordinates[1]], kind });
  return id;
}

/** An actor drawn at `place` (an actor needs one; the author can change it). */
export function addActor(draft: WorkingCopy, name: string, place: string, kind: Actor['kind'] = 'state'): string {
  const id = newId(name, takenIds(draft.story), 'actor');
  draft.story.actors.push({ id, name, kind, place });
  return id;
}

export function addScene(draft: WorkingCopy, scene: Omit<Scene, 'id'>): string {
  const id = newId(`scene ${scene.title}`, takenIds(draft.story), 'scene');
  draft.story.scenes = [...(draft.story.scenes ?? []), { id, ...scene }];
  return id;
}

/** Moves a scene up (-1) or down (+1); nothing at either end. */
export function moveScene(draft: WorkingCopy, id: string, by: -1 | 1): void {
  const scenes = draft.story.scenes ?? [];
  const at = scenes.findIndex((s) => s.id === id);
  const to = at + by;
  if (at < 0 || to < 0 || to >= scenes.length) return;
  const [scene] = scenes.splice(at, 1);
  if (scene) scenes.splice(to, 0, scene);
}

/**
 * Removes an item. What pointed at it is left pointing (the checker names each
 * dangling reference at its field), except that a removed place or actor
 * leaves the lists of events and scenes, where an absent id means nothing.
 */
export function removeItem(draft: WorkingCopy, section: Section, id: string): void {
  const items = section === 'scenes' ? draft.story.scenes ?? [] : draft.story[section];
  const at = (items as { id: string }[]).findIndex((item) => item.id === id);
  if (at >= 0) items.splice(at, 1);
  delete draft.ranges[id];
  // An opened file's event may lack its lists: what is not a list is left for the checker to name.
  for (const event of draft.story.events) {
    if (Array.isArray(event.places)) event.places = event.places.filter((p) => p !== id);
    if (Array.isArray(event.actors)) event.actors = event.actors.filter((a) => a !== id);
  }
  for (const scene of draft.story.scenes ?? []) if (Array.isArray(scene.focus)) scene.focus = scene.focus.filter((f) => f !== id);
}

/** The item with this id, and its section. */
export function findItem(copy: WorkingCopy, id: string): { section: Section; item: Place | Actor | Stance | StoryEvent | Scene } | undefined {
  for (const section of ['places', 'actors', 'stances', 'events', 'scenes'] as const) {
    const item = (section === 'scenes' ? copy.story.scenes ?? [] : copy.story[section]).find((i) => i.id === id);
    if (item) return { section, item };
  }
  return undefined;
}
