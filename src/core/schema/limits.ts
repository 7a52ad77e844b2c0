// Documented limits (see data/FORMAT.md). They keep a hostile or broken
// file from freezing the page: every count and length is bounded before the
// app spends work on it.

export const LIMITS = {
  fileBytes: 10 * 1024 * 1024,
  depth: 32,
  idLength: 64,
  nameLength: 200,
  shortTextLength: 500,
  textLength: 4000,
  /** The article's own text, carried for checking quotes (meta.source.text): a long feature is 60,000 characters. */
  sourceTextLength: 200_000,
  urlLength: 2000,
  places: 5000,
  actors: 5000,
  stances: 20000,
  events: 20000,
  areas: 1000,
  scenes: 500,
  sourcesPerItem: 20,
  idsPerList: 200,
  localNames: 20,
  /** Problems listed for one file; the rest are counted. */
  problemsListed: 1000,
} as const;
