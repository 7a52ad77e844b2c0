import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../src/core/suggest.ts';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('supports', 'supports')).toBe(0);
    expect(editDistance('suports', 'supports')).toBe(1);
    expect(editDistance('supportss', 'supports')).toBe(1);
    expect(editDistance('sopports', 'supports')).toBe(1);
    expect(editDistance('suppotrs', 'supports')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('suggest', () => {
  const kinds = ['state', 'government', 'person', 'company', 'organization', 'military', 'weapon', 'group'];
  const synonyms = { country: ['state'], nation: ['state'], names: ['localNames'], type: ['kind'], kind: ['type'] };

  it('finds a misspelt word within a third of its length', () => {
    expect(suggest('goverment', kinds)).toBe('government');
    expect(suggest('organisation', kinds)).toBe('organization');
    expect(suggest('persn', kinds)).toBe('person');
  });

  it('finds a valid word the text holds as a word', () => {
    expect(suggest('government body', kinds)).toBe('government');
    expect(suggest('military unit', kinds)).toBe('military');
  });

  it('finds the same word written in another case or with separators', () => {
    expect(suggest('local_names', ['name', 'localNames'])).toBe('localNames');
    expect(suggest('MemberOf', ['memberOf', 'role'])).toBe('memberOf');
  });

  it('uses a synonym only where it names something valid here', () => {
    expect(suggest('country', kinds, synonyms)).toBe('state');
    expect(suggest('names', ['id', 'name', 'localNames'], synonyms)).toBe('localNames');
    expect(suggest('type', ['id', 'kind'], synonyms)).toBe('kind');
    expect(suggest('kind', ['id', 'type'], synonyms)).toBe('type');
  });

  it('suggests nothing for a word far from every valid one', () => {
    expect(suggest('banana', kinds)).toBeUndefined();
    expect(suggest('x', ['id', 'to'])).toBeUndefined();
    expect(suggest('', kinds)).toBeUndefined();
    expect(suggest('a'.repeat(100), kinds)).toBeUndefined();
  });
});
