import { quoted } from '../quoted.ts';
import { readDateCell } from './cellDates.ts';
import type { CellKind } from './sheetSpecs.ts';

// From a cell's text to a story value, forgiving what spreadsheet software
// writes on its own (a decimal comma, scientific notation, TRUE) and
// refusing, with the format's spelling, what could be read two ways.

export type CellValue =
  | { readonly blank: true }
  | { readonly value: unknown }
  | { readonly problem: string };

const BLANK: CellValue = { blank: true };

/**
 * A cell starting with "=", "+", "-", "@", a tab or a carriage return is a
 * formula to a spreadsheet. Export writes such text after an apostrophe, so
 * the spreadsheet shows it as text and never runs it; an apostrophe already
 * there gets one more, so reading it back strips exactly one.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function unescapeFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const SPACE_GROUPS = /(\d)[\s\u00a0\u202f](?=\d{3}(\D|$))/g;

function inRange(n: number, range?: readonly [number, number]): boolean {
  return range === undefined || (n >= range[0] && n <= range[1]);
}

/** "1,500": 1.5 with a decimal comma, or 1500 with a thousands separator. */
function commaNumber(sign: string, whole: string, fraction: string, range?: readonly [number, number]): CellValue {
  const decimal = Number(`${sign}${whole}.${fraction}`);
  if (fraction.length !== 3 || whole.startsWith('0')) return { value: decimal };
  const thousands = Number(`${sign}${whole}${fraction}`);
  const fits = [decimal, thousands].filter((n) => inRange(n, range));
  if (fits.length === 1) return { value: fits[0] };
  return { problem: `${quoted(`${sign}${whole},${fraction}`)} is ambiguous: write ${thousands} or ${decimal}` };
}

/** Groups of three digits after the first (1,234,567 or 1.234.567,5): the separators are known once two kinds appear or they repeat. */
function groupedNumber(s: string): number | undefined {
  const m = /^([+-]?)(\d{1,3}(?:([,.])\d{3})+)(?:([,.])(\d+))?$/.exec(s);
  if (!m || m[3] === m[4]) return undefined;
  const [, sign = '', whole = '', group = ',', , fraction] = m;
  const repeated = whole.split(group).length > 2;
  if (fraction === undefined && !repeated) return undefined;
  return Number(`${sign}${whole.split(group).join('')}${fraction === undefined ? '' : `.${fraction}`}`);
}

export function readNumber(raw: string, range?: readonly [number, number]): CellValue {
  const s = raw.trim().replace(SPACE_GROUPS, '$1');
  if (s === '') return BLANK;
  if (PLAIN_NUMBER.test(s)) return { value: Number(s) };
  const comma = /^([+-]?)(\d+),(\d+)(e[+-]?\d+)?$/i.exec(s);
  if (comma) {
    const [, sign = '', whole = '', fraction = '', exponent] = comma;
    return exponent === undefined ? commaNumber(sign, whole, fraction, range) : { value: Number(`${sign}${whole}.${fraction}${exponent}`) };
  }
  const grouped = groupedNumber(s);
  if (grouped !== undefined) return { value: grouped };
  return { problem: `${quoted(raw.trim())} is not a number (write it as 128.154 or 128,154)` };
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'x']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0']);

export function readBoolean(raw: string): CellValue {
  const s = raw.trim().toLowerCase();
  if (s === '') return BLANK;
  if (TRUE_WORDS.has(s)) return { value: true };
  if (FALSE_WORDS.has(s)) return { value: false };
  return { problem: `${quoted(raw.trim())} is neither true nor false (write true, or leave it blank)` };
}

/** Ids are written one after another, separated by ";" (a comma, a line break or a space also works: an id has none). */
export function readIds(raw: string): string[] {
  return raw.split(/[;,\s]+/).filter((s) => s !== '');
}

/** The value a cell holds, by the kind of its column; a blank cell is `blank` (the caller knows whether that is allowed). */
export function readCell(raw: string, kind: CellKind, range?: readonly [number, number]): CellValue {
  const text = unescapeFormula(raw);
  if (kind === 'text') return text === '' ? BLANK : { value: text };
  const trimmed = text.trim();
  if (trimmed === '') return BLANK;
  switch (kind) {
    case 'token': return { value: trimmed };
    case 'number': return readNumber(trimmed, range);
    case 'boolean': return readBoolean(trimmed);
    case 'ids': return { value: readIds(trimmed) };
    case 'date': return readDateCell(trimmed);
  }
}

/** A story value as a cell's text: the inverse of `readCell` for every value the format allows. */
export function writeCell(value: unknown, kind: CellKind): string {
  if (value === undefined || value === null) return '';
  if (kind === 'ids' && Array.isArray(value)) return value.map(String).join('; ');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return escapeFormula(typeof value === 'string' ? value : JSON.stringify(value));
}
