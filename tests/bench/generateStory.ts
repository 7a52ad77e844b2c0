import type { Story } from '../../src/core/schema/story.schema.ts';
import { STANCE_TYPES } from '../../src/core/stanceTypes.ts';

// Seeded, realistic synthetic stories for the benchmark: places clustered
// around a few regional centres, actors (states with ministers and
// companies) at those places, stances mostly within a region, spread over
// five years with day and month precision, some ending, and dated events.

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CENTRES: readonly [number, number][] = [[127, 37], [116, 40], [37.6, 55.7], [-77, 38.9], [2.3, 48.8], [31, 30], [77, 28], [-58, -34], [28, -26], [151, -33]];
const pad = (n: number): string => String(n).padStart(2, '0');

function dateAt(rand: () => number, dayOffset: number): string {
  const d = new Date(Date.UTC(2015, 0, 1) + dayOffset * 86_400_000);
  const text = rand() < 0.8 ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  return text;
}

export function generateStory(size: number, seed = 42): Story {
  const rand = random(seed + size);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const placeCount = Math.min(5000, Math.max(8, Math.round(Math.sqrt(size) * 6)));
  const places: Story['places'] = Array.from({ length: placeCount }, (_, i) => {
    const [lon, lat] = CENTRES[i % CENTRES.length] as [number, number];
    const spread = 1 + rand() * 9;
    return {
      id: `p${i}`, name: `Place ${i}`, kind: i < CENTRES.length ? 'capital' : pick(['city', 'town', 'site', 'base'] as const),
      coordinates: [Math.round((lon + (rand() - 0.5) * spread * 2) * 1000) / 1000, Math.max(-80, Math.min(80, Math.round((lat + (rand() - 0.5) * spread) * 1000) / 1000))],
    };
  });
  const actors: Story['actors'] = [];
  places.forEach((p, i) => {
    actors.push({ id: `a${i}`, name: `Actor ${i}`, kind: i < CENTRES.length ? 'state' : pick(['government', 'person', 'company', 'military'] as const), place: p.id });
    if (i >= CENTRES.length) actors[actors.length - 1] = { ...actors[actors.length - 1]!, memberOf: `a${i % CENTRES.length}` };
  });
  const region = (i: number): number => i % CENTRES.length;
  const spanDays = 5 * 365;
  const stances: Story['stances'] = Array.from({ length: size }, (_, i) => {
    const from = Math.floor(rand() * actors.length);
    let to = rand() < 0.7
      ? (() => { const candidates = Math.floor(actors.length / CENTRES.length); return (Math.floor(rand() * candidates) * CENTRES.length + region(from)) % actors.length; })()
      : Math.floor(rand() * actors.length);
    if (to === from) to = (to + CENTRES.length) % actors.length;
    const start = Math.floor(rand() * (spanDays - 60));
    const ends = rand() < 0.3;
    return {
      id: `s${i}`, from: `a${from}`, to: `a${to}`, type: pick(STANCE_TYPES),
      start: dateAt(rand, start),
      ...(ends ? { end: `${2015 + Math.floor((start + 400) / 365) + 1}` } : {}),
      quote: `Quote number ${i}, as the source put it.`,
    };
  });
  const events: Story['events'] = Array.from({ length: size }, (_, i) => ({
    id: `e${i}`, date: dateAt(rand, Math.floor(rand() * spanDays)), title: `Event ${i}`, description: `What happened, number ${i}.`,
    places: [`p${Math.floor(rand() * placeCount)}`], actors: [`a${Math.floor(rand() * actors.length)}`], quote: `Event quote ${i}.`,
  }));
  return {
    version: 1,
    meta: {
      title: `Generated story of ${size} stances`, description: 'A synthetic story for the benchmark.', language: 'en',
      source: { title: 'Synthetic', publisher: 'stancemap bench', published: '2019-12-31' }, credit: 'Generated',
    },
    places, actors, stances, events,
  };
}
