// Coordinates as people type them into a place search: decimal degrees
// ("35.99, 128.15", "35.99 128.15", "-33.87, 151.21"), degrees with minutes
// and seconds and hemisphere letters ("35°59′N 128°09′E", "35 59 N, 128 9 E",
// "33°52'S 151°12'E"), in that order or the other. People write latitude
// first; a pair whose first number cannot be a latitude but whose second can
// is read the other way round, and a pair with hemisphere letters says which
// is which. The result is [longitude, latitude], as the story format writes it.

import type { LonLat } from '../geometry/antimeridian.ts';

const HEMI = /[NSEW]/i;

/** One angle: degrees, optional minutes and seconds, optional hemisphere letter before or after. */
function angle(text: string): { value: number; axis?: 'lat' | 'lon' } | undefined {
  const t = text.trim().replace(/[′’']/g, "'").replace(/[″”"]/g, '"');
  const m = /^([NSEW])?\s*([+-]?\d+(?:[.,]\d+)?)\s*(?:°|º|d|\s)?\s*(?:(\d+(?:[.,]\d+)?)\s*(?:'|m|\s)?\s*)?(?:(\d+(?:[.,]\d+)?)\s*(?:"|s)?\s*)?([NSEW])?$/i.exec(t);
  if (!m) return undefined;
  const [, before, deg = '', min, sec, after] = m;
  if (before && after) return undefined;
  const num = (s: string | undefined): number => (s === undefined ? 0 : Number(s.replace(',', '.')));
  const minutes = num(min);
  const seconds = num(sec);
  if (minutes >= 60 || seconds >= 60) return undefined;
  const degrees = num(deg);
  let value = Math.abs(degrees) + minutes / 60 + seconds / 3600;
  if (degrees < 0 || deg.startsWith('-')) value = -value;
  const letter = (before ?? after ?? '').toUpperCase();
  if (letter === 'S' || letter === 'W') value = -Math.abs(value);
  const axis = letter === 'N' || letter === 'S' ? 'lat' : letter === 'E' || letter === 'W' ? 'lon' : undefined;
  return axis ? { value, axis } : { value };
}

/** Splits "a, b" / "a; b" / "a b" (decimal) / "35°59′N 128°09′E" into its two angles. */
function halves(text: string): [string, string] | undefined {
  const t = text.trim();
  for (const sep of [';', '/']) {
    const parts = t.split(sep);
    if (parts.length === 2) return [parts[0] ?? '', parts[1] ?? ''];
  }
  // A comma between the two (never a decimal comma: that has digits on both sides and no space).
  const comma = /^(.*?\S)\s*,\s+(.*)$/.exec(t) ?? /^(.*?[NSEW°'"′″])\s*,\s*(.*)$/i.exec(t);
  if (comma) return [comma[1] ?? '', comma[2] ?? ''];
  // A hemisphere letter ends the first half ("35°59′N 128°09′E").
  const lettered = /^(.*?[NS])\s+(.*[EW])$/i.exec(t) ?? /^(.*?[EW])\s+(.*[NS])$/i.exec(t);
  if (lettered) return [lettered[1] ?? '', lettered[2] ?? ''];
  const plain = /^([+-]?\d+(?:\.\d+)?)\s+([+-]?\d+(?:\.\d+)?)$/.exec(t);
  return plain ? [plain[1] ?? '', plain[2] ?? ''] : undefined;
}

/** [longitude, latitude] for typed coordinates, or undefined when the text is not a pair of coordinates. */
export function parseCoordinates(text: string): LonLat | undefined {
  if (!/\d/.test(text) || (!HEMI.test(text) && !/[\d.]\s*[,;/\s]\s*[+-]?\d/.test(text))) return undefined;
  const parts = halves(text);
  if (!parts) return undefined;
  const a = angle(parts[0]);
  const b = angle(parts[1]);
  if (!a || !b) return undefined;
  let lat: number;
  let lon: number;
  if (a.axis === 'lon' || b.axis === 'lat') [lon, lat] = [a.value, b.value];
  else if (Math.abs(a.value) > 90 && Math.abs(b.value) <= 90 && !a.axis) [lon, lat] = [a.value, b.value];
  else [lat, lon] = [a.value, b.value];
  if (a.axis && a.axis === b.axis) return undefined;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
}
