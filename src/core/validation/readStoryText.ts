import { formatBytes } from '../format.ts';
import { withoutByteOrderMark } from './byteOrderMark.ts';
import { LIMITS } from '../schema/limits.ts';
import { type ValidationError, fileError, unexpectedFailure } from './errors.ts';
import { duplicateKeys } from './duplicateKeys.ts';
import { jsonSyntaxError } from './jsonSyntax.ts';
import { maxDepth } from './depth.ts';
import { Problems } from './problems.ts';
import { type StoryCheck, checkStory } from './validateStory.ts';

// The studio takes the checker from here, so that it stays in one chunk (studio/studioMain.ts).
export { validateStory } from './validateStory.ts';

export type Screened = { readonly ok: true; readonly body: string } | { readonly ok: false; readonly errors: readonly ValidationError[] };

/**
 * What can be told from the text alone, before anything parses it: its size
 * (`byteLength` is the size on disk or on the wire when known), that it is not
 * empty, and its nesting depth, so nothing recursive ever meets a hostile file.
 */
export function screenStoryText(text: string, byteLength: number = text.length): Screened {
  if (byteLength > LIMITS.fileBytes) {
    return fileError(`file too large (${formatBytes(byteLength)}, at most ${formatBytes(LIMITS.fileBytes)})`);
  }
  const body = withoutByteOrderMark(text);
  if (body.trim() === '') return fileError('the file is empty');
  const depth = maxDepth(body, LIMITS.depth);
  if (depth > LIMITS.depth) return fileError(`nesting too deep (more than ${LIMITS.depth} levels)`);
  return { ok: true, body };
}

/** JSON syntax, then repeated keys, the schema and cross-references, of a text that passed `screenStoryText`. */
export function checkStoryBody(body: string): StoryCheck {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return fileError(jsonSyntaxError(body));
  }
  try {
    const repeated = new Problems();
    duplicateKeys(body, repeated);
    return checkStory(value, repeated);
  } catch (e) {
    return unexpectedFailure(e);
  }
}

/** From the text of a file to a checked story: the screen, then JSON syntax, the schema and cross-references. */
export function readStoryText(text: string, byteLength: number = text.length): StoryCheck {
  try {
    const screened = screenStoryText(text, byteLength);
    return screened.ok ? checkStoryBody(screened.body) : screened;
  } catch (e) {
    return unexpectedFailure(e);
  }
}
