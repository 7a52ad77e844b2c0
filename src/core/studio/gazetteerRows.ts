import type { GazetteerRow } from './gazetteer.ts';
import { folded } from './gazetteer.ts';

// Turning GeoNames' cities1000 table (tab-separated, one place a line) into
// the studio's gazetteer rows: the places a story is likely to name (at least
// 15,000 people, or a capital, or the seat of a first-order division), with
// coordinates to 4 decimals (11 m) and a few of their other names, those in
// other scripts first. Pure, so the reduction is tested on a few lines.

/** Columns of GeoNames' table (http://download.geonames.org/export/dump/readme.txt). */
const COL = { name: 1, ascii: 2, alternates: 3, lat: 4, lon: 5, featureCode: 7, country: 8, population: 14 } as const;

export const MIN_POPULATION = 15_000;
/** Other names kept per place: enough for the scripts a story's local names use, few enough to keep the file small. */
export const OTHER_NAMES_MAX = 10;
const KEPT_CODES = new Set(['PPLC', 'PPLA']);

const isLatin = (name: string): boolean => /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}]+$/u.test(name);
const round4 = (n: number): number => Math.round(n * 1e4) / 1e4;

/** The scripts in which a country writes its own place names, so that a story's local names are found there first. */
const LOCAL_SCRIPTS: Readonly<Record<string, readonly string[]>> = {
  KR: ['Hangul'], KP: ['Hangul'], CN: ['Han'], TW: ['Han'], HK: ['Han'], MO: ['Han'], JP: ['Han', 'Katakana', 'Hiragana'],
  RU: ['Cyrillic'], UA: ['Cyrillic'], BY: ['Cyrillic'], BG: ['Cyrillic'], RS: ['Cyrillic'], MK: ['Cyrillic'], KZ: ['Cyrillic'], KG: ['Cyrillic'], MN: ['Cyrillic'],
  GR: ['Greek'], CY: ['Greek'], IL: ['Hebrew'], IR: ['Arabic'], AF: ['Arabic'], PK: ['Arabic'],
  SA: ['Arabic'], AE: ['Arabic'], EG: ['Arabic'], IQ: ['Arabic'], SY: ['Arabic'], JO: ['Arabic'], LB: ['Arabic'], YE: ['Arabic'], OM: ['Arabic'], KW: ['Arabic'], QA: ['Arabic'], BH: ['Arabic'], LY: ['Arabic'], DZ: ['Arabic'], MA: ['Arabic'], TN: ['Arabic'], SD: ['Arabic'],
  IN: ['Devanagari'], NP: ['Devanagari'], BD: ['Bengali'], TH: ['Thai'], LA: ['Lao'], KH: ['Khmer'], MM: ['Myanmar'], GE: ['Georgian'], AM: ['Armenian'], ET: ['Ethiopic'], LK: ['Sinhala'],
};
const SCRIPTS = ['Hangul', 'Han', 'Katakana', 'Hiragana', 'Cyrillic', 'Greek', 'Hebrew', 'Arabic', 'Devanagari', 'Bengali', 'Thai', 'Lao', 'Khmer', 'Myanmar', 'Georgian', 'Armenian', 'Ethiopic', 'Sinhala', 'Tamil'];
const scriptOf = (name: string): string => SCRIPTS.find((s) => new RegExp(`\\p{Script=${s}}`, 'u').test(name)) ?? (isLatin(name) ? 'Latin' : 'other');

/**
 * The other names worth keeping: distinct once folded, no airport codes;
 * first those in the country's own script (서울 for Seoul, 北京 for Beijing),
 * then one in each other script, then spellings in the Latin alphabet.
 */
export function otherNames(name: string, ascii: string, alternates: string, country = ''): string[] {
  const seen = new Set([folded(name), folded(ascii)]);
  const kept: string[] = [];
  for (const raw of alternates.split(',')) {
    const alt = raw.trim();
    const key = folded(alt);
    if (key === '' || seen.has(key) || /^[A-Z0-9]{2,4}$/.test(alt) || /[|([]| - /.test(alt)) continue;
    seen.add(key);
    kept.push(alt);
  }
  const local = new Set(LOCAL_SCRIPTS[country] ?? []);
  // Of the names in the country's script, those written wholly in it first (Москва before Мæскуы), in GeoNames' order.
  const mixed = (n: string): number => (/\p{Script=Latin}/u.test(n) || /[\u00e6\u0259]/u.test(n) ? 1 : 0);
  const own = kept.filter((n) => local.has(scriptOf(n))).sort((a, b) => mixed(a) - mixed(b)).slice(0, 5);
  const scriptsTaken = new Set<string>();
  const others = kept.filter((n) => {
    const script = scriptOf(n);
    if (script === 'Latin' || local.has(script) || scriptsTaken.has(script)) return false;
    scriptsTaken.add(script);
    return true;
  });
  const latin = kept.filter((n) => scriptOf(n) === 'Latin');
  return [...own, ...others, ...latin].slice(0, OTHER_NAMES_MAX);
}

/** The row for one line of the table, or undefined when the place is too small to keep. */
export function gazetteerRow(line: string): GazetteerRow | undefined {
  const f = line.split('\t');
  const population = Number(f[COL.population] ?? 0);
  if (population < MIN_POPULATION && !KEPT_CODES.has(f[COL.featureCode] ?? '')) return undefined;
  const name = f[COL.name] ?? '';
  const lon = Number(f[COL.lon]);
  const lat = Number(f[COL.lat]);
  if (name === '' || !Number.isFinite(lon) || !Number.isFinite(lat)) return undefined;
  const capital = f[COL.featureCode] === 'PPLC' ? 1 : 0;
  return [name, round4(lon), round4(lat), f[COL.country] ?? '', population, otherNames(name, f[COL.ascii] ?? '', f[COL.alternates] ?? '', f[COL.country] ?? '').join('|'), capital];
}

interface StoryPlace { readonly name: string; readonly coordinates: readonly [number, number]; readonly kind: string; readonly localNames?: Readonly<Record<string, string>> }

const KM_PER_DEGREE = 111.2;
const SAME_PLACE_KM = 25;
const km = (a: readonly [number, number], b: readonly [number, number]): number =>
  Math.hypot((a[0] - b[0]) * Math.cos(((a[1] + b[1]) / 2) * (Math.PI / 180)), a[1] - b[1]) * KM_PER_DEGREE;

/**
 * Rows for the places of the stories that ship with stancemap that GeoNames'
 * cities lack (a missile site, a county seat under 1,000 people): each with
 * the country of its nearest city, no population, and its local names.
 */
export function storyPlaceRows(places: readonly StoryPlace[], rows: readonly GazetteerRow[]): GazetteerRow[] {
  const out: GazetteerRow[] = [];
  for (const p of places) {
    if (p.kind === 'country' || p.kind === 'region' || p.kind === 'sea') continue;
    const name = folded(p.name);
    // "Washington" is GeoNames' "Washington, D.C.": one name holding the other, close by, is the same place.
    if (rows.some((r) => (folded(r[0]).includes(name) || name.includes(folded(r[0]))) && km([r[1], r[2]], p.coordinates) < SAME_PLACE_KM)) continue;
    let nearest: GazetteerRow | undefined;
    for (const r of rows) if (!nearest || km([r[1], r[2]], p.coordinates) < km([nearest[1], nearest[2]], p.coordinates)) nearest = r;
    out.push([p.name, round4(p.coordinates[0]), round4(p.coordinates[1]), nearest?.[3] ?? '', 0, Object.values(p.localNames ?? {}).join('|'), p.kind === 'capital' ? 1 : 0]);
  }
  return out;
}
