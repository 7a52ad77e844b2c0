import { describe, expect, it } from 'vitest';
import { draftStory } from '../../../src/core/draft/draftStory.ts';

// The lexicon sentence by sentence: sentences like the coding guide's examples
// (data/FORMAT.md, "Coding stances"), each read as the type the guide gives it
// (reassures and criticizes, whose examples are people's acts, below).

const read = (sentence: string): string[] => draftStory(sentence, '2017-03-01').stances.map((s) => `${s.from} ${s.type} ${s.to}`);

describe('the stance lexicon', () => {
  it.each([
    ['supports', 'The U.S. and South Korea continue to insist that Japan is right.', 'usa supports japan'],
    ['cooperates', 'China is joining forces with Russia.', 'china cooperates russia'],
    ['opposes', 'Beijing opposes Seoul’s plans.', 'china opposes south-korea'],
    ['threatens', 'North Korea threatened Japan.', 'north-korea threatens japan'],
    ['warns', 'Russia warned South Korea of consequences.', 'russia warns south-korea'],
    ['retaliates', 'Beijing retaliated against Seoul.', 'china retaliates south-korea'],
    ['dismisses', 'The U.S. has repeatedly dismissed Russia’s fears.', 'usa dismisses russia'],
    ['concerned', 'Russia and China feel threatened by U.S. missiles.', 'russia concerned usa'],
    ['opposes (called on … to withdraw)', 'Japan called on Russia to withdraw its troops.', 'japan opposes russia'],
    ['opposes (rejected … claims)', 'Vietnam has long rejected Beijing’s maritime claims.', 'vietnam opposes china'],
    ['opposes (urged … to stop)', 'Japan urged Russia to stop the drills.', 'japan opposes russia'],
    ['criticizes (summoned … ambassador)', 'Manila summoned China’s ambassador.', 'philippines criticizes china'],
    ['criticizes (summoned the U.S. ambassador)', 'China summoned the U.S. ambassador.', 'china criticizes usa'],
    ['dismisses (rejected … accusations)', 'China rejected Manila’s accusations.', 'china dismisses philippines'],
    ['dismisses (denied the allegations)', 'Sudan accused Egypt of spying. Egypt denied the allegations.', 'egypt dismisses sudan'],
    ['concerned (fearing)', 'Germany hesitates, fearing Chinese countermeasures.', 'germany concerned china'],
  ])('reads %s', (_, sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  it('reads a person’s act as theirs, given a role', () => {
    expect(read('U.S. Secretary of Defense James Mattis assured South Korea of support.')).toEqual(['james-mattis reassures south-korea']);
    expect(read('U.S. President Donald Trump accused South Korea of taking a free ride.')).toEqual(['donald-trump criticizes south-korea']);
  });

  it('takes verbs over nouns: a threat named in passing is less sure than one made', () => {
    const [noun] = draftStory('Russia sees a threat from Japan.', '2017-03-01').stances;
    const [verb] = draftStory('Russia threatened Japan.', '2017-03-01').stances;
    expect(noun?.confidence).toBeLessThan(0.6);
    expect(verb?.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('reads rejecting an accusation as dismissing it, and backing a tougher line on someone as opposing them', () => {
    expect(read('Sudan accused Ethiopia of backing militias. Ethiopia rejected the claim.')).toEqual(['sudan criticizes ethiopia', 'ethiopia dismisses sudan']);
    expect(read('Germany supported a tougher line on Chinese subsidies.')).toEqual(['germany opposes china']);
    expect(read('Germany resisted calls for a tougher line on Chinese subsidies.')).toEqual([]);
  });

  it('reads an expressed concern as surer than the word "concern" alone', () => {
    const [stance] = draftStory('Japan expressed serious concern about China’s ships.', '2017-03-01').stances;
    expect(stance).toMatchObject({ from: 'japan', type: 'concerned', to: 'china', confidence: 0.8, because: { text: 'expressed serious concern' } });
  });

  it('finds no stance in a sentence with no act', () => {
    expect(read('South Korea and Japan are neighbours.')).toEqual([]);
  });
});
