import { storySchema } from '../schema/story.schema.ts';
import { schemaAt, shapeOf } from './schemaShape.ts';
import { suggest } from '../suggest.ts';
import type { Path } from './errors.ts';

// What an error message adds so a story written from memory can be put
// right: the key or value most likely meant, and the fields an item needs.
// The keys come from the schema itself, so they never disagree with it.

/** Words writers use for a key or a value, by the valid word they mean (lower case, no separators). */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // Keys.
  names: ['localNames'], localname: ['localNames'], translations: ['localNames'],
  coords: ['coordinates'], coord: ['coordinates'], location: ['coordinates'], position: ['coordinates'],
  latlng: ['coordinates'], lnglat: ['coordinates'], lonlat: ['coordinates'], latlon: ['coordinates'], center: ['coordinates'],
  type: ['kind'], kind: ['type'], category: ['kind', 'type'], stance: ['type'], relation: ['type'],
  desc: ['description'], summary: ['description'], details: ['description'],
  text: ['quote'], excerpt: ['quote'], citation: ['quote'], words: ['quote'],
  date: ['start', 'date', 'published'], begin: ['start'], since: ['start'], startdate: ['start'], fromdate: ['start'],
  until: ['end'], enddate: ['end'], finish: ['end'],
  parent: ['memberOf'], member: ['memberOf'], partof: ['memberOf'], belongsto: ['memberOf'],
  title: ['name', 'title'], label: ['name', 'title'], headline: ['title'],
  source: ['sources'], links: ['sources'], references: ['sources'], urls: ['sources'],
  radius: ['radiusKm'], range: ['radiusKm'], altitude: ['altitudeKm'],
  holder: ['from'], actor: ['from', 'actors'], target: ['to'], object: ['to'],
  author: ['publisher'], outlet: ['publisher'], pubdate: ['published'],
  // Actor kinds.
  country: ['state', 'country'], nation: ['state', 'country'],
  ministry: ['government'], agency: ['government'], department: ['government'], governmentbody: ['government'],
  individual: ['person'], official: ['person'], people: ['person'],
  corporation: ['company'], firm: ['company'], business: ['company'],
  ngo: ['organization'], organisation: ['organization'], institution: ['organization'],
  army: ['military'], armedforces: ['military'], navy: ['military'], airforce: ['military'],
  weaponsystem: ['weapon'], missile: ['weapon'], system: ['weapon'],
  party: ['group'], movement: ['group'], militia: ['group'],
  // Place kinds.
  capitalcity: ['capital'], village: ['town'], militarybase: ['base'], province: ['region'], ocean: ['sea'],
  // Stance types.
  backs: ['supports'], endorses: ['supports'], favors: ['supports'], favours: ['supports'],
  collaborates: ['cooperates'], partners: ['cooperates'], allies: ['cooperates'], joins: ['cooperates'],
  assures: ['reassures'], rejects: ['opposes'], resists: ['opposes'], against: ['opposes'],
  cautions: ['warns'], alerts: ['warns'], punishes: ['retaliates'], sanctions: ['retaliates'],
  condemns: ['criticizes'], blames: ['criticizes'], criticises: ['criticizes'],
  ignores: ['dismisses'], downplays: ['dismisses'], worried: ['concerned'], fears: ['concerned'], worries: ['concerned'],
};

/** What one item of each list, or each object, is called in a sentence. */
const ITEM_NAMES: Readonly<Record<string, string>> = {
  places: 'a place', actors: 'an actor', stances: 'a stance', events: 'an event', areas: 'an area', scenes: 'a scene',
  meta: 'meta', source: 'meta.source', view: 'a view', sources: 'a source',
};

/** ' (did you mean "localNames"?)' for a key the object at `objectPath` does not have, or ''. */
export function keyHint(objectPath: Path, key: string): string {
  const object = schemaAt(storySchema, objectPath);
  const keys = Object.keys((object && shapeOf(object)) ?? {});
  const meant = suggest(key, keys, SYNONYMS);
  return meant === undefined ? '' : ` (did you mean "${meant}"?)`;
}

/** 'did you mean "government"? ' for a value not among `valid`, or ''. */
export function valueHint(value: unknown, valid: readonly string[]): string {
  const meant = typeof value === 'string' ? suggest(value, valid, SYNONYMS) : undefined;
  return meant === undefined ? '' : `did you mean "${meant}"? `;
}

/** ' (an event needs id, date, title, description, places, actors and quote)' for a missing field, or ''. */
export function requiredHint(fieldPath: Path): string {
  const parentPath = fieldPath.slice(0, -1);
  const owner = [...parentPath].reverse().find((p) => typeof p === 'string');
  const what = owner === undefined ? 'a story' : ITEM_NAMES[owner] ?? owner;
  // A file of 20,000 empty events asks this 140,000 times for the same few objects.
  const known = hints.get(what);
  if (known !== undefined) return known;
  const object = schemaAt(storySchema, parentPath);
  const shape = object && shapeOf(object);
  const required = Object.entries(shape ?? {}).filter(([, s]) => s._zod.def.type !== 'optional').map(([k]) => k);
  const list = required.length > 1 ? `${required.slice(0, -1).join(', ')} and ${required[required.length - 1] ?? ''}` : required.join('');
  const hint = required.length === 0 ? '' : ` (${what} needs ${list})`;
  hints.set(what, hint);
  return hint;
}

const hints = new Map<string, string>();
