// npm run suggest -- ARTICLE.txt --date YYYY-MM-DD [--compare STORY.json [--min CONFIDENCE]]
// Prints the draft the studio would suggest, as JSON; with --compare, the
// precision and recall against a story written by hand for that article.
import { readFileSync } from 'node:fs';
import { draftStory } from '../core/draft/draftStory.ts';
import { evaluateDraft } from '../core/draft/evaluateDraft.ts';
import { namesIndex } from '../core/draft/placesNamed.ts';
import type { GazetteerRow } from '../core/studio/gazetteer.ts';
import { readStoryText } from '../core/validation/readStoryText.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const date = option('--date');
if (file === undefined || date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error('usage: npm run suggest -- ARTICLE.txt --date YYYY-MM-DD [--compare STORY.json]');
  process.exitCode = 2;
} else {
  const text = readFileSync(file, 'utf8');
  // The studio's gazetteer, as the page would load it.
  const gazetteer = JSON.parse(readFileSync(new URL('../../public/gazetteer/cities.json', import.meta.url), 'utf8')) as { rows: GazetteerRow[] };
  const draft = draftStory(text, date, namesIndex(gazetteer.rows));
  const compare = option('--compare');
  if (compare === undefined) {
    console.log(JSON.stringify({ ...draft, stances: draft.stances.map((s) => ({ ...s, quote: text.slice(s.quote.start, s.quote.end) })) }, null, 2));
  } else {
    const checked = readStoryText(readFileSync(compare, 'utf8'));
    if (!checked.ok) throw new Error(`${compare} is not a valid story`);
    const min = Number(option('--min') ?? '0');
    console.log(JSON.stringify(evaluateDraft(draft, checked.story, min), null, 2));
  }
}
