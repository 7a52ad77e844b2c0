import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateInWords } from '../../src/core/dateWords.ts';
import { storyDate } from '../../src/core/dates.ts';
import { embedSnippet } from '../../src/core/embedSnippet.ts';
import { problemCount } from '../../src/core/validation/problems.ts';
import { readStoryText } from '../../src/core/validation/readStoryText.ts';
import { manyProblemsStory } from '../support/badFiles.ts';

// Numbers the README and the docs state that a change elsewhere can make
// untrue: each is read from the text and compared with what it describes.
// (The single file's size is checked where it is built: tests/browser/single-file.spec.ts.)

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const readme = read('README.md');

function stated(text: string, pattern: RegExp): string {
  const m = pattern.exec(text);
  if (!m?.[1]) throw new Error(`not found in the text: ${pattern}`);
  return m[1];
}

describe('what the README and the docs state', () => {
  it('gives embed.js its size to a tenth of a kilobyte', () => {
    const kb = (readFileSync(new URL('../../public/embed.js', import.meta.url)).length / 1024).toFixed(1);
    expect(stated(readme, /`embed\.js` \(about ([\d.]+) KB/)).toBe(kb);
    expect(stated(read('docs/embedding.md'), /`embed\.js`, about ([\d.]+) KB/)).toBe(kb);
  });

  it('gives the snippet\'s fallback height', () => {
    const height = stated(embedSnippet({ appUrl: 'https://x.example/', hash: '', title: 't' }), /height="(\d+)"/);
    expect(stated(readme, /keeps its (\d+) px/)).toBe(height);
    expect(stated(readme, /<iframe[^\n]*height="(\d+)"/)).toBe(height);
  });

  it('dates the THAAD article and sizes its ring as the story file does', () => {
    const story = JSON.parse(read('data/thaad-2017.json')) as { meta: { source: { published: string } }; areas: { radiusKm: number }[] };
    expect(readme).toContain(`article of ${dateInWords(storyDate(story.meta.source.published))}`);
    expect(readme).toContain(`the ${story.areas[0]?.radiusKm} km THAAD ring`);
  });

  it('describes the many-problems file as it is', () => {
    const text = manyProblemsStory();
    const result = readStoryText(text);
    const security = read('docs/security.md');
    const [problems, events, kb] = /A file with ([\d,]+) problems\s+\(([\d,]+) empty events, (\d+) KB\)/.exec(security)?.slice(1) ?? [];
    expect(result.ok).toBe(false);
    expect(Number(events?.replaceAll(',', ''))).toBe((JSON.parse(text) as { events: unknown[] }).events.length);
    expect(Math.round(text.length / 1024)).toBe(Number(kb));
    expect(result.ok ? 0 : problemCount(result.errors)).toBe(Number(problems?.replaceAll(',', '')));
  });
});
