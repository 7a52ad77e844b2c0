import { readFileSync } from 'node:fs';

// The bad-file fixtures (tests/fixtures/bad/) and what each must produce.

export interface BadFileCase {
  readonly file: string;
  readonly outcome: 'accepted' | 'rejected';
  readonly path?: string;
  readonly message?: string;
  readonly note?: string;
  /** Content type the test server sends it with (default application/json). */
  readonly served?: string;
  /** The message when the file is read from disk (no content type to go by), if it differs. */
  readonly readMessage?: string;
  /** Built at test time instead of read from disk. */
  readonly generated?: string;
}

const dir = new URL('../fixtures/bad/', import.meta.url);

export const BAD_FILES: readonly BadFileCase[] = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as BadFileCase[];

/** A valid story padded with a long description-free filler past the 10 MB limit. */
function hugeStory(): string {
  const story = JSON.parse(readFileSync(new URL('with-bom.json', dir), 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
  return JSON.stringify({ ...story, $schema: 'x'.repeat(10 * 1024 * 1024 + 10) });
}

/** A valid story whose events are 20,000 empty objects: 140,000 problems in 59 KB. */
export function manyProblemsStory(): string {
  const story = JSON.parse(readFileSync(new URL('with-bom.json', dir), 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
  return JSON.stringify({ ...story, events: Array.from({ length: 20_000 }, () => ({})) });
}

const GENERATED: Readonly<Record<string, () => string>> = { 'huge.json': hugeStory, 'many-problems.json': manyProblemsStory };

export function badFileText(c: BadFileCase): string {
  const generate = c.generated ? GENERATED[c.file] : undefined;
  if (c.generated && !generate) throw new Error(`no generator for ${c.file}`);
  return generate ? generate() : readFileSync(new URL(c.file, dir), 'utf8');
}
