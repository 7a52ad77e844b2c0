import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

// Expressions shared by the place and area layers. What the date and the
// filters show arrives as feature state (frameFeatureStates.ts): a filter or
// paint value that read the date from global state would make MapLibre
// re-tile the source on every step. Global state holds what changes rarely
// (scale, the actor switch for labels). Arrows have their own layer
// (arrows/arrowLayer.ts).

/** Drawn in the current frame (active at the date and passing the filters). */
export const ON: ExpressionSpecification = ['boolean', ['feature-state', 'on'], false];

/** A place's event ring: "current", "past" or "". */
export const MARK: ExpressionSpecification = ['string', ['feature-state', 'mark'], ''];

/**
 * `value` for every feature, written so MapLibre treats it as per-feature.
 * MapLibre compiles one shader program for each mix of per-feature and
 * constant paint properties in a layer type, and software GL spends a long
 * time on each before the first frame. Layers written to the same mix share
 * one program.
 */
export function perFeature(value: ExpressionSpecification | number | string): ExpressionSpecification {
  return ['case', ON, value, value];
}

/** `value` where the feature is drawn in this frame, else fully transparent. */
export function whenOn(value: ExpressionSpecification | number): ExpressionSpecification {
  return ['case', ON, value, 0];
}

/** Type and line scale: 1 on a screen, larger for a room (presentation mode). */
export const SCALE: ExpressionSpecification = ['global-state', 'scale'];
