import { describe, expect, it } from 'vitest';
import { readStoryText } from '../../../src/core/validation/readStoryText.ts';
import { BAD_FILES, badFileText } from '../../support/badFiles.ts';

describe('the bad-file fixtures through the validator', () => {
  it('has at least 30 fixtures, each with its expected outcome', () => {
    expect(BAD_FILES.length).toBeGreaterThanOrEqual(30);
    for (const c of BAD_FILES) expect(c.outcome === 'accepted' || (c.path && c.message), c.file).toBeTruthy();
  });

  it.each(BAD_FILES.map((c) => [c.file, c] as const))('%s gives its expected outcome', (_file, c) => {
    const text = badFileText(c);
    const result = readStoryText(text, new TextEncoder().encode(text).length);
    if (c.outcome === 'accepted') {
      expect(result).toMatchObject({ ok: true });
      return;
    }
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    const message = c.readMessage ?? c.message ?? '';
    expect(errors.some((e) => e.path === c.path && e.message.includes(message)), JSON.stringify(errors.slice(0, 5))).toBe(true);
  });

  it('never lets a __proto__ or constructor key reach a prototype', () => {
    for (const c of BAD_FILES) readStoryText(badFileText(c));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
