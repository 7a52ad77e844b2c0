import { type LonLat } from '../geometry/antimeridian.ts';
import { stanceArc, selfLoop } from '../geometry/arc.ts';
import { arrowheadOf, midpointOf } from '../geometry/arrowhead.ts';
import { assignBends } from '../geometry/bends.ts';
import type { StanceNode, StoryModel } from '../model.ts';
import { type FeatureCollection, type LineGeometry, type PointGeometry, collection } from './geojson.ts';

/** Radius of the loop drawn for a stance whose ends share a place. */
export const LOOP_RADIUS_KM = 90;

export interface StanceProperties {
  [key: string]: string | number | boolean;
  id: string;
  type: string;
  family: string;
  color: string;
  glyph: string;
  /** Active on days in [start, end). */
  start: number;
  end: number;
  fromState: boolean;
  /** Actor ids at both ends ("" when the stance points at a place), for the focus filter. */
  from: string;
  toActor: string;
  /** "China opposes THAAD". */
  label: string;
  /** Compass bearing at the arrowhead, for icon rotation. */
  bearing: number;
}

export interface StanceGeometry {
  readonly lines: FeatureCollection<LineGeometry, StanceProperties>;
  readonly heads: FeatureCollection<PointGeometry, StanceProperties>;
  readonly glyphs: FeatureCollection<PointGeometry, StanceProperties>;
}

export function stanceSentence(node: StanceNode): string {
  return `${node.from.name} ${node.style.verb} ${node.toName}`;
}

/** Curves already drawn, by their ends and bend: the studio's preview rebuilds a story on every edit, and most curves stay as they were. */
const paths = new Map<string, LonLat[]>();
const PATHS_KEPT = 50_000;

export function stancePath(node: StanceNode, bend: number): LonLat[] {
  const loop = node.fromPlace === node.toPlace;
  const [a, b] = [node.fromPlace.position, node.toPlace.position];
  const key = `${a[0]},${a[1]},${loop ? '' : `${b[0]},${b[1]}`},${bend}`;
  const known = paths.get(key);
  if (known) return known;
  const path = loop ? selfLoop(a, LOOP_RADIUS_KM, bend) : stanceArc(a, b, { bend });
  if (paths.size >= PATHS_KEPT) paths.clear();
  // Shared between stories from now on: frozen, so nothing can change it for the others.
  paths.set(key, Object.freeze(path) as LonLat[]);
  return path;
}

/** Every stance's curve, arrowhead and glyph, computed once per story (the date only filters them). */
export function stanceFeatures(model: StoryModel): StanceGeometry {
  const bends = assignBends(model.stances.map((s) => ({ fromPlace: s.fromPlace.place.id, toPlace: s.toPlace.place.id })));
  const lines: StanceGeometry['lines']['features'] = [];
  const heads: StanceGeometry['heads']['features'] = [];
  const glyphs: StanceGeometry['glyphs']['features'] = [];
  model.stances.forEach((node, i) => {
    const path = stancePath(node, bends[i] ?? 0);
    const head = arrowheadOf(path);
    const mid = midpointOf(path);
    const props: StanceProperties = {
      id: node.stance.id,
      type: node.stance.type,
      family: node.style.family,
      color: node.style.color,
      glyph: node.style.glyph,
      start: node.startDay,
      end: node.endDay,
      fromState: node.fromState,
      from: node.from.id,
      toActor: node.toActor?.id ?? '',
      label: stanceSentence(node),
      bearing: head.bearing,
    };
    lines.push({ type: 'Feature', id: i, geometry: { type: 'LineString', coordinates: path }, properties: props });
    heads.push({ type: 'Feature', id: i, geometry: { type: 'Point', coordinates: head.tip }, properties: props });
    glyphs.push({ type: 'Feature', id: i, geometry: { type: 'Point', coordinates: mid }, properties: props });
  });
  return { lines: collection(lines), heads: collection(heads), glyphs: collection(glyphs) };
}
