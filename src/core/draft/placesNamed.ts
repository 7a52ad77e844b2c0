import { type GazetteerRow, folded } from '../studio/gazetteer.ts';
import type { Sentence } from './sentences.ts';
import { STATES, idOf, stateAt } from './states.ts';

// The places an article names: the capitals of the states it names (where
// those states are drawn), and the places the gazetteer knows that it names
// where a place is expected ("in the Seongju region", "near Seoul"), or that
// are large enough to be meant whatever the words around them. A name the
// gazetteer holds in several countries says so, with the country.

export interface PlaceSuggestion {
  readonly id: string;
  readonly name: string;
  readonly coordinates: readonly [number, number];
  readonly kind: 'capital' | 'city' | 'site';
  /** ISO code of its country, when the gazetteer gives it. */
  readonly country?: string;
  /** The name is also a place in other countries: the author should check. */
  readonly ambiguous: boolean;
  /** The gazetteer's name, when the article spells it otherwise ("Gedaref" is GeoNames' "Al Qadarif"). */
  readonly listedAs?: string;
  /** Where it is first named. */
  readonly at?: { readonly start: number; readonly end: number };
}

const LATIN = /^[\p{Script=Latin}\s'’.-]+$/u;
/** "Al Qadarif", "El Gedaref": articles often drop the Arabic article. */
const ARTICLE = /^(?:al|el|ad|ar|as|ash|at|an|az)[- ]/;

/** The gazetteer's rows by folded name, and by their other Latin spellings with and without "al-" (the most populous first). */
export function namesIndex(rows: readonly GazetteerRow[]): Map<string, GazetteerRow[]> {
  const index = new Map<string, GazetteerRow[]>();
  const put = (key: string, row: GazetteerRow): void => {
    const list = index.get(key);
    if (!list) index.set(key, [row]);
    else if (list[list.length - 1] !== row) list.push(row);
  };
  for (const row of rows) {
    const names = [row[0], ...(row[5] === '' ? [] : row[5].split('|').filter((n) => LATIN.test(n)))];
    for (const name of names) {
      const key = folded(name);
      put(key, row);
      if (ARTICLE.test(key)) put(key.replace(ARTICLE, ''), row);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b[4] - a[4]);
  return index;
}

const CUE_BEFORE = /\b(?:in|near|at|from|outside|around|into|to)\s+(?:the\s+)?$/;
const CUE_AFTER = /^\s+(?:region|province|county|district|area|city|village|town|border|base)\b/;
/** Big enough to be the place meant without a cue (Shanghai, Mumbai). */
const LARGE = 1_000_000;

export function placesNamed(sentences: readonly Sentence[], stateIds: ReadonlySet<string>, index?: ReadonlyMap<string, readonly GazetteerRow[]>): PlaceSuggestion[] {
  const found = new Map<string, PlaceSuggestion>();
  for (const id of stateIds) {
    const s = STATES.find((x) => x.id === id);
    if (s) found.set(idOf(s.capital), { id: idOf(s.capital), name: s.capital, coordinates: s.coordinates, kind: 'capital', ambiguous: false });
  }
  if (!index) return [...found.values()];
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(/\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\b/g)) {
      const name = m[0];
      const rows = index.get(folded(name));
      const best = rows?.[0];
      const at = m.index ?? 0;
      if (!best || found.has(idOf(name)) || stateAt(name)) continue;
      const cued = CUE_BEFORE.test(sentence.text.slice(Math.max(0, at - 16), at)) || CUE_AFTER.test(sentence.text.slice(at + name.length));
      // Another spelling of a large city is no reason to take a word for a place ("Central" is Davao in GeoNames).
      const ownName = folded(best[0]) === folded(name);
      if (!cued && (best[4] < LARGE || !ownName)) continue;
      const countries = new Set(rows.map((r) => r[3]));
      const listed = ownName ? {} : { listedAs: best[0] };
      found.set(idOf(name), {
        id: idOf(name), name: ownName ? best[0] : name, ...listed, coordinates: [best[1], best[2]], kind: best[6] === 1 ? 'capital' : 'city', country: best[3],
        ambiguous: countries.size > 1, at: { start: sentence.start + at, end: sentence.start + at + name.length },
      });
    }
  }
  return [...found.values()];
}
