import { describe, expect, it } from 'vitest';
import { buildModel, type StoryModel } from '../../src/core/model.ts';
import { placesOfIds, stancesOfIds, storyScenes } from '../../src/core/scenes.ts';
import type { LonLat } from '../../src/core/geometry/antimeridian.ts';
import type { Camera } from '../../src/core/view.ts';
import { generateStory } from '../bench/generateStory.ts';
import { event, modelWith, stance } from '../support/storyBuilder.ts';
import { thaadStory } from '../support/thaad.ts';

const FALLBACK: Camera = { kind: 'center', center: [0, 0], zoom: 1, bearing: 0, pitch: 0 };

// The definitions, read straight off: a scan of the whole story per id.
function scanStances(model: StoryModel, ids: readonly string[]): string[] {
  const wanted = new Set(ids);
  const named = model.stances.filter((s) => wanted.has(s.stance.id));
  if (named.length > 0) return named.map((s) => s.stance.id);
  return model.stances
    .filter((s) => wanted.has(s.from.id) || (s.toActor && wanted.has(s.toActor.id)) || wanted.has(s.fromPlace.place.id) || wanted.has(s.toPlace.place.id))
    .map((s) => s.stance.id);
}

function scanPlaces(model: StoryModel, ids: readonly string[]): LonLat[] {
  const out: LonLat[] = [];
  for (const id of ids) {
    const place = model.places.get(id);
    if (place) out.push(place.position);
    const actorPlace = model.places.get(model.actors.get(id)?.place ?? '');
    if (actorPlace) out.push(actorPlace.position);
    for (const s of model.stances) if (s.stance.id === id) out.push(s.fromPlace.position, s.toPlace.position);
    for (const e of model.events) if (e.event.id === id) out.push(...e.places.map((p) => p.position));
    for (const a of model.areas) if (a.area.id === id) out.push(a.centre.position);
  }
  return out;
}

describe('scene stances and places', () => {
  const model = modelWith({
    stances: [
      stance('s1', '2017-03-01'),
      stance('s2', '2017-03-02', undefined, { from: 'geng', to: 'china' }),
      stance('s3', '2017-03-03', undefined, { from: 'geng', to: 'seongju' }),
    ],
  });

  it('puts forward only the stances a focus list names, when it names any', () => {
    expect(stancesOfIds(model, ['geng', 's3', 's1'])).toEqual(['s1', 's3']);
  });

  it('otherwise puts forward every stance held, received or touching a named place, once each and in story order', () => {
    expect(stancesOfIds(model, ['china', 'china'])).toEqual(['s1', 's2']);
    expect(stancesOfIds(model, ['seongju', 'geng'])).toEqual(['s1', 's2', 's3']);
    expect(stancesOfIds(model, ['nobody'])).toEqual([]);
  });

  it('finds the places of places, actors, stances, events and areas', () => {
    expect(placesOfIds(model, ['beijing', 'thaad', 's3', 'e1', 'range'])).toEqual([
      [116.4, 39.9], [128.15, 35.99], [116.4, 39.9], [128.15, 35.99], [128.15, 35.99], [128.15, 35.99],
    ]);
  });

  it('gives the same answers as scanning the whole story, on the THAAD story and a generated one of 1,000 stances', () => {
    for (const m of [buildModel(thaadStory()), buildModel(generateStory(1000))]) {
      const lists = [
        ...m.story.events.map((e) => e.actors), ...m.story.events.map((e) => [e.id, ...e.places]),
        ...m.story.actors.map((a) => [a.id, a.place]), m.story.stances.slice(0, 7).map((s) => s.id), ...(m.story.scenes ?? []).map((s) => s.focus),
      ];
      for (const ids of lists) {
        expect(stancesOfIds(m, ids)).toEqual(scanStances(m, ids));
        expect(placesOfIds(m, ids)).toEqual(scanPlaces(m, ids));
      }
    }
  });
});

describe('storyScenes', () => {
  it('makes one scene per event, in date order, when the story has no scenes of its own', () => {
    const model = modelWith({ events: [event('late', '2017-05-01'), event('early', '2017-02-01'), event('same-day', '2017-05-01')] });
    const scenes = storyScenes({ ...model, story: { ...model.story, scenes: [] } }, FALLBACK);
    expect(scenes.map((s) => s.id)).toEqual(['early', 'late', 'same-day']);
    expect(scenes[0]?.focus).toEqual(['early', 'thaad']);
    expect(scenes[0]?.stances).toEqual(['s1']);
    // Worked out once, when first asked.
    expect(scenes[0]?.stances).toBe(scenes[0]?.stances);
  });

  it('keeps a story\u2019s own scenes and frames a single place closely', () => {
    const model = modelWith({});
    const [scene] = storyScenes(model, FALLBACK);
    expect(scene?.id).toBe('sc1');
    expect(scene?.stances).toEqual(['s1']);
    expect(scene?.camera).toEqual({ kind: 'bounds', bounds: [[116.4, 35.99], [128.15, 39.9]] });
  });
});
