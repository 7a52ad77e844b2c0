import { quoted } from '../quoted.ts';
import { type ErrorSink } from './errors.ts';
import { SECTIONS, type Section, items, own, str } from './untrusted.ts';

// Every id is unique across the whole file, because a stance's `to` may be an
// actor or a place and a scene's focus may name anything.

export interface IdIndex {
  readonly sectionOf: ReadonlyMap<string, Section>;
}

/** Where each id is first used, as a path: wanted only to explain a duplicate, so built only then. */
function firstPaths(input: unknown): Map<string, string> {
  const first = new Map<string, string>();
  for (const section of SECTIONS) {
    items(input, section).forEach((item, i) => {
      const id = str(own(item, 'id'));
      if (id !== undefined && !first.has(id)) first.set(id, `${section}[${i}]`);
    });
  }
  return first;
}

/**
 * Ids that differ only by case ("Seoul" and "seoul") are refused too: a
 * reference to the wrong one is an easy slip that no reader could see.
 */
export function indexIds(input: unknown, errors: ErrorSink): IdIndex {
  const sectionOf = new Map<string, Section>();
  const byCase = new Map<string, string>();
  let first: Map<string, string> | undefined;
  for (const section of SECTIONS) {
    const list = items(input, section);
    for (let i = 0; i < list.length; i++) {
      const id = str(own(list[i], 'id'));
      if (id === undefined) continue;
      const folded = id.toLowerCase();
      const same = byCase.get(folded);
      if (same === undefined) {
        sectionOf.set(id, section);
        byCase.set(folded, id);
        continue;
      }
      first ??= firstPaths(input);
      const where = first.get(same) ?? '?';
      errors.push(same === id
        ? { path: `${section}[${i}].id`, message: `duplicate id ${quoted(id)} (already used by ${where})` }
        : { path: `${section}[${i}].id`, message: `id ${quoted(id)} differs only by case from ${quoted(same)} (${where})` });
      if (!sectionOf.has(id)) sectionOf.set(id, section);
    }
  }
  return { sectionOf };
}

type Wanted = 'place' | 'actor' | 'actor or place' | 'id';

const ACCEPTS: Record<Wanted, readonly Section[]> = {
  place: ['places'],
  actor: ['actors'],
  'actor or place': ['actors', 'places'],
  id: SECTIONS,
};

const ARTICLE: Record<Wanted, string> = {
  place: 'a place', actor: 'an actor', 'actor or place': 'an actor or a place', id: 'an id',
};

const SINGULAR: Record<Section, string> = {
  places: 'a place', actors: 'an actor', stances: 'a stance', events: 'an event', areas: 'an area', scenes: 'a scene',
};

/**
 * Checks that `ref` names an existing id of the wanted kind. The path is asked
 * for only when it does not: a 10,000-stance file has 40,000 references, and
 * writing each one's path cost more than checking it.
 */
export function checkRef(index: IdIndex, ref: unknown, path: () => string, wanted: Wanted, errors: ErrorSink): void {
  if (typeof ref !== 'string') return;
  const section = index.sectionOf.get(ref);
  if (section === undefined) {
    errors.push({ path: path(), message: `unknown ${wanted} ${quoted(ref)}` });
  } else if (!ACCEPTS[wanted].includes(section)) {
    errors.push({ path: path(), message: `${quoted(ref)} is ${SINGULAR[section]}, not ${ARTICLE[wanted]}` });
  }
}
