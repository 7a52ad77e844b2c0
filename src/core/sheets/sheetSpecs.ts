// How a story is laid out as spreadsheets: one sheet per list, one row per
// item, one column per field. Nested values get flat columns (lon and lat,
// local:ko, source1_url); meta.csv is the one sheet of key and value rows.
// Both directions (import and export) read these tables, so they never
// disagree. docs/sheets.md lists them for authors.

export const SHEETS = ['meta', 'places', 'actors', 'stances', 'events', 'areas', 'scenes'] as const;
export type SheetName = (typeof SHEETS)[number];
export type ListName = Exclude<SheetName, 'meta'>;

/** Sheets a story cannot do without (even with only a header row); areas and scenes are optional. */
export const NEEDED_SHEETS: readonly SheetName[] = ['meta', 'places', 'actors', 'stances', 'events'];

/**
 * How a cell is read: `text` as written (prose and names), `token` trimmed
 * (ids, kinds, links), `ids` a list separated by ";", and the typed ones.
 */
export type CellKind = 'text' | 'token' | 'number' | 'date' | 'boolean' | 'ids';

export interface ColumnSpec {
  /** The header as exported; matched case-, space- and "_"-insensitively on import. */
  readonly name: string;
  /** Where the value goes, from the item (or, in meta.csv, from the story's root). */
  readonly path: readonly (string | number)[];
  readonly kind: CellKind;
  /**
   * `true`: the format needs the field (a missing column is reported once).
   * `'empty'`: needed, and a blank cell is an empty text or list.
   */
  readonly required?: true | 'empty';
  /** The range a number can have, to tell "1,500" (1.5 or 1500?) apart. */
  readonly range?: readonly [number, number];
  /** Columns that fill one value together (lon and lat): all or none. */
  readonly group?: string;
  /** Other headers authors use for this column. */
  readonly aliases?: readonly string[];
}

export interface SheetSpec {
  readonly sheet: SheetName;
  readonly columns: readonly ColumnSpec[];
  /** Takes `local:TAG` columns (names in local languages). */
  readonly localNames: boolean;
  /** Takes `source1_url`, `source1_title`, `source2_url`… columns. */
  readonly sources: boolean;
}

const col = (name: string, kind: CellKind, more: Partial<ColumnSpec> = {}): ColumnSpec => ({ name, path: [name], kind, ...more });
const id = col('id', 'token', { required: true });
const text = (name: string, required?: true | 'empty'): ColumnSpec => col(name, 'text', required && { required });
const token = (name: string, required?: true): ColumnSpec => col(name, 'token', required && { required });
const date = (name: string, required?: true): ColumnSpec => col(name, 'date', required && { required });
const context = col('context', 'boolean');

function viewColumns(prefix: readonly string[]): ColumnSpec[] {
  const num = (name: string, path: (string | number)[], range: [number, number], group?: string): ColumnSpec =>
    ({ name, path: [...prefix, 'view', ...path], kind: 'number', range, ...(group && { group }) });
  return [
    num('view_west', ['bounds', 0, 0], [-180, 180], 'view.bounds'),
    num('view_south', ['bounds', 0, 1], [-90, 90], 'view.bounds'),
    num('view_east', ['bounds', 1, 0], [-180, 180], 'view.bounds'),
    num('view_north', ['bounds', 1, 1], [-90, 90], 'view.bounds'),
    num('view_center_lon', ['center', 0], [-180, 180], 'view.center'),
    num('view_center_lat', ['center', 1], [-90, 90], 'view.center'),
    num('view_zoom', ['zoom'], [0, 22]),
    num('view_bearing', ['bearing'], [-360, 360]),
    num('view_pitch', ['pitch'], [0, 85]),
  ];
}

const metaColumn = (name: string, path: readonly string[], kind: CellKind, required?: true | 'empty'): ColumnSpec =>
  ({ name, path: ['meta', ...path], kind, ...(required && { required }) });

const META: SheetSpec = {
  sheet: 'meta',
  localNames: false,
  sources: false,
  columns: [
    { name: 'version', path: ['version'], kind: 'number' },
    { name: '$schema', path: ['$schema'], kind: 'token' },
    metaColumn('title', ['title'], 'text', true),
    metaColumn('description', ['description'], 'text', 'empty'),
    metaColumn('language', ['language'], 'token', true),
    metaColumn('credit', ['credit'], 'text', 'empty'),
    metaColumn('source_title', ['source', 'title'], 'text', true),
    metaColumn('source_publisher', ['source', 'publisher'], 'text', true),
    metaColumn('source_published', ['source', 'published'], 'date', true),
    metaColumn('source_url', ['source', 'url'], 'token'),
    metaColumn('source_text', ['source', 'text'], 'text'),
    ...viewColumns(['meta']),
  ],
};

const PLACES: SheetSpec = {
  sheet: 'places',
  localNames: true,
  sources: true,
  columns: [
    id,
    text('name', true),
    { name: 'lon', path: ['coordinates', 0], kind: 'number', required: true, range: [-180, 180], group: 'coordinates', aliases: ['longitude', 'lng', 'long', 'x'] },
    { name: 'lat', path: ['coordinates', 1], kind: 'number', required: true, range: [-90, 90], group: 'coordinates', aliases: ['latitude', 'y'] },
    token('kind', true),
    text('description'),
    context,
  ],
};

const ACTORS: SheetSpec = {
  sheet: 'actors',
  localNames: true,
  sources: true,
  columns: [id, text('name', true), token('kind', true), token('place', true), token('memberOf'), text('role'), text('description'), context],
};

const STANCES: SheetSpec = {
  sheet: 'stances',
  localNames: false,
  sources: true,
  columns: [
    id, token('from', true), token('to', true), token('type', true), date('start', true), date('end'),
    text('quote', true), text('description'), text('note'), context,
  ],
};

const EVENTS: SheetSpec = {
  sheet: 'events',
  localNames: false,
  sources: true,
  columns: [
    id, date('date', true), date('end'), text('title', true), text('description', 'empty'),
    col('places', 'ids', { required: 'empty' }), col('actors', 'ids', { required: 'empty' }),
    text('quote', true), text('note'), context,
  ],
};

const AREAS: SheetSpec = {
  sheet: 'areas',
  localNames: false,
  sources: true,
  columns: [
    id, text('name', true), token('kind', true), token('place', true),
    col('radiusKm', 'number', { required: true, range: [0, 20000], aliases: ['radius'] }),
    col('altitudeKm', 'number', { range: [0, 100000], aliases: ['altitude'] }),
    date('start'), date('end'), text('description'), text('quote'), context,
  ],
};

const SCENES: SheetSpec = {
  sheet: 'scenes',
  localNames: false,
  sources: false,
  columns: [id, text('title', true), date('date', true), col('focus', 'ids', { required: 'empty' }), ...viewColumns([]), text('caption'), text('notes')],
};

export const SHEET_SPECS: Readonly<Record<SheetName, SheetSpec>> = {
  meta: META, places: PLACES, actors: ACTORS, stances: STANCES, events: EVENTS, areas: AREAS, scenes: SCENES,
};

export const LOCAL_PREFIX = 'local:';
/** How many `sourceN_` column pairs a sheet may have: the format's limit on sources per item. */
export const SOURCE_COLUMN = /^source(\d{1,2})(url|title)$/;

/** A header as it is compared: lower case, without spaces, "_", "-" or ".". */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[\s_.-]+/g, '');
}

export function sourceColumnName(n: number, part: 'url' | 'title'): string {
  return `source${n}_${part}`;
}

export function sheetFileName(sheet: SheetName): string {
  return `${sheet}.csv`;
}

/** The article's text travels beside the sheets: spreadsheet cells hold at most 32,767 characters. */
export const ARTICLE_FILE = 'article.txt';
