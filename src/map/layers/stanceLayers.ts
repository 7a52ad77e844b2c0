import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LABEL_FONT_BOLD } from '../../theme/fonts.ts';
import { PALETTE } from '../../theme/palette.ts';
import { SCALE } from './expressions.ts';

/** Pixels from a target place's centre to the arrowhead's tip: the mark's radius and its white ring, plus a gap. */
export const HEAD_STANDOFF_PX = 9;
/** Height of the arrowhead icon in CSS pixels (icons.ts draws it pointing up; the arrow layer places it). */
export const HEAD_SIZE_PX = 14;

export const STANCE_LAYER_IDS = {
  label: 'stance-label',
} as const;

/**
 * The layer MapLibre keeps for the arrows; the arrows themselves are drawn by
 * the arrow layer (arrows/arrowLayer.ts), which goes below it, and found
 * under the pointer by arrows/arrowView.ts.
 */
export function stanceLayers(): LayerSpecification[] {
  return [labelLayer()];
}

function labelLayer(): LayerSpecification {
  return {
    // The arrow's sentence ("China opposes THAAD") along the hovered or selected
    // arrow only: a point in the middle of the arrow's part on screen, turned along it (arrowLabels.ts).
    id: STANCE_LAYER_IDS.label, type: 'symbol', source: 'stance-label',
    layout: {
      'text-field': ['get', 'label'],
      'text-font': LABEL_FONT_BOLD,
      'text-size': ['*', 13, SCALE],
      'text-rotate': ['get', 'rotate'],
      'text-rotation-alignment': 'viewport',
      'text-pitch-alignment': 'viewport',
      // One line: a point label would otherwise wrap at 10 ems.
      'text-max-width': 60,
      'text-offset': [0, -1.1],
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': ['get', 'color'], 'text-halo-color': PALETTE.halo, 'text-halo-width': 2 },
  };
}
