import { type ValidationError } from './errors.ts';
import { SECTIONS, type Section, items, own, str } from './untrusted.ts';

// Every id is unique across the whole file, because a stance's `to` may be an
// actor or a place and a scene's focus may name anything.

export interface IdIndex {
  readonly sectionOf: ReadonlyMap<string, Section>;
}

export function indexIds(input: unknown, errors: ValidationError[]): IdIndex {
  const sectionOf = new Map<string, Section>();
  const firstPath = new Map<string, string>();
  for (const section of SECTIONS) {
    items(input, section).forEach((item, i) => {
      const id = str(own(item, 'id'));
      if (id === undefined) return;
      const here = `${section}[${i}]`;
      const before = firstPath.get(id);
      if (before !== undefined) {
        errors.push({ path: `${here}.id`, message: `duplicate id ${JSON.stringify(id)} (already used by ${before})` });
        return;
      }
      firstPath.set(id, here);
      sectionOf.set(id, section);
    });
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

/** Checks that `ref` (found at `path`) names an existing id of the wanted kind. */
export function checkRef(index: IdIndex, ref: unknown, path: string, wanted: Wanted, errors: ValidationError[]): void {
  if (typeof ref !== 'string') return;
  const section = index.sectionOf.get(ref);
  if (section === undefined) {
    errors.push({ path, message: `unknown ${wanted} ${JSON.stringify(ref)}` });
  } else if (!ACCEPTS[wanted].includes(section)) {
    errors.push({ path, message: `${JSON.stringify(ref)} is ${SINGULAR[section]}, not ${ARTICLE[wanted]}` });
  }
}
