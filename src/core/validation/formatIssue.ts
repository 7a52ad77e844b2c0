import type * as z from 'zod/mini';
import { parseStoryDate } from '../dates.ts';
import { ID_PATTERN } from '../schema/primitives.ts';
import { quoted } from '../quoted.ts';
import { type ErrorSink, type Path, type ValidationError, describeValue, pathToString, valueAt } from './errors.ts';
import { keyHint, requiredHint, valueHint } from './fieldHints.ts';

// Turns zod's issues into the plain sentences of our error list, quoting the
// value found. The schema tags some checks with "@name" messages (primitives.ts).

type Issue = z.core.$ZodIssue;

const LANGUAGE_HINT = '(expected a BCP 47 tag such as "en", "ko" or "zh-Hans")';

/** A found value as a message shows it: strings quoted and cut, numbers as they are, anything larger described. */
function literal(v: unknown): string {
  if (typeof v === 'string') return quoted(v);
  return v !== null && typeof v === 'object' ? describeValue(v) : String(v);
}

const KIND_NAMES: Record<string, string> = {
  type: 'stance type',
  kind: 'kind',
};

function expectedName(expected: string): string {
  return expected === 'array' ? 'an array' : expected === 'object' ? 'an object' : expected;
}

function coordinateName(path: Path): 'longitude' | 'latitude' | undefined {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (parent === 'coordinates' || parent === 'center' || typeof parent === 'number') {
    if (last === 0) return 'longitude';
    if (last === 1) return 'latitude';
  }
  return undefined;
}

function swappedHint(input: unknown, path: Path): string {
  const pair = valueAt(input, path.slice(0, -1));
  if (!Array.isArray(pair)) return '';
  const [lon, lat] = pair as unknown[];
  if (typeof lon === 'number' && typeof lat === 'number' && Math.abs(lat) > 90 && Math.abs(lon) <= 90) {
    return '; coordinates are [longitude, latitude]: are they swapped?';
  }
  return '';
}

function rangeMessage(issue: Issue & { code: 'too_big' | 'too_small' }, input: unknown, path: Path): string {
  const value = valueAt(input, path);
  if (issue.origin === 'string' && typeof value === 'string') {
    if (issue.code === 'too_small') return 'must not be empty';
    return `text too long (${value.length} characters, at most ${String(issue.maximum)})`;
  }
  if (issue.origin === 'array' && Array.isArray(value) && coordinateName([...path, 0]) === 'longitude' && path[path.length - 1] !== 'bounds') {
    return `expected [longitude, latitude], found ${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  }
  if (issue.origin === 'array' && Array.isArray(value)) {
    return issue.code === 'too_big'
      ? `too many items (${value.length}, at most ${String(issue.maximum)})`
      : `too few items (${value.length}, at least ${String(issue.minimum)})`;
  }
  const coord = coordinateName(path);
  if (coord === 'longitude') return `longitude ${String(value)} out of range (-180 to 180)`;
  if (coord === 'latitude') return `latitude ${String(value)} out of range (-90 to 90)${swappedHint(input, path)}`;
  if (issue.code === 'too_big') return `${String(value)} is too large (at most ${String(issue.maximum)})`;
  return issue.inclusive === false
    ? `${String(value)} is too small (must be greater than ${String(issue.minimum)})`
    : `${String(value)} is too small (at least ${String(issue.minimum)})`;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = { '@line': /[\u0000-\u001f]/, '@prose': /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/ } as const;

function controlMessage(value: string, tag: keyof typeof CONTROL): string {
  const at = value.search(CONTROL[tag]);
  const code = `U+${value.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')}`;
  const allowed = tag === '@line' ? 'this field is one line: no tabs or line breaks' : 'only tabs and line breaks are allowed';
  return `control character ${code} at character ${at + 1} (${allowed})`;
}

/** The message of one issue; `hints` adds what was most likely meant (a search not worth making for a problem only counted). */
function formatMessage(issue: Issue, input: unknown, path: Path, hints: boolean): string {
  const value = valueAt(input, path);
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return `missing required field${requiredHint(path)}`;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number' && typeof value === 'number') return `expected a finite number, found ${value}`;
      return `expected ${expectedName(issue.expected)}, found ${describeValue(value)}`;
    case 'invalid_value': {
      const last = path[path.length - 1];
      if (last === 'version' && path.length === 1) return `unsupported version ${literal(value)} (expected 1)`;
      const what = KIND_NAMES[String(last)] ?? 'value';
      const valid = issue.values.map(String);
      return `unknown ${what} ${literal(value)} (${hints ? valueHint(value, valid) : ''}expected one of: ${valid.join(', ')})`;
    }
    case 'too_big':
    case 'too_small':
      return rangeMessage(issue, input, path);
    case 'invalid_format':
      if (issue.message === '@date') {
        const r = parseStoryDate(String(value));
        return r.ok ? `invalid date ${quoted(String(value))}` : r.reason;
      }
      if (issue.message === '@id') {
        return `invalid id ${quoted(String(value))} (use letters, digits, "_", "." or "-", starting with a letter or digit: ${ID_PATTERN})`;
      }
      if (issue.message === '@language') {
        return `invalid language tag ${quoted(String(value))} ${LANGUAGE_HINT}`;
      }
      if (issue.message === '@line' || issue.message === '@prose') return controlMessage(String(value), issue.message);
      return `invalid format ${describeValue(value)}`;
    case 'invalid_key':
      return `invalid key ${quoted(String(path[path.length - 1]))}`;
    default:
      return `invalid ${describeValue(value)}`;
  }
}

/** The problem of a key the schema does not know, at the key's path, with the key most likely meant. */
export function unknownKey(path: Path, hints = true): ValidationError {
  const key = String(path[path.length - 1]);
  return { path: pathToString(path), message: `unknown key ${quoted(key)}${hints ? keyHint(path.slice(0, -1), key) : ''}` };
}

export function formatIssues(issues: readonly Issue[], input: unknown, sink: ErrorSink): void {
  for (const issue of issues) {
    const path = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) sink.push(unknownKey([...path, key], !sink.full));
    } else if (issue.code === 'invalid_key' && issue.issues.length > 0) {
      // A record key failed its own schema (a language tag); report it at the key.
      sink.push({ path: pathToString(path), message: `invalid language tag ${quoted(String(path[path.length - 1]))} ${LANGUAGE_HINT}` });
    } else {
      sink.push({ path: pathToString(path), message: formatMessage(issue, input, path, !sink.full) });
    }
  }
}
