import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LABEL_FONT_BOLD } from '../fonts.ts';
import { PALETTE } from '../palette.ts';
import { SOURCES, chunkId } from '../sources.ts';
import { DASH_BY_FAMILY, FLASHING, HOVERED, SCALE, SELECTED, emphasis, perFeature, whenOn } from './expressions.ts';

/** Pixels from a target place's centre to the arrowhead's tip: the mark's radius and its white ring, plus a gap. */
export const HEAD_STANDOFF_PX = 9;
/** Height of the arrowhead icon in CSS pixels (icons.ts draws it pointing up). */
export const HEAD_SIZE_PX = 14;

export const STANCE_LAYER_IDS = {
  hit: 'stance-hit',
  casing: 'stance-casing',
  line: 'stance-line',
  heads: 'stance-heads',
  glyphs: 'stance-glyphs',
  label: 'stance-label',
} as const;

/** Every chunk's casings, then every chunk's lines, and so on, so arrows layer as they would in one source. */
export function stanceLayers(chunks = 1): LayerSpecification[] {
  const layers: LayerSpecification[] = [];
  for (const role of chunkLayers()) {
    for (let k = 0; k < chunks; k++) layers.push({ ...role, id: chunkId(role.id, k), source: chunkId(role.source, k) });
  }
  return [...layers, labelLayer()];
}

type ChunkLayer = Extract<LayerSpecification, { type: 'line' | 'symbol' }>;

function chunkLayers(): ChunkLayer[] {
  // Zoom may only drive a top-level interpolate, so the emphasis sits inside each stop.
  const widthAt = (base: number, extra: number): ExpressionSpecification => ['*', SCALE, ['+', ['case', SELECTED, 2.2, HOVERED, 1.4, 0], base, extra]];
  const glow = (base: number): ExpressionSpecification => ['*', SCALE, ['+', ['case', FLASHING, 7, SELECTED, 2.2, HOVERED, 1.4, 0], base, 2.5]];
  const width = (extra: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 1, widthAt(1.6, extra), 5, widthAt(2.4, extra)];
  return [
    {
      id: STANCE_LAYER_IDS.casing, type: 'line', source: SOURCES.stances,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['case', FLASHING, PALETTE.flash, PALETTE.halo],
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, glow(1.6), 5, glow(2.4)],
        'line-opacity': whenOn(emphasis(0.85, 0.2)),
      },
    },
    {
      id: STANCE_LAYER_IDS.line, type: 'line', source: SOURCES.stances,
      layout: { 'line-cap': 'butt', 'line-join': 'round' },
      paint: {
        'line-color': ['get', 'color'],
        'line-width': width(0),
        'line-dasharray': DASH_BY_FAMILY,
        'line-opacity': whenOn(emphasis(1, 0.18)),
      },
    },
    {
      // A wide invisible copy of each arrow: thin lines are hard to hit with a pointer.
      // Zero width when the arrow is not drawn, so a pointer cannot find it.
      id: STANCE_LAYER_IDS.hit, type: 'line', source: SOURCES.stances,
      // Written with the casing's mix of per-feature properties, to share its shader program.
      paint: { 'line-color': perFeature('#000000'), 'line-width': ['interpolate', ['linear'], ['zoom'], 1, whenOn(14), 5, whenOn(14)], 'line-opacity': whenOn(0) },
    },
    {
      id: STANCE_LAYER_IDS.glyphs, type: 'symbol', source: SOURCES.glyphs,
      layout: {
        'icon-image': ['concat', 'glyph-', ['get', 'type']],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 1, ['*', 0.7, SCALE], 5, SCALE],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': whenOn(emphasis(1, 0.2)) },
    },
    {
      id: STANCE_LAYER_IDS.heads, type: 'symbol', source: SOURCES.heads,
      layout: {
        'icon-image': ['concat', 'head-', ['get', 'type']],
        'icon-size': SCALE,
        'icon-rotate': ['get', 'bearing'],
        'icon-rotation-alignment': 'map',
        'icon-pitch-alignment': 'map',
        // Back along the direction of travel, so the tip stops short of the target mark at every zoom.
        'icon-offset': ['literal', [0, HEAD_STANDOFF_PX + HEAD_SIZE_PX / 2]],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': whenOn(emphasis(1, 0.2)) },
    },
  ];
}

function labelLayer(): LayerSpecification {
  return {
    // The arrow's sentence ("China opposes THAAD") along the hovered or selected arrow only.
    id: STANCE_LAYER_IDS.label, type: 'symbol', source: 'stance-label',
    layout: {
      'symbol-placement': 'line-center',
      'text-field': ['get', 'label'],
      'text-font': LABEL_FONT_BOLD,
      'text-size': ['*', 13, SCALE],
      'text-offset': [0, -0.9],
      'text-allow-overlap': true,
      'text-keep-upright': true,
    },
    paint: { 'text-color': ['get', 'color'], 'text-halo-color': PALETTE.halo, 'text-halo-width': 2 },
  };
}
