import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftStory } from '../../../src/core/draft/draftStory.ts';
import { evaluateDraft } from '../../../src/core/draft/evaluateDraft.ts';
import { thaadStory } from '../../support/thaad.ts';
import type { Story } from '../../../src/core/schema/story.schema.ts';
import { readStoryText } from '../../../src/core/validation/readStoryText.ts';

const triples = (text: string, date = '2017-03-01'): string[] => draftStory(text, date).stances.map((s) => `${s.from} ${s.type} ${s.to} (${s.start})`);

describe('stances suggested sentence by sentence', () => {
  it('read the verb for the type and the subject as the holder', () => {
    expect(triples('Beijing has repeatedly urged Seoul and Washington to abandon their plans to deploy the THAAD system. THAAD is a missile system. THAAD is a system.'))
      .toContain('china opposes thaad (2017-03-01 before)');
    expect(triples('U.S. Secretary of Defense James Mattis assured South Korea of support.')).toEqual(['james-mattis reassures south-korea (2017-03-01 before)']);
  });

  it('give each of joined targets its stance', () => {
    expect(triples('China’s Foreign Ministry spokesman, Geng Shuang, warned South Korea and the U.S. of “consequences.”'))
      .toEqual(['geng-shuang warns south-korea (2017-03-01 before)', 'geng-shuang warns usa (2017-03-01 before)']);
  });

  it('make joined holders who join forces cooperate with each other', () => {
    expect(triples('China and Russia are joining forces.')).toEqual(['china cooperates russia (2017-03-01 before)', 'russia cooperates china (2017-03-01 before)']);
  });

  it('take the holder from the main clause after a subordinate one', () => {
    expect(triples('As the deal was signed by Japan, Beijing warned Seoul.')).toEqual(['china warns south-korea (2017-03-01 before)']);
  });

  it('date a stance by the sentence’s own words, or by the article’s date', () => {
    expect(triples('On Tuesday, Russia warned the U.S.', '2017-03-01')).toEqual(['russia warns usa (2017-02-28)']);
    expect(triples('Russia has repeatedly warned the U.S.', '2017-03-01')).toEqual(['russia warns usa (2017-03-01 before)']);
  });

  it('point "the move" or "the claim" back at who made it, and "the duties" at who imposed them', () => {
    const text = 'The European Commission imposed duties on cars. China criticized the move. Germany opposes the duties, fearing Chinese countermeasures.';
    expect(triples(text, '2024-07-05')).toEqual([
      'china criticizes european-commission (2024-07-05 before)', 'germany opposes european-commission (2024-07-05 before)', 'germany concerned china (2024-07-05 before)',
    ]);
    expect(triples('Sudan accused Ethiopia of backing militias. Ethiopia rejected the claim.')).toContain('ethiopia dismisses sudan (2017-03-01 before)');
  });

  it('point back at who made the thing, the subject of the main clause, and never at a thing said to be another’s', () => {
    const read = (text: string): string[] => draftStory(text, '2024-01-10').stances.filter((s) => s.confidence >= 0.6).map((s) => `${s.from} ${s.type} ${s.to}`);
    expect(read('Washington imposed tariffs on Chinese steel. China said the tariffs broke the rules. Canada criticized the tariffs.')).toEqual(['canada criticizes usa']);
    expect(read('After talks failed, Russia expelled diplomats from Poland and Latvia. Poland condemned the move.')).toEqual(['poland criticizes russia']);
    expect(read('The U.S. announced sanctions on Iran. Russia condemned the sanctions imposed by the EU.')).toEqual(['russia criticizes european-union']);
    expect(read('Dutch officials met. The EU imposed duties on Chinese cars. Japan opposes the duties.')).toEqual(['japan opposes european-union']);
    expect(read('The EU called on Russia to withdraw its troops from Ukraine.')).toEqual(['european-union opposes russia']);
  });

  it('read backing a tougher line on someone as opposing them', () => {
    expect(triples('French President Emmanuel Macron supported a tougher line on Chinese subsidies.', '2024-07-05')).toEqual(['emmanuel-macron opposes china (2024-07-05 before)']);
  });

  it('say how far a long text is read, every hundred sentences', () => {
    const heard: [number, number][] = [];
    draftStory('Russia warned Japan. '.repeat(250), '2017-03-01', undefined, (done, total) => heard.push([done, total]));
    expect(heard).toEqual([[100, 250], [200, 250]]);
  });

  it('suggest the state a person or ministry belongs to, and draw a union at its seat', () => {
    const draft = draftStory('French President Emmanuel Macron warned the EU. The African Union met.', '2024-07-05');
    expect(draft.actors.map((a) => `${a.id} at ${a.place ?? '?'}`)).toEqual(['emmanuel-macron at paris', 'france at paris', 'european-union at brussels', 'african-union at addis-ababa']);
    expect(draft.places.map((p) => p.id)).toEqual(['paris', 'brussels', 'addis-ababa']);
  });

  it('merge an actor named several ways, and show the merge', () => {
    const china = draftStory('China spoke. Beijing warned Seoul.', '2017-03-01').actors.find((a) => a.id === 'china');
    expect(china).toMatchObject({ name: 'China', kind: 'state', place: 'beijing', alsoNamed: ['Beijing'] });
  });
});

describe('drafts against stories written by hand for their articles (docs/suggestions.md)', () => {
  const article = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
  const storyFile = (name: string): Story => {
    const r = readStoryText(article(name));
    if (!r.ok) throw new Error(`${name} does not validate`);
    return r.story;
  };
  const figures = (text: string, date: string, story: Story): Record<string, number[]> => {
    const score = evaluateDraft(draftStory(text, date), story, 0.6);
    return Object.fromEntries(Object.entries(score).map(([k, v]) => [k, [v.precision, v.recall]]));
  };

  it.each([
    ['THAAD (2017)', 'thaad-article.txt', '2017-03-01', () => thaadStory(), { places: [1, 0.86], actors: [1, 1], stances: [0.75, 0.68], dates: [0.53, 0.53] }],
    ['a border dispute', 'draft/border-dispute.txt', '2020-12-20', () => storyFile('draft/border-dispute.json'), { places: [1, 0.6], actors: [1, 1], stances: [1, 1], dates: [1, 1] }],
    ['a trade dispute', 'draft/trade-dispute.txt', '2024-07-05', () => storyFile('draft/trade-dispute.json'), { places: [1, 0.8], actors: [1, 1], stances: [0.83, 1], dates: [1, 1] }],
    ['a maritime dispute', 'draft/maritime-dispute.txt', '2024-06-20', () => storyFile('draft/maritime-dispute.json'), { places: [1, 0.83], actors: [1, 1], stances: [0.71, 0.56], dates: [1, 1] }],
    ['a territorial dispute', 'draft/territorial-dispute.txt', '2023-12-06', () => storyFile('draft/territorial-dispute.json'), { places: [0.8, 0.8], actors: [0.9, 0.9], stances: [1, 0.5], dates: [1, 1] }],
  ])('%s scores as docs/suggestions.md says (without the gazetteer)', (_, text, date, story, expected) => {
    expect(figures(article(text), date, story())).toEqual(expected);
  });
});
