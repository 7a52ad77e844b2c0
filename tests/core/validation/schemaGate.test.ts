import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { storySchema } from '../../../src/core/schema/story.schema.ts';
import { schemaGate } from '../../../src/core/validation/schemaGate.ts';
import { generateStory, random } from '../../bench/generateStory.ts';
import { BAD_FILES, badFileText } from '../../support/badFiles.ts';
import { minimalStory } from '../../support/minimalStory.ts';
import { thaadStory } from '../../support/thaad.ts';

const gate = schemaGate(storySchema);
/** zod's answer; a file whose problems overflow zod's issue list (many-problems.json) is one it could never accept. */
const zodAccepts = (v: unknown): boolean => {
  try {
    return storySchema.safeParse(v).success;
  } catch (e) {
    if (e instanceof RangeError) return false;
    throw e;
  }
};

// Values a mutation can put anywhere: each is wrong for some field and right for others.
const ODD_VALUES: readonly unknown[] = [
  null, true, 0, -0, 1, 1.5, -181, 181, -91, 91, 20000, 20001, 1e9, '', 'x', 'china', '2017-03-01', '2017-13', '2017 planned',
  'a'.repeat(64), 'a'.repeat(65), 'a'.repeat(200), 'a'.repeat(201), 'a'.repeat(2001), '\u{1F600}'.repeat(150), '\u{1F600}'.repeat(201), '\uD800',
  'ko', 'EN', 'zh-Hans', 'has space', '-lead', [], [1, 2], [127, 37], [[0, 0], [1, 1]], {}, { url: 'https://example.com' }, { ko: '서울' }, { ko: '' },
  'supports', 'opposes', 'range', 'capital', 1, 2,
];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value inside `v`, objects' keys and arrays' indices. */
function paths(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

/** One random change at a random place: replace a value, drop a key, add a stray key, empty or grow an array. */
function mutate(story: Json, rand: () => number): Json {
  const copy = JSON.parse(JSON.stringify(story)) as Json;
  const all = paths(copy);
  const path = all[Math.floor(rand() * all.length)] ?? [];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  if (path.length === 0) return pick(ODD_VALUES) as Json;
  let parent = copy as Record<string | number, Json>;
  for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  const kind = rand();
  if (kind < 0.6) parent[last] = pick(ODD_VALUES) as Json;
  else if (kind < 0.75 && !Array.isArray(parent)) delete parent[last];
  else if (kind < 0.85 && !Array.isArray(parent)) parent[pick(['extra', '__proto__', 'constructor', 'toString', 'ko'])] = pick(ODD_VALUES) as Json;
  else if (Array.isArray(parent)) parent.push(pick(ODD_VALUES));
  else parent[last] = [] as Json;
  // JSON.parse is how files arrive: it makes "__proto__" an own key, as a file would.
  return JSON.parse(JSON.stringify(copy)) as Json;
}

describe('schemaGate', () => {
  it('accepts the THAAD story, the minimal story and generated stories, so valid files skip zod\u2019s walk', () => {
    for (const story of [thaadStory(), minimalStory(), generateStory(100), generateStory(1000, 7)]) expect(gate(story)).toBe(true);
  });

  it('never accepts a bad-file fixture that the schema rejects', () => {
    for (const c of BAD_FILES) {
      let value: unknown;
      try {
        value = JSON.parse(badFileText(c).replace(/^\uFEFF/, ''));
      } catch {
        continue;
      }
      if (!zodAccepts(value)) expect(gate(value), c.file).toBe(false);
    }
  });

  it('never accepts what the schema rejects, over 6,000 random one-change mutations of valid stories', () => {
    const rand = random(2017);
    const bases = [minimalStory(), thaadStory()] as unknown as Json[];
    let rejected = 0;
    let agreed = 0;
    for (let i = 0; i < 6000; i++) {
      const value = mutate(bases[i % bases.length] as Json, rand);
      const zod = zodAccepts(value);
      if (!zod) rejected++;
      if (gate(value)) expect(zod, JSON.stringify(value).slice(0, 300)).toBe(true);
      if (gate(value) === zod) agreed++;
    }
    // The mutations must actually break files, and the gate must not simply say no to everything.
    expect(rejected).toBeGreaterThan(2000);
    expect(agreed / 6000).toBeGreaterThan(0.95);
    // About 4 s alone; with the other test files running beside it on two cores, more than vitest's default 5 s.
  }, 30_000);

  it('says no where zod counts code points and code units differ, leaving the answer to zod', () => {
    const schema = z.string().check(z.minLength(2), z.maxLength(4));
    const name = schemaGate(schema);
    expect(name('ab')).toBe(true);
    expect(name('\u{1F600}\u{1F600}')).toBe(true);
    expect(name('a')).toBe(false);
    // Three code points, six code units: zod accepts it, the gate leaves it to zod.
    expect(name('\u{1F600}\u{1F600}\u{1F600}')).toBe(false);
    expect(schema.safeParse('\u{1F600}\u{1F600}\u{1F600}').success).toBe(true);
    // One code point in two units against a floor of 2: zod rejects it, and so does the gate.
    expect(name('\u{1F600}')).toBe(false);
    expect(schema.safeParse('\u{1F600}').success).toBe(false);
  });

  it('refuses to compile a schema part it has no rule for, instead of guessing', () => {
    expect(() => schemaGate(z.union([z.string(), z.number()]))).toThrow('no rule for type "union"');
    expect(() => schemaGate(z.string().check(z.email()))).toThrow();
    expect(() => schemaGate(z.object({ a: z.string() }))).toThrow('only strict objects');
  });
});
