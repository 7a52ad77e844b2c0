// Source ids shared by the layers and the code that fills them.
export const SOURCES = {
  land: 'land',
  borders: 'borders',
  coast: 'coast',
  countryLabels: 'country-labels',
  areas: 'areas',
  stances: 'stances',
  heads: 'stance-heads',
  glyphs: 'stance-glyphs',
  places: 'places',
} as const;

/**
 * The id of chunk k of a story source or layer (a large story's stances are
 * split over several sources, see core/features/stanceChunks.ts). Chunk 0
 * keeps the plain id, so a story of ordinary size has exactly one of each.
 */
export function chunkId(id: string, k: number): string {
  return k === 0 ? id : `${id}~${k}`;
}

/** The plain id a chunk's source or layer id was made from. */
export function unchunked(id: string): string {
  return id.split('~')[0] ?? id;
}
