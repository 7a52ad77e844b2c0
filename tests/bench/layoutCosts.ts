// What the composition work costs on the page, per step of the date and per
// camera rest, measured in Node on the generated story: the core functions
// the adapters call, without the map (whose own label placement is in the
// scrub figures). Printed by npm run bench; never asserted.
import { arrivalAngles, fanOffsets, headFan } from '../../src/core/arrows/fanHeads.ts';
import { stanceFeatures } from '../../src/core/features/stanceFeatures.ts';
import { arrowMesh } from '../../src/core/arrows/arrowMesh.ts';
import { placeWeights } from '../../src/core/features/placeFeatures.ts';
import { computeFrame, drawnOf } from '../../src/core/frame.ts';
import { followSubject } from '../../src/core/follow.ts';
import { mercator } from '../../src/core/geometry/mercator.ts';
import { type LabelMark, layoutLabels } from '../../src/core/labelLayout.ts';
import { firstLabels } from '../../src/core/labelPriority.ts';
import { buildModel } from '../../src/core/model.ts';
import { buildTimeline } from '../../src/core/timeline.ts';
import { generateStory } from './generateStory.ts';
import { round } from './stats.ts';

/** Mean milliseconds per call of `f` over `items`, after one warm-up pass. */
function perCall<T>(items: readonly T[], f: (item: T) => unknown): number {
  for (const item of items) f(item);
  const start = performance.now();
  for (const item of items) f(item);
  return (performance.now() - start) / items.length;
}

export function layoutCosts(stances: number): Record<string, number> {
  const model = buildModel(generateStory(stances));
  const timeline = buildTimeline(model, model.stances[0]?.startDay ?? 0);
  const days = timeline.stops.filter((_, i, all) => i % Math.max(1, Math.ceil(all.length / 100)) === 0);
  const frames = days.map((d) => computeFrame(model, d));
  const geometry = stanceFeatures(model);
  const mesh = arrowMesh(geometry.lines.features.map((f) => ({ path: f.geometry.coordinates, mid: f.geometry.coordinates[0] ?? [0, 0] })));
  const fan = headFan(model.stances.map((s) => s.toPlace.place.id), arrivalAngles(mesh.points, mesh.starts));
  const lines = geometry.lines.features.map((f) => f.geometry.coordinates);
  const selected = model.stances[Math.floor(model.stances.length / 2)]?.stance.id ?? '';
  const pairs = frames.slice(1).map((f, i) => [frames[i] ?? f, f] as const);
  // The view at rest: the whole world at zoom 1.3 on a 1280×800 map, every place projected.
  const world = 512 * 2 ** 1.3;
  const weights = placeWeights(model);
  const marks: LabelMark[] = [...model.places.values()].map((p) => {
    const [x, y] = mercator(p.position);
    return { id: p.place.id, name: p.place.name, x: x * world - (world - 1280) / 2, y: y * world - (world - 800) / 2, first: false, capital: p.place.kind === 'capital', weight: weights.get(p.place.id) ?? 0, labelWidth: p.place.name.length * 7 };
  });
  return {
    stances,
    places: model.places.size,
    'label priority per step ms': round(perCall(frames, (f) => firstLabels(model, f, selected, '', [])), 3),
    'drawn selection per step ms': round(perCall(frames, (f) => drawnOf(f, [selected, ''])), 3),
    'fanned heads per step ms': round(perCall(frames, (f) => {
      const on = new Set(f.stances.map((s) => s.index));
      return fanOffsets(fan, (i) => on.has(i));
    }), 3),
    'follow subject per step ms': round(perCall(pairs, ([before, after]) => followSubject(model, before, after, (i) => lines[i] ?? [])), 3),
    'label layout per camera rest ms': round(perCall(Array.from({ length: 20 }, () => marks), (m) => layoutLabels(m, { width: 1280, height: 800, worldPx: world, gatherPx: 26, offsetPx: 10 })), 3),
  };
}
