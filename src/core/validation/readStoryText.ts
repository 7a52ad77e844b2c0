import { formatBytes } from '../format.ts';
import { withoutByteOrderMark } from './byteOrderMark.ts';
import { LIMITS } from '../schema/limits.ts';
import { fileError } from './errors.ts';
import { jsonSyntaxError } from './jsonSyntax.ts';
import { maxDepth } from './depth.ts';
import { type StoryCheck, checkStory } from './validateStory.ts';

/**
 * From the text of a file to a checked story: size, then nesting depth (on the
 * text, before anything recursive runs), then JSON syntax, then the schema and
 * cross-references. `byteLength` is the size on disk or on the wire when known.
 */
export function readStoryText(text: string, byteLength: number = text.length): StoryCheck {
  if (byteLength > LIMITS.fileBytes) {
    return fileError(`file too large (${formatBytes(byteLength)}, at most ${formatBytes(LIMITS.fileBytes)})`);
  }
  const body = withoutByteOrderMark(text);
  if (body.trim() === '') return fileError('the file is empty');
  const depth = maxDepth(body, LIMITS.depth);
  if (depth > LIMITS.depth) return fileError(`nesting too deep (more than ${LIMITS.depth} levels)`);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return fileError(jsonSyntaxError(body, e));
  }
  return checkStory(value);
}
