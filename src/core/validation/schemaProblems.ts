import * as z from 'zod/mini';
import { LIMITS } from '../schema/limits.ts';
import { actor, area, event, place, scene, stance, storySchema } from '../schema/story.schema.ts';
import { type ErrorSink, type Path, pathToString } from './errors.ts';
import { formatIssues, unknownKey } from './formatIssue.ts';
import { type Schema, shapeOf } from './schemaShape.ts';
import { isObj, items, own } from './untrusted.ts';

// zod's report of a whole file is one issue list built by spreading each
// part's issues into its parent's (`push(...issues)`): a file with 150,000
// problems overflows the stack. So the file is checked in pieces: its shell
// (the top level, with each section only counted), then each item on its own.
// A piece that still overflows (one item with 100,000 bad ids) is checked
// field by field, where no list is spread into another.

const unchecked = (max: number) => z.array(z.unknown()).check(z.maxLength(max));

/** The top level, with each section's items left for their own check. */
const shell = z.strictObject({
  ...storySchema.shape,
  places: unchecked(LIMITS.places),
  actors: unchecked(LIMITS.actors),
  stances: unchecked(LIMITS.stances),
  events: unchecked(LIMITS.events),
  areas: z.optional(unchecked(LIMITS.areas)),
  scenes: z.optional(unchecked(LIMITS.scenes)),
});

const ITEMS: readonly (readonly [string, Schema])[] = [
  ['places', place], ['actors', actor], ['stances', stance], ['events', event], ['areas', area], ['scenes', scene],
];

function check(schema: Schema, value: unknown, at: Path, root: unknown, sink: ErrorSink): void {
  let issues: readonly z.core.$ZodIssue[];
  try {
    const result = schema.safeParse(value);
    if (result.success) return;
    issues = result.error.issues;
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    checkByField(schema, value, at, root, sink);
    return;
  }
  formatIssues(at.length === 0 ? issues : issues.map((i) => ({ ...i, path: [...at, ...i.path] })), root, sink);
}

/** The same check, one field at a time: for an item whose problems are too many to gather in one list. */
function checkByField(schema: Schema, value: unknown, at: Path, root: unknown, sink: ErrorSink): void {
  const shape = shapeOf(schema);
  if (!shape || !isObj(value)) {
    sink.push({ path: pathToString(at), message: 'too many problems here to list' });
    return;
  }
  const unknown = Object.keys(value).filter((key) => !Object.prototype.hasOwnProperty.call(shape, key));
  for (const key of unknown) sink.push(unknownKey([...at, key], !sink.full));
  for (const [key, field] of Object.entries(shape)) check(field, own(value, key), [...at, key], root, sink);
}

/** Every problem the schema finds, pushed in document order. */
export function schemaProblems(input: unknown, sink: ErrorSink): void {
  check(shell, input, [], input, sink);
  if (!isObj(input)) return;
  for (const [section, schema] of ITEMS) {
    items(input, section).forEach((item, i) => check(schema, item, [section, i], input, sink));
  }
}
