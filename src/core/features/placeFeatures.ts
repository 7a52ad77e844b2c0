import type { StoryModel } from '../model.ts';
import { type FeatureCollection, type PointGeometry, collection } from './geojson.ts';

export interface PlaceProperties {
  [key: string]: string | number | boolean;
  id: string;
  name: string;
  kind: string;
  /** First local name and its language ("" when none). */
  localName: string;
  localLang: string;
  /** Actors drawn here, one per line: all of them, and states only. */
  actorsAll: string;
  actorsStates: string;
  /** The same, short for a zoomed-out map: the first state and how many more ("China +3"). */
  actorsAllShort: string;
  actorsStatesShort: string;
  /** How many stances start or end here: bigger marks for busier places. */
  weight: number;
}

/** One line for a crowded place on a zoomed-out map: its first state (or first actor) and how many more ("China +3"). */
export function actorLine(actors: readonly { readonly name: string; readonly kind: string }[]): string {
  const first = actors.find((a) => a.kind === 'state') ?? actors[0];
  if (!first) return '';
  return actors.length > 1 ? `${first.name} +${actors.length - 1}` : first.name;
}

/** Lists at most `max` names, then "+N more", so a crowded place never grows a tower of labels. */
export function actorList(names: readonly string[], max = 4): string {
  if (names.length <= max) return names.join('\n');
  return [...names.slice(0, max - 1), `+${names.length - (max - 1)} more`].join('\n');
}

/** How many stances start or end at each place (by id): busier places rank first for a label. */
export function placeWeights(model: StoryModel): Map<string, number> {
  const weight = new Map<string, number>();
  for (const s of model.stances) {
    weight.set(s.fromPlace.place.id, (weight.get(s.fromPlace.place.id) ?? 0) + 1);
    weight.set(s.toPlace.place.id, (weight.get(s.toPlace.place.id) ?? 0) + 1);
  }
  return weight;
}

export function placeFeatures(model: StoryModel): FeatureCollection<PointGeometry, PlaceProperties> {
  const weight = placeWeights(model);
  const features = [...model.places.values()].map((node) => {
    const [lang = '', localName = ''] = Object.entries(node.place.localNames ?? {})[0] ?? [];
    const actors = node.actors.filter((a) => a.name !== node.place.name);
    return {
      type: 'Feature' as const,
      id: node.index,
      geometry: { type: 'Point' as const, coordinates: node.position },
      properties: {
        id: node.place.id,
        name: node.place.name,
        kind: node.place.kind,
        localName: localName === node.place.name ? '' : localName,
        localLang: lang,
        actorsAll: actorList(actors.map((a) => a.name)),
        actorsStates: actorList(actors.filter((a) => a.kind === 'state').map((a) => a.name)),
        actorsAllShort: actorLine(actors),
        actorsStatesShort: actorLine(actors.filter((a) => a.kind === 'state')),
        weight: weight.get(node.place.id) ?? 0,
      },
    };
  });
  return collection(features);
}
