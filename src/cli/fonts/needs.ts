// Which characters the stories' labels draw, and which CJK font each needs.
import { type Cjk, languageOf, scriptOf } from './unicode.ts';

const isSpace = (ch: string): boolean => /^\s$/u.test(ch);

export type Needs = {
  // Every character a label draws, for the final coverage check.
  all: Set<number>;
  cjk: Record<Cjk, Set<number>>;
};

export function collectNeeds(stories: readonly unknown[], sansCovers: ReadonlySet<number>): Needs {
  const needs: Needs = { all: new Set(), cjk: { kr: new Set(), sc: new Set(), jp: new Set() } };
  const addText = (text: string, lang: Cjk | null): void => {
    for (const ch of text) {
      if (isSpace(ch)) continue;
      const cp = ch.codePointAt(0) ?? 0;
      needs.all.add(cp);
      const script = scriptOf(cp);
      // A local name in a CJK language takes its punctuation from that language's font too;
      // anything the Latin and Cyrillic files draw stays with them.
      const target = script !== null ? (lang ?? script) : lang !== null && !sansCovers.has(cp) ? lang : null;
      if (target) needs.cjk[target].add(cp);
    }
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === 'localNames' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [tag, text] of Object.entries(value)) {
          if (typeof text === 'string') addText(text, languageOf(tag));
        }
      } else if ((key === 'name' || key === 'title' || key === 'role') && typeof value === 'string') {
        addText(value, null);
      } else {
        walk(value);
      }
    }
  };
  for (const story of stories) walk(story);
  return needs;
}
