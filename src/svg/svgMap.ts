import { type GeoPermissibleObjects, type GeoProjection, geoArea, geoPath } from 'd3-geo';
import type { SphericalBasemap } from '../core/basemap.ts';
import type { AreaProperties } from '../core/features/areaFeatures.ts';
import type { FeatureCollection, PolygonGeometry } from '../core/features/geojson.ts';
import type { StanceGeometry } from '../core/features/stanceFeatures.ts';
import type { Frame } from '../core/frame.ts';
import { placesOf } from '../core/frame.ts';
import { GLYPH_PATHS } from '../core/glyphPaths.ts';
import type { StoryModel } from '../core/model.ts';
import { FAMILY_DASH, STANCE_STYLES, type StanceType } from '../core/stanceTypes.ts';
import { PALETTE } from '../theme/palette.ts';
import { svg } from '../dom/dom.ts';
import { placeLabels } from './labels.ts';

// The same frame as the interactive map, drawn as static SVG with d3-geo:
// the fallback when WebGL is missing, and the renderer behind SVG export.
// It draws the story's own geometry (the core's arcs), not a copy of it.

export interface SvgMapInput {
  readonly model: StoryModel;
  readonly frame: Frame;
  readonly stances: StanceGeometry;
  readonly areas: FeatureCollection<PolygonGeometry, AreaProperties>;
  readonly basemap: SphericalBasemap;
  readonly projection: GeoProjection;
  readonly width: number;
  readonly height: number;
  readonly selected?: string;
  /** Size of marks, glyphs and labels relative to the screen map (exports at 1920 px use about 1.5). */
  readonly scale?: number;
}

const HEAD = 12;
const STANDOFF = 9;

/** A ring from turf winds counter-clockwise; d3-geo reads that as everything but the ring, so turn it. */
function d3Winding<T extends GeoPermissibleObjects>(feature: T): T {
  if (geoArea(feature) <= 2 * Math.PI) return feature;
  const f = feature as unknown as { geometry: { coordinates: number[][][] } };
  return { ...feature, geometry: { ...f.geometry, coordinates: f.geometry.coordinates.map((r) => [...r].reverse()) } };
}

function arrowhead(projection: GeoProjection, line: readonly (readonly number[])[], color: string): SVGElement | undefined {
  const tip = projection(line[line.length - 1] as [number, number]);
  const before = projection(line[line.length - 2] as [number, number]);
  if (!tip || !before) return undefined;
  const angle = Math.atan2(tip[1] - before[1], tip[0] - before[0]);
  const back = (d: number, side: number): string => {
    const x = tip[0] - Math.cos(angle) * (STANDOFF + d) + Math.cos(angle + Math.PI / 2) * side;
    const y = tip[1] - Math.sin(angle) * (STANDOFF + d) + Math.sin(angle + Math.PI / 2) * side;
    return `${x.toFixed(1)},${y.toFixed(1)}`;
  };
  return svg('polygon', { points: [back(0, 0), back(HEAD, HEAD / 2.2), back(HEAD * 0.72, 0), back(HEAD, -HEAD / 2.2)].join(' '), fill: color, stroke: PALETTE.halo, 'stroke-width': 1 });
}

function badge(x: number, y: number, type: StanceType, scale: number): SVGGElement {
  const style = STANCE_STYLES[type];
  return svg('g', { transform: `translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${scale})`, class: 'svg-glyph' }, [
    svg('circle', { r: 7, fill: PALETTE.halo, stroke: style.color, 'stroke-width': 1.5 }),
    svg('path', { d: GLYPH_PATHS[style.glyph], transform: 'scale(3.6)', fill: 'none', stroke: style.color, 'stroke-width': 0.55, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }),
  ]);
}

function placeMark(kind: string): SVGElement {
  const ring = { fill: PALETTE.placeMark, stroke: PALETTE.halo, 'stroke-width': 2 };
  if (kind === 'site' || kind === 'base') return svg('path', { d: 'M0 -6.5L6.5 0L0 6.5L-6.5 0Z', ...ring });
  if (kind === 'capital') return svg('g', {}, [svg('circle', { r: 6, ...ring }), svg('circle', { r: 2.2, fill: PALETTE.halo })]);
  return svg('circle', { r: 4.5, ...ring });
}

export function renderSvgMap(input: SvgMapInput): SVGGElement {
  const { model, frame, stances, basemap, projection, width, height } = input;
  const scale = input.scale ?? 1;
  const path = geoPath(projection);
  const root = svg('g', { class: 'svg-map' });
  root.append(svg('rect', { width, height, fill: PALETTE.sea }));
  root.append(svg('path', { d: path(basemap.land as GeoPermissibleObjects) ?? '', fill: PALETTE.land, stroke: PALETTE.coast, 'stroke-width': 0.6 }));
  root.append(svg('path', { d: path(basemap.borders as GeoPermissibleObjects) ?? '', fill: 'none', stroke: PALETTE.border, 'stroke-width': 0.6 }));

  const areas = svg('g', { class: 'svg-areas' });
  for (const f of input.areas.features) {
    if (!frame.areas.includes(f.properties.id)) continue;
    const d = path(d3Winding({ type: 'Feature', properties: {}, geometry: f.geometry })) ?? '';
    areas.append(svg('path', { d, fill: PALETTE.areaFill, 'fill-opacity': 0.07, stroke: PALETTE.areaLine, 'stroke-width': 1.2, 'stroke-dasharray': '3 2' }));
  }
  root.append(areas);

  const shown = new Set(frame.stances.map((s) => s.stance.id));
  const arrows = svg('g', { class: 'svg-stances' });
  const glyphs = svg('g', { class: 'svg-glyphs' });
  for (const f of stances.lines.features) {
    if (!shown.has(f.properties.id)) continue;
    const style = STANCE_STYLES[f.properties.type as StanceType];
    const faded = frame.dimmed.has(f.properties.id) || (input.selected !== undefined && input.selected !== '' && input.selected !== f.properties.id);
    const dash = FAMILY_DASH[style.family];
    const d = path({ type: 'LineString', coordinates: f.geometry.coordinates }) ?? '';
    const g = svg('g', { class: 'svg-stance', 'data-id': f.properties.id, opacity: faded ? 0.2 : 1 }, [
      svg('path', { d, fill: 'none', stroke: PALETTE.halo, 'stroke-width': 4.5 * scale, 'stroke-opacity': 0.85 }),
      svg('path', { d, fill: 'none', stroke: style.color, 'stroke-width': 2.2 * scale, 'stroke-dasharray': dash[1] === 0 ? 'none' : dash.map((x) => x * 2.2 * scale).join(' ') }),
    ]);
    const title = svg('title');
    title.textContent = f.properties.label;
    g.append(title);
    const head = arrowhead(projection, f.geometry.coordinates, style.color);
    if (head) g.append(head);
    arrows.append(g);
    const mid = f.geometry.coordinates[Math.floor(f.geometry.coordinates.length / 2)];
    const p = mid ? projection(mid) : null;
    if (p && p[0] >= 0 && p[0] <= width && p[1] >= 0 && p[1] <= height) glyphs.append(badge(p[0], p[1], f.properties.type as StanceType, scale));
  }
  root.append(arrows, glyphs);

  const current = new Set(placesOf(frame.current));
  const marks = svg('g', { class: 'svg-places' });
  for (const node of model.places.values()) {
    const p = projection(node.position);
    if (!p || p[0] < -20 || p[0] > width + 20 || p[1] < -20 || p[1] > height + 20) continue;
    const g = svg('g', { transform: `translate(${p[0].toFixed(1)} ${p[1].toFixed(1)}) scale(${scale})`, 'data-id': node.place.id });
    if (current.has(node.place.id)) g.append(svg('circle', { r: 14, fill: PALETTE.flash, 'fill-opacity': 0.55, stroke: PALETTE.currentEvent, 'stroke-width': 2.5 }));
    g.append(placeMark(node.place.kind));
    marks.append(g);
  }
  root.append(marks, placeLabels(model, projection, width, height, scale));
  return root;
}
