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

/** Stance shown by the actor switch (everyone, or only stances held by states) and the type filter. */
export const SHOWN_BY_FILTERS: ExpressionSpecification = [
  'all',
  ['any', ['global-state', 'everyone'], ['get', 'fromState']],
  ['!', ['in', ['get', 'type'], ['global-state', 'hiddenTypes']]],
];

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
