import MiniSearch from 'minisearch';

// Finding a place by name for the studio: GeoNames cities (reduced at build
// time by cli/build-gazetteer.ts), searched with MiniSearch. A name is found
// without its accents ("Sao Paulo" finds São Paulo), in the other scripts
// GeoNames knows ("서울" finds Seoul), and by the start of a word as it is
// typed. Places that hold every typed word come first, capitals and then the
// more populous first. Only the studio loads it (and its 1.5 MB gzip file).

/** One place of the gazetteer, as the build writes it: compact, in arrays. */
export type GazetteerRow = readonly [name: string, lon: number, lat: number, country: string, population: number, otherNames: string, capital: 0 | 1];

export interface GazetteerPlace {
  readonly name: string;
  readonly coordinates: readonly [number, number];
  /** ISO 3166-1 alpha-2 code of its country. */
  readonly country: string;
  readonly population: number;
  /** A country's capital (a story naming "Washington" most likely means the capital). */
  readonly capital: boolean;
  /** Its names in other scripts and spellings, as GeoNames gives them ("서울", "Séoul"). */
  readonly otherNames: readonly string[];
}

/** Lower case, without accents or other marks: how names are compared. */
export function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface Gazetteer {
  /** The best places for what was typed, best first. */
  search(query: string, limit?: number): GazetteerPlace[];
}

export function createGazetteer(rows: readonly GazetteerRow[]): Gazetteer {
  const places: GazetteerPlace[] = rows.map(([name, lon, lat, country, population, other, capital]) => ({
    name, coordinates: [lon, lat], country, population, capital: capital === 1, otherNames: other === '' ? [] : other.split('|'),
  }));
  const index = new MiniSearch<{ id: number; name: string; otherNames: string }>({
    fields: ['name', 'otherNames'],
    processTerm: (term) => folded(term),
    // Names in scripts without spaces (北京, 東京) are one word; a typed start of one finds it.
    searchOptions: { prefix: true, fuzzy: (term) => (term.length > 4 ? 0.15 : 0), boost: { name: 2 } },
  });
  index.addAll(places.map((p, id) => ({ id, name: p.name, otherNames: p.otherNames.join(' ') })));
  return {
    search(query, limit = 8) {
      const words = query.split(/[\s,]+/).map(folded).filter((w) => w !== '');
      if (words.length === 0) return [];
      // Places that hold every typed word as a whole word come first, capitals then the most
      // populous first ("Washington" is the capital before any town of that name); the rest,
      // found by the start of a word or a near spelling, follow by how well they match, weighted
      // by size (each tenfold of people adds half).
      const weight = (p: GazetteerPlace): number => 1 + Math.log10(1 + p.population) / 2;
      return index.search(query)
        .flatMap((r) => {
          const place = places[r.id as number];
          return place ? [{ place, whole: words.every((w) => r.terms.includes(w)), score: r.score * weight(place) }] : [];
        })
        .sort((a, b) => Number(b.whole) - Number(a.whole)
          || (a.whole ? Number(b.place.capital) - Number(a.place.capital) || b.place.population - a.place.population : b.score - a.score))
        .slice(0, limit)
        .map((r) => r.place);
    },
  };
}
