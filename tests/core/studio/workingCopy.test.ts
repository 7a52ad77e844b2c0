import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { type WorkingCopy, blankStory, newId, setPublished, setQuote, setSourceText, workingCopyOf } from '../../../src/core/studio/workingCopy.ts';
import { addEvent, addStance } from '../../../src/core/studio/items.ts';

const article = 'On Tuesday, Beijing has repeatedly urged Seoul and Washington to abandon their plans to deploy the THAAD system.';
const quote = 'Beijing has repeatedly urged Seoul and Washington to abandon their plans to deploy the THAAD system';

function started(): { copy: WorkingCopy; id: string } {
  let id = '';
  const base = workingCopyOf(blankStory('2017-03-01'));
  const copy = produce(base, (d) => {
    setSourceText(d, article);
    const start = article.indexOf(quote);
    id = addStance(d, { start, end: start + quote.length });
  });
  return { copy, id };
}

describe('the working copy', () => {
  it('makes a stance whose quote is exactly the words selected, dated "by" the article\'s date', () => {
    const { copy, id } = started();
    expect(copy.story.stances[0]).toMatchObject({ id, quote, from: '', to: '', start: '2017-03-01 before' });
    expect(copy.ranges[id]).toEqual({ start: article.indexOf(quote), end: article.indexOf(quote) + quote.length });
  });

  it('keeps each quote\'s range on its words when the text before it is edited', () => {
    const { copy, id } = started();
    const edited = produce(copy, (d) => setSourceText(d, `BREAKING. ${article}`));
    const r = edited.ranges[id];
    expect(r && edited.story.meta.source.text?.slice(r.start, r.end)).toBe(quote);
  });

  it('forgets a range whose words were edited away, and finds it again when the quote is fixed to match', () => {
    const { copy, id } = started();
    const cut = produce(copy, (d) => setSourceText(d, article.replace('abandon their plans', 'drop plans')));
    expect(cut.ranges[id]).toBeUndefined();
    const fixed = produce(cut, (d) => setQuote(d, 'stances', id, 'Beijing has repeatedly urged Seoul'));
    expect(fixed.ranges[id]).toEqual({ start: article.indexOf('Beijing'), end: article.indexOf('Beijing') + 'Beijing has repeatedly urged Seoul'.length });
  });

  it('moves items dated by default with the article\'s date, and leaves typed dates alone', () => {
    const { copy } = started();
    const more = produce(copy, (d) => {
      addEvent(d, { start: 0, end: 10 });
      const typed = addStance(d, { start: 0, end: 10 });
      const s = d.story.stances.find((x) => x.id === typed);
      if (s) s.start = '2017-02-28';
    });
    const moved = produce(more, (d) => setPublished(d, '2017-03-02'));
    expect(moved.story.stances.map((s) => s.start)).toEqual(['2017-03-02 before', '2017-02-28']);
    expect(moved.story.events[0]?.date).toBe('2017-03-02');
  });

  it('gives ids from names, unique in the story', () => {
    expect(newId('Seongju County', new Set())).toBe('seongju-county');
    expect(newId('Séoul', new Set(['seoul']))).toBe('seoul-2');
    expect(newId('北京', new Set(), 'place')).toBe('place');
  });
});

describe('the working copy, as authors really type', () => {
  it('holds line breaks as the text box does (one character each), so offsets match', () => {
    const copy = produce(workingCopyOf(blankStory('2017-03-01')), (d) => setSourceText(d, 'One.\r\nTwo.\rThree.'));
    expect(copy.story.meta.source.text).toBe('One.\nTwo.\nThree.');
  });

  it('finds again, when the article is pasted, the quotes of a story that had no text', () => {
    const { copy, id } = started();
    const bare = produce(copy, (d) => { d.story.meta.source.text = ''; d.ranges = {}; });
    const pasted = produce(bare, (d) => setSourceText(d, article));
    expect(pasted.ranges[id]).toEqual({ start: article.indexOf(quote), end: article.indexOf(quote) + quote.length });
  });

  it('moves default dates even when the article\'s date is typed a key at a time', () => {
    const { copy } = started();
    let typed = copy;
    for (const step of ['2017-03-0', '2017-03-', '2017-03-0', '2017-03-02']) typed = produce(typed, (d) => setPublished(d, step));
    expect(typed.story.stances[0]?.start).toBe('2017-03-02 before');
    expect(typed.story.meta.source.published).toBe('2017-03-02');
  });
});
