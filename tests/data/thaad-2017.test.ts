import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStoryText } from '../../src/core/validation/readStoryText.ts';
import type { Story } from '../../src/core/schema/story.schema.ts';

const text = readFileSync(new URL('../../data/thaad-2017.json', import.meta.url), 'utf8');
const article = readFileSync(new URL('../fixtures/thaad-article.txt', import.meta.url), 'utf8');
// The page capture has non-breaking and doubled spaces; quotes are compared with runs of white space as one.
const normalize = (s: string): string => s.replace(/\s+/gu, ' ');
const articleText = normalize(article);

function story(): Story {
  const r = readStoryText(text);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return r.story;
}

describe('the THAAD story file', () => {
  it('validates with no errors', () => {
    expect(readStoryText(text)).toMatchObject({ ok: true });
  });

  it('quotes the article verbatim in every stance, event and area', () => {
    const s = story();
    const quoted = [...s.stances, ...s.events, ...(s.areas ?? [])].filter((x) => x.quote !== undefined);
    const notVerbatim = quoted.filter((x) => !articleText.includes(normalize(x.quote ?? ''))).map((x) => x.id);
    expect(notVerbatim).toEqual([]);
    expect(quoted.length).toBe(s.stances.length + s.events.length + (s.areas ?? []).length);
  });

  it('takes nothing from the Einhorn / NJ deli advertisement', () => {
    expect(text).not.toMatch(/einhorn|deli|greenlight|hedge fund|valuation/i);
  });

  it('records the THAAD range of 200 km and altitude of 150 km', () => {
    const range = story().areas?.find((a) => a.place === 'seongju');
    expect(range).toMatchObject({ kind: 'range', radiusKm: 200, altitudeKm: 150 });
  });

  it('resolves the article\'s relative dates from its publication on Wednesday 1 March 2017', () => {
    const s = story();
    const byId = new Map(s.events.map((e) => [e.id, e.date]));
    expect(s.meta.source.published).toBe('2017-03-01');
    expect(byId.get('land-swap')).toBe('2017-02-28');
    expect(byId.get('russia-statement')).toBe('2017-02-28');
    expect(byId.get('china-statement')).toBe('2017-03-01');
    expect(byId.get('pukguksong-2-test')).toBe('2017-02');
    expect(byId.get('thaad-deployment')).toBe('2017-08 planned');
  });

  it('has the actors the article names, each drawn at a place', () => {
    const s = story();
    const names = s.actors.map((a) => a.name);
    for (const n of ['China', 'Russia', 'United States', 'South Korea', 'North Korea', 'Kong Xuanyou', 'Igor Morgulov', 'Geng Shuang', 'Aleksandr Timonin', 'Donald Trump', 'James Mattis', 'Lotte', 'THAAD']) {
      expect(names).toContain(n);
    }
  });

  it('has China and Russia opposing THAAD and the US and South Korea supporting it', () => {
    const pairs = story().stances.map((x) => `${x.from} ${x.type} ${x.to}`);
    expect(pairs).toEqual(expect.arrayContaining([
      'china opposes thaad', 'russia opposes thaad', 'usa supports thaad', 'south-korea supports thaad',
      'china cooperates russia', 'russia cooperates china',
    ]));
  });

  it('marks everything not stated in the article with a source', () => {
    const s = story();
    const withSources = [...s.places, ...s.actors, ...s.stances, ...s.events].filter((x) => x.sources !== undefined);
    for (const x of withSources) expect(x.sources?.every((src) => src.url.startsWith('https://'))).toBe(true);
  });

  it('gives local names with their language for Seongju, Seoul, Beijing and Moscow', () => {
    const places = new Map(story().places.map((p) => [p.id, p.localNames]));
    expect(places.get('seongju')).toEqual({ ko: '성주군' });
    expect(places.get('seoul')).toEqual({ ko: '서울' });
    expect(places.get('beijing')).toEqual({ zh: '北京' });
    expect(places.get('moscow')).toEqual({ ru: 'Москва' });
  });
});

describe('the THAAD briefing', () => {
  it('tells the story in 6 to 10 hand-written scenes, in date order, each with a caption and notes', () => {
    const scenes = story().scenes ?? [];
    expect(scenes.length).toBeGreaterThanOrEqual(6);
    expect(scenes.length).toBeLessThanOrEqual(10);
    const days = scenes.map((s) => s.date.split(' ')[0] ?? '');
    expect([...days].sort()).toEqual(days);
    for (const s of scenes) {
      expect(s.caption?.length ?? 0).toBeGreaterThan(20);
      expect(s.notes?.length ?? 0).toBeGreaterThan(20);
      expect(s.focus.length).toBeGreaterThan(0);
    }
  });
});

describe('the coding guide (data/FORMAT.md)', () => {
  const format = readFileSync(new URL('../../data/FORMAT.md', import.meta.url), 'utf8');
  const guide = format.slice(format.indexOf('### Coding stances'), format.indexOf('## `events[]`'));

  it('gives an example from the article for every stance type the THAAD file uses', () => {
    const rows = new Map([...guide.matchAll(/^\s*\| `(\w+)` \| [^|]+ \| "([^"]+)" \|$/gmu)].map((m) => [m[1] ?? '', m[2] ?? '']));
    const used = [...new Set(story().stances.map((x) => x.type))].sort();
    expect(used.filter((type) => !rows.has(type))).toEqual([]);
    for (const [type, example] of rows) expect(articleText.includes(normalize(example)), `${type}: ${example}`).toBe(true);
  });

  it('draws no stance for Donald Trump on THAAD, and says why', () => {
    const s = story();
    expect(s.stances.filter((x) => x.from === 'donald-trump' && x.to === 'thaad')).toEqual([]);
    expect(s.actors.find((a) => a.id === 'donald-trump')?.description).toContain('“remains vague”');
  });

  it('has one arrow per state into THAAD, whoever spoke for it', () => {
    const into = story().stances.filter((x) => x.to === 'thaad').map((x) => `${x.from} ${x.type}`).sort();
    expect(into).toEqual(['china opposes', 'russia opposes', 'south-korea supports', 'usa supports']);
  });
});
