import { produce } from 'immer';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acceptStance, dismiss, pending, restore, suggestionKey } from '../../../src/core/draft/acceptDraft.ts';
import { draftStory } from '../../../src/core/draft/draftStory.ts';
import { blankStory, setSourceText, workingCopyOf, type WorkingCopy } from '../../../src/core/studio/workingCopy.ts';

const ARTICLE = readFileSync(new URL('../../fixtures/thaad-article.txt', import.meta.url), 'utf8');

function copyWithArticle(): WorkingCopy {
  return produce(workingCopyOf(blankStory('2017-03-01')), (d) => { setSourceText(d, ARTICLE); });
}

describe('accepting a suggestion', () => {
  const draft = draftStory(ARTICLE, '2017-03-01');
  const opposes = draft.stances.find((s) => s.from === 'china' && s.type === 'opposes' && s.to === 'thaad');

  it('makes the stance, its holder and target, and their places, with the sentence as its quote', () => {
    if (!opposes) throw new Error('no suggestion that China opposes THAAD');
    const copy = produce(copyWithArticle(), (d) => { acceptStance(d, opposes, draft); });
    const stance = copy.story.stances[0];
    expect(stance).toMatchObject({ from: 'china', to: 'thaad', type: 'opposes', start: opposes.start });
    expect(stance?.quote).toBe(ARTICLE.slice(opposes.quote.start, opposes.quote.end));
    expect(copy.ranges[stance?.id ?? '']).toEqual(opposes.quote);
    expect(copy.story.actors.map((a) => [a.id, a.kind, a.place])).toEqual([['china', 'state', 'beijing'], ['thaad', 'weapon', 'seoul']]);
    expect(copy.story.places.map((p) => p.name)).toEqual(['Beijing', 'Seoul']);
    // Accepted, it is no longer pending; nor are the actors it made.
    const left = pending(draft, copy).map(suggestionKey);
    expect(left).not.toContain('stance:china>opposes>thaad');
    expect(left).not.toContain('actor:china');
  });

  it('keeps a dismissed suggestion dismissed when the text is read again, until it is restored', () => {
    const key = 'stance:usa>dismisses>russia';
    let copy = produce(copyWithArticle(), (d) => { dismiss(d, key); });
    const again = draftStory(ARTICLE, '2017-03-01');
    expect(pending(again, copy).map(suggestionKey)).not.toContain(key);
    copy = produce(copy, (d) => { restore(d, key); });
    expect(pending(again, copy).map(suggestionKey)).toContain(key);
  });
});

describe('a state whose capital’s name has accents', () => {
  it('is drawn at that capital, found again by the same id', () => {
    const text = 'Brazil warned Colombia.';
    const draft = draftStory(text, '2017-03-01');
    const stance = draft.stances[0];
    if (!stance) throw new Error('no stance');
    const start = produce(workingCopyOf(blankStory('2017-03-01')), (d: WorkingCopy) => { setSourceText(d, text); });
    const copy = produce(start, (d: WorkingCopy) => { acceptStance(d, stance, draft); });
    expect(copy.story.actors.map((a) => [a.name, a.place])).toEqual([['Brazil', 'brasilia'], ['Colombia', 'bogota']]);
  });
});
