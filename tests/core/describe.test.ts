import { describe, expect, it } from 'vitest';
import { storyDate } from '../../src/core/dates.ts';
import { describeChange, describeFrame } from '../../src/core/describe.ts';
import { computeFrame, frameChange } from '../../src/core/frame.ts';
import { buildModel } from '../../src/core/model.ts';
import { thaadStory } from '../support/thaad.ts';

const model = buildModel(thaadStory());
const day = (text: string): number => storyDate(text).first;
const byId = new Map(model.stances.map((s) => [s.stance.id, s]));

describe('the map in words', () => {
  it('gives the date, the count, the states\' main stances and the event', () => {
    expect(describeFrame(computeFrame(model, day('2017-03-01')))).toBe(
      '1 March 2017: 22 stances. China opposes THAAD; Russia opposes THAAD; United States supports THAAD; South Korea supports THAAD; and 18 more. Events: Russia’s ambassador: a new segment of US missile defence; China: joining forces with Russia against THAAD.',
    );
  });

  it('says when nothing is on the map yet', () => {
    expect(describeFrame(computeFrame(model, day('2015-06-01')))).toBe('1 June 2015: 0 stances.');
  });

  it('announces what a step changed', () => {
    const before = computeFrame(model, day('2017-02-01'));
    const after = computeFrame(model, day('2017-02-28'));
    expect(describeChange(after, frameChange(before, after), byId)).toBe(
      '28 February 2017. North Korea test-fires the Pukguksong-2; China warns of consequences if the land swap is signed; Kong Xuanyou and Igor Morgulov meet; Lotte and Seoul sign the land swap for the THAAD site; Russia: teaming up with China against THAAD. New: China opposes THAAD, Russia opposes THAAD, South Korea supports THAAD and 4 more. 8 stances in all.',
    );
  });
});

describe('announcing a step back in time', () => {
  it('says what has not begun yet instead of what ended', () => {
    const later = computeFrame(model, day('2017-03-01'));
    const earlier = computeFrame(model, day('2017-02-28'));
    expect(describeChange(earlier, frameChange(later, earlier), byId, false)).toMatch(/ Not yet begun: .+ and \d+ more\. 8 stances in all\.$/);
  });
});
