import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LABEL_FONT, LABEL_FONT_BOLD, localNameFont } from '../../theme/fonts.ts';
import { PALETTE } from '../../theme/palette.ts';
import { SOURCES } from '../sources.ts';
import { MARK, SCALE, perFeature, whenOn } from './expressions.ts';

export const PLACE_LAYER_IDS = {
  areaFill: 'area-fill', areaLine: 'area-line', areaLabel: 'area-label',
  past: 'place-past', current: 'place-current', marks: 'place-marks', labels: 'place-labels', blockers: 'place-blockers',
} as const;

const LOCAL_FONT: ExpressionSpecification = [
  'match', ['get', 'localLang'],
  'ko', ['literal', localNameFont('ko')],
  'ja', ['literal', localNameFont('ja')],
  ['zh', 'zh-Hans', 'zh-Hant', 'zh-CN', 'zh-TW'], ['literal', localNameFont('zh')],
  ['literal', localNameFont('ru')],
];

const ACTORS: ExpressionSpecification = ['case', ['global-state', 'everyone'], ['get', 'actorsAll'], ['get', 'actorsStates']];
const ACTORS_SHORT: ExpressionSpecification = ['case', ['global-state', 'everyone'], ['get', 'actorsAllShort'], ['get', 'actorsStatesShort']];
/** Below this zoom a place's actors are one line ("China +3"), so crowded places leave room for their neighbours' labels. */
export const FULL_ACTORS_ZOOM = 4;

/** The label layout on the view at rest (core/labelLayout.ts, map/labelOrder.ts). */
const LAYOUT: ExpressionSpecification = ['object', ['global-state', 'labelLayout']];
const IS = (list: 'first' | 'named' | 'leftOf' | 'rightOf'): ExpressionSpecification => ['in', ['get', 'id'], ['array', ['get', list, LAYOUT]]];
/** The line naming the places this label speaks for ("with Beijing +2"), or "". */
const GATHERED: ExpressionSpecification = ['to-string', ['coalesce', ['get', ['concat', '@', ['get', 'id']], ['object', ['get', 'gathered', LAYOUT]]], '']];

function placeText(actors: ExpressionSpecification): ExpressionSpecification {
  return ['case', IS('named'), '', [
    'format',
    ['get', 'name'], { 'text-font': ['literal', LABEL_FONT_BOLD] },
    onNewLine(['get', 'localName']), { 'text-font': LOCAL_FONT, 'font-scale': 0.85, 'text-color': PALETTE.localText },
    onNewLine(actors), { 'font-scale': 0.8, 'text-color': PALETTE.actorText },
    onNewLine(GATHERED), { 'font-scale': 0.8, 'text-color': PALETTE.placeText },
  ]];
}

/** Where a label may go around its mark, in ems: a radial offset of 0.75, as MapLibre turns one into offsets. */
const R = 0.75;
const D = R / Math.SQRT2;
const ANCHORS: Record<string, readonly [number, number]> = {
  left: [R, 0], right: [-R, 0], top: [0, R], bottom: [0, -R], 'top-left': [D, D], 'top-right': [-D, D], 'bottom-left': [D, -D], 'bottom-right': [-D, -D],
};
function anchors(...names: string[]): ExpressionSpecification {
  return ['literal', names.flatMap((n) => [n, [...(ANCHORS[n] ?? [0, 0])]])] as unknown as ExpressionSpecification;
}
/** Beside the mark first; a label near the right edge goes to its left, one near the left edge to its right (core/labelLayout.ts). */
const ANCHOR_OFFSETS: ExpressionSpecification = ['case',
  IS('leftOf'), anchors('right', 'top-right', 'bottom-right', 'top', 'bottom'),
  IS('rightOf'), anchors('left', 'top-left', 'bottom-left', 'top', 'bottom'),
  anchors('left', 'right', 'top', 'bottom', 'top-left', 'top-right', 'bottom-left', 'bottom-right')];

function onNewLine(text: ExpressionSpecification): ExpressionSpecification {
  return ['case', ['==', text, ''], '', ['concat', '\n', text]];
}

export function areaLayers(): LayerSpecification[] {
  return [
    {
      id: PLACE_LAYER_IDS.areaFill, type: 'fill', source: SOURCES.areas,
      paint: { 'fill-color': PALETTE.areaFill, 'fill-opacity': whenOn(0.07) },
    },
    {
      id: PLACE_LAYER_IDS.areaLine, type: 'line', source: SOURCES.areas,
      paint: { 'line-color': PALETTE.areaLine, 'line-width': 1.2, 'line-dasharray': [3, 2], 'line-opacity': whenOn(1) },
    },
    {
      id: PLACE_LAYER_IDS.areaLabel, type: 'symbol', source: SOURCES.areas, minzoom: 4,
      layout: {
        'symbol-placement': 'line', 'text-field': ['get', 'label'], 'text-font': LABEL_FONT, 'text-size': 11,
        'text-offset': [0, -0.7], 'symbol-spacing': 400,
      },
      paint: { 'text-color': PALETTE.areaLine, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.5, 'text-opacity': whenOn(1) },
    },
  ];
}

export function placeLayers(): LayerSpecification[] {
  return [
    {
      // Places of events already over: a quiet ring.
      id: PLACE_LAYER_IDS.past, type: 'circle', source: SOURCES.places,
      paint: {
        'circle-radius': 10, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-width': 1, 'circle-stroke-color': PALETTE.pastEvent,
        // A transparent disc either way; per-feature to share the current ring's shader program.
        'circle-opacity': perFeature(0),
        'circle-stroke-opacity': ['case', ['==', MARK, 'past'], 1, 0],
      },
    },
    {
      // Places of the event at the current date: a strong ring on a yellow disc.
      id: PLACE_LAYER_IDS.current, type: 'circle', source: SOURCES.places,
      paint: {
        'circle-radius': 14, 'circle-color': PALETTE.flash, 'circle-opacity': ['case', ['==', MARK, 'current'], 0.55, 0],
        'circle-stroke-width': 2.5, 'circle-stroke-color': PALETTE.currentEvent, 'circle-stroke-opacity': ['case', ['==', MARK, 'current'], 1, 0],
      },
    },
    {
      id: PLACE_LAYER_IDS.marks, type: 'symbol', source: SOURCES.places,
      layout: {
        'icon-image': ['concat', 'place-', ['get', 'kind']],
        'icon-size': SCALE,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': 1 },
    },
    {
      id: PLACE_LAYER_IDS.labels, type: 'symbol', source: SOURCES.places,
      layout: {
        'text-field': ['step', ['zoom'], placeText(ACTORS_SHORT), FULL_ACTORS_ZOOM, placeText(ACTORS)],
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, ['*', 12, SCALE], 6, ['*', 15, SCALE]],
        'text-line-height': 1.15,
        'text-variable-anchor-offset': ANCHOR_OFFSETS,
        'text-justify': 'auto',
        'text-max-width': 14,
        // Placed in this order when labels compete: the current event's, the selection's and the
        // focus's places, then capitals, then other places (busiest first); country names come after all.
        'symbol-sort-key': ['+',
          ['case', IS('first'), 0, 1000],
          ['case', ['==', ['get', 'kind'], 'capital'], 0, 500],
          ['-', ['min', ['get', 'weight'], 400]]],
        'text-padding': 2,
      },
      paint: { 'text-color': PALETTE.placeText, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.6, 'text-halo-blur': 0.3 },
    },
    {
      // No label is placed over the core of another place's mark: a small invisible icon, placed
      // before the labels (this layer is above theirs), takes that room in the collision index.
      // It is smaller than the mark, so a place's own label still sits close beside it.
      id: PLACE_LAYER_IDS.blockers, type: 'symbol', source: SOURCES.places,
      layout: { 'icon-image': 'place-blocker', 'icon-size': SCALE, 'icon-allow-overlap': true, 'icon-padding': 0 },
      paint: { 'icon-opacity': 0 },
    },
  ];
}
