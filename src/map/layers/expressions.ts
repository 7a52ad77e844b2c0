import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { FAMILY_DASH } from '../../core/stanceTypes.ts';

// Expressions shared by the story layers. The date and the "states only"
// switch live in the style's global state, so moving the slider is one
// setGlobalStateProperty call, not a rebuild of any source.

/** Active at the global date t: start ≤ t < end (day numbers). */
export const ACTIVE_AT_T: ExpressionSpecification = [
  'all',
  ['<=', ['get', 'start'], ['global-state', 't']],
  ['<', ['global-state', 't'], ['get', 'end']],
];

/** Stance shown by the actor switch: everyone, or only stances held by states. */
export const SHOWN_BY_ACTOR_SWITCH: ExpressionSpecification = ['any', ['global-state', 'everyone'], ['get', 'fromState']];

export const HOVERED: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
export const SELECTED: ExpressionSpecification = ['==', ['get', 'id'], ['global-state', 'selected']];
export const SOMETHING_SELECTED: ExpressionSpecification = ['!=', ['global-state', 'selected'], ''];

export const DASH_BY_FAMILY: ExpressionSpecification = [
  'match', ['get', 'family'],
  'friendly', ['literal', FAMILY_DASH.friendly],
  'critical', ['literal', FAMILY_DASH.critical],
  ['literal', FAMILY_DASH.hostile],
];

/** Full strength for the selection (or everything when nothing is selected), faded otherwise. */
export function emphasis(strong: number, faded: number): ExpressionSpecification {
  return ['case', SELECTED, strong, SOMETHING_SELECTED, faded, strong];
}
