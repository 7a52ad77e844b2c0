import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { FAMILY_DASH } from '../../core/stanceTypes.ts';

// Expressions shared by the story layers. What the date and the filters show
// arrives as feature state (frameFeatureStates.ts): a filter or paint value
// that read the date from global state would make MapLibre re-tile the source
// on every step. Global state holds what changes rarely (selection, focus,
// scale, the actor switch for labels).

/** Drawn in the current frame (active at the date and passing the filters). */
export const ON: ExpressionSpecification = ['boolean', ['feature-state', 'on'], false];

/** A place's event ring: "current", "past" or "". */
export const MARK: ExpressionSpecification = ['string', ['feature-state', 'mark'], ''];

/**
 * `value` for every feature, written so MapLibre treats it as per-feature.
 * MapLibre compiles one shader program for each mix of per-feature and
 * constant paint properties in a layer type, and software GL spends 100-200
 * ms on each before the first frame (bench: 17 programs against the bare
 * page's 7). Layers written to the same mix share one program.
 */
export function perFeature(value: ExpressionSpecification | number | string): ExpressionSpecification {
  return ['case', ON, value, value];
}

/** `value` where the feature is drawn in this frame, else fully transparent. */
export function whenOn(value: ExpressionSpecification | number): ExpressionSpecification {
  return ['case', ON, value, 0];
}

/** Another actor is in focus: this stance neither comes from nor goes to its group. */
export const OUT_OF_FOCUS: ExpressionSpecification = [
  'all',
  ['>', ['length', ['global-state', 'focusGroup']], 0],
  ['!', ['in', ['get', 'from'], ['global-state', 'focusGroup']]],
  ['!', ['in', ['get', 'toActor'], ['global-state', 'focusGroup']]],
];

/** A briefing scene puts some stances forward and this is not one of them. */
export const OUT_OF_SCENE: ExpressionSpecification = [
  'all',
  ['>', ['length', ['global-state', 'sceneFocus']], 0],
  ['!', ['in', ['get', 'id'], ['global-state', 'sceneFocus']]],
];

/** Type and line scale: 1 on a screen, larger for a room (presentation mode). */
export const SCALE: ExpressionSpecification = ['global-state', 'scale'];

/** Newly appeared at this step: glows for a moment ("and now Russia joins"). */
export const FLASHING: ExpressionSpecification = ['boolean', ['feature-state', 'flash'], false];

export const HOVERED: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
export const SELECTED: ExpressionSpecification = ['==', ['get', 'id'], ['global-state', 'selected']];
export const SOMETHING_SELECTED: ExpressionSpecification = ['!=', ['global-state', 'selected'], ''];

export const DASH_BY_FAMILY: ExpressionSpecification = [
  'match', ['get', 'family'],
  'friendly', ['literal', FAMILY_DASH.friendly],
  'critical', ['literal', FAMILY_DASH.critical],
  ['literal', FAMILY_DASH.hostile],
];

/** Full strength for the selection (or everything when nothing is selected), faded otherwise, and for what is out of focus. */
export function emphasis(strong: number, faded: number): ExpressionSpecification {
  return ['case', SELECTED, strong, SOMETHING_SELECTED, faded, OUT_OF_FOCUS, faded, OUT_OF_SCENE, faded, strong];
}
