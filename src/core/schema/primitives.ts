import * as z from 'zod/mini';
import { DATE_PATTERN } from '../dates.ts';
import { LIMITS } from './limits.ts';

// Building blocks shared by the story schema. A message starting with "@" is a
// tag that formatIssue.ts turns into a sentence with the offending value.

export const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.-]*$';
export const LANGUAGE_PATTERN = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';

export const id = z.string().check(
  z.minLength(1),
  z.maxLength(LIMITS.idLength),
  z.regex(new RegExp(ID_PATTERN), '@id'),
  z.describe('An identifier: letters, digits, "_", "." or "-", unique in the whole file.'),
);

export const ids = z.array(id).check(z.maxLength(LIMITS.idsPerList));

/**
 * Control characters have no place in story text, and most of them make an
 * exported SVG invalid XML: a name is one line, prose may hold tabs and line
 * breaks. Tagged for formatIssue.ts, which names the character and where it is.
 */
export const ONE_LINE_PATTERN = '^[^\\u0000-\\u001f]*$';
export const PROSE_PATTERN = '^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f]*$';
const oneLine = z.regex(new RegExp(ONE_LINE_PATTERN), '@line');
const prose = z.regex(new RegExp(PROSE_PATTERN), '@prose');

export const name = z.string().check(z.minLength(1), z.maxLength(LIMITS.nameLength), oneLine);
export const shortText = z.string().check(z.maxLength(LIMITS.shortTextLength), prose);
export const text = z.string().check(z.maxLength(LIMITS.textLength), prose);
export const sourceText = z.string().check(
  z.maxLength(LIMITS.sourceTextLength),
  prose,
  z.describe('The article as text (never markup), kept so that every quote can be checked against it.'),
);
export const quote = z.string().check(
  z.minLength(1),
  z.maxLength(LIMITS.textLength),
  prose,
  z.describe('Verbatim words from the source, without surrounding quotation marks.'),
);

export const storyDate = z.string().check(
  z.regex(new RegExp(DATE_PATTERN), '@date'),
  z.describe('YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by " planned", " approximate" or " before".'),
);

export const url = z.string().check(
  z.minLength(1),
  z.maxLength(LIMITS.urlLength),
  z.describe('An absolute http or https URL.'),
);

export const language = z.string().check(z.regex(new RegExp(LANGUAGE_PATTERN), '@language'));

export const longitude = z.number().check(z.gte(-180), z.lte(180));
export const latitude = z.number().check(z.gte(-90), z.lte(90));
export const lonLat = z.tuple([longitude, latitude]).check(z.describe('[longitude, latitude] in degrees (WGS 84).'));

export const source = z.strictObject({
  url,
  title: z.optional(name),
});

export const sources = z.array(source).check(z.maxLength(LIMITS.sourcesPerItem));

export const localNames = z
  .record(language, name)
  .check(z.describe('Names in local languages, keyed by BCP 47 language tag: {"ko": "서울"}.'));

export const view = z.strictObject({
  center: z.optional(lonLat),
  zoom: z.optional(z.number().check(z.gte(0), z.lte(22))),
  bounds: z.optional(z.tuple([lonLat, lonLat]).check(z.describe('[[west, south], [east, north]].'))),
  bearing: z.optional(z.number().check(z.gte(-360), z.lte(360))),
  pitch: z.optional(z.number().check(z.gte(0), z.lte(85))),
});
