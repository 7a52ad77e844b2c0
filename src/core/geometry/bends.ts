// Several stances between the same two places are drawn as a fan of curves:
// the k-th stance in one direction bends by BASE + k·STEP of the route's
// length. Stances in the opposite direction use the same bends, and since a
// bend pushes to the right of travel they fall on the other side.

export const BASE_BEND = 0.1;
export const BEND_STEP = 0.07;

/** Loops at one place fan out from the north-west, LOOP_STEP degrees apart. */
export const LOOP_FIRST_DIRECTION = 315;
export const LOOP_STEP = 55;

export interface Route {
  readonly fromPlace: string;
  readonly toPlace: string;
}

/** For each route in order: its bend (for a route between two places) or loop direction (same place). */
export function assignBends(routes: readonly Route[]): number[] {
  const seen = new Map<string, number>();
  return routes.map((r) => {
    const key = `${r.fromPlace}\u0000${r.toPlace}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    if (r.fromPlace === r.toPlace) return LOOP_FIRST_DIRECTION - k * LOOP_STEP;
    return BASE_BEND + k * BEND_STEP;
  });
}
