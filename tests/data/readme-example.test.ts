import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStoryText } from '../../src/core/validation/readStoryText.ts';

describe('the README', () => {
  it('shows a minimal story that validates', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /<!-- minimal-story -->\s*```json\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(block.length).toBeGreaterThan(100);
    expect(readStoryText(block)).toMatchObject({ ok: true });
  });
});
