import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { PALETTE } from '../../theme/palette.ts';
import { SOURCES } from '../sources.ts';
import { LABEL_FONT } from '../../theme/fonts.ts';
import { perFeature } from './expressions.ts';

export function basemapLayers(): LayerSpecification[] {
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
    // Per-feature opacity and label colour only to share shader programs with the story's layers (see perFeature).
    { id: 'land', type: 'fill', source: SOURCES.land, paint: { 'fill-color': PALETTE.land, 'fill-antialias': true, 'fill-opacity': perFeature(1) } },
    {
      id: 'coast', type: 'line', source: SOURCES.coast,
      paint: { 'line-color': PALETTE.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 0.9] },
    },
    {
      id: 'borders', type: 'line', source: SOURCES.borders,
      paint: { 'line-color': PALETTE.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 1] },
    },
    {
      id: 'country-labels', type: 'symbol', source: SOURCES.countryLabels,
      // Small countries only once there is room for them.
      filter: ['>=', ['get', 'area'], ['step', ['zoom'], 300, 2, 60, 3, 12, 4, 0]],
      layout: {
        'text-field': ['upcase', ['get', 'name']],
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 1, ['*', 9, ['global-state', 'scale']], 5, ['*', 12, ['global-state', 'scale']]],
        'text-letter-spacing': 0.08,
        'text-max-width': 7,
        'symbol-sort-key': ['-', ['get', 'area']],
        'text-padding': 4,
      },
      paint: { 'text-color': perFeature(PALETTE.countryLabel), 'text-halo-color': PALETTE.land, 'text-halo-width': 1 },
    },
  ];
}
