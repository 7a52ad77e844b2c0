import { describe, expect, it } from 'vitest';
import { checkStoryBody, readStoryText, screenStoryText } from '../../../src/core/validation/readStoryText.ts';
import { formatError } from '../../../src/core/validation/errors.ts';
import { LIMITS } from '../../../src/core/schema/limits.ts';
import { minimalStory } from '../../support/minimalStory.ts';

function errorsOf(text: string, bytes?: number): string[] {
  const r = readStoryText(text, bytes);
  return r.ok ? [] : r.errors.map(formatError);
}

describe('readStoryText', () => {
  it('accepts a valid story and returns it', () => {
    const r = readStoryText(JSON.stringify(minimalStory()));
    expect(r.ok && r.story.meta.title).toBe('Test story');
  });

  it('accepts a file that starts with a byte order mark', () => {
    expect(errorsOf(`\uFEFF${JSON.stringify(minimalStory())}`)).toEqual([]);
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(errorsOf('', LIMITS.fileBytes + 1)).toEqual(['(file): file too large (10.0 MB, at most 10.0 MB)']);
  });

  it('refuses an empty file', () => {
    expect(errorsOf('  \n')).toEqual(['(file): the file is empty']);
  });

  it('refuses a 100,000-deep array without recursing', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(errorsOf(deep)).toEqual([`(file): nesting too deep (more than ${LIMITS.depth} levels)`]);
  });

  it('does not count brackets inside strings as nesting', () => {
    const story = minimalStory();
    story.meta.description = '['.repeat(100) + '\\"{'.repeat(50);
    expect(errorsOf(JSON.stringify(story))).toEqual([]);
  });

  it('names the line and column of a JSON syntax error and shows the line', () => {
    const text = '{\n  "version": 1,\n  "meta": {,\n}';
    expect(errorsOf(text)).toEqual(['(file): not valid JSON at line 3, column 12: "meta": {,']);
  });

  it('places a truncated file at its last line', () => {
    const text = '{\n  "version": 1,\n  "places": [';
    expect(errorsOf(text)).toEqual(['(file): not valid JSON at line 3, column 14: "places": [']);
  });

  it('refuses an HTML page served instead of JSON', () => {
    expect(errorsOf('<!doctype html>\n<html><body>Not found</body></html>')).toEqual([
      '(file): not valid JSON at line 1, column 1: <!doctype html>',
    ]);
  });
});

describe('screenStoryText', () => {
  it('passes a text that is not JSON: it looks only at size, emptiness and depth, and leaves syntax to checkStoryBody', () => {
    expect(screenStoryText('{"places": [oops')).toEqual({ ok: true, body: '{"places": [oops' });
    const checked = checkStoryBody('{"places": [oops');
    expect(checked.ok ? [] : checked.errors.map(formatError)).toEqual(errorsOf('{"places": [oops'));
  });

  it('hands on the text without its byte order mark', () => {
    expect(screenStoryText('\uFEFF{}')).toEqual({ ok: true, body: '{}' });
  });

  it('refuses what readStoryText refuses before parsing, with the same messages', () => {
    const deep = `${'['.repeat(LIMITS.depth + 1)}${']'.repeat(LIMITS.depth + 1)}`;
    for (const [text, bytes] of [['', LIMITS.fileBytes + 1], [' \n', undefined], [deep, undefined]] as const) {
      const screened = screenStoryText(text, bytes);
      expect(screened.ok).toBe(false);
      expect(screened.ok ? [] : screened.errors.map(formatError)).toEqual(errorsOf(text, bytes));
    }
  });
});
