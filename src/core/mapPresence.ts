// What the map area shows: the live WebGL map, or a still picture of the same
// state (the SVG map) and why. A page may hold many maps (a live blog with 20
// embeds) while the browser allows only about 16 WebGL contexts, and any
// context can be lost (a phone reclaiming GPU memory): a map that cannot be
// live is a still, never a blank box.

export type MapShown = 'live' | 'asleep' | 'context-lost' | 'no-webgl' | 'map-not-loaded';

export interface Presence {
  /** The map area is in the viewport (for an embed, the top-level page's). */
  readonly onScreen: boolean;
  /** The live map lost its context and it did not come back in time. */
  readonly gaveUp: boolean;
  /** The live map cannot start here at all. */
  readonly unavailable?: 'no-webgl' | 'map-not-loaded';
}

export type PresenceEvent =
  | { readonly type: 'seen'; readonly onScreen: boolean }
  | { readonly type: 'gaveUp' }
  | { readonly type: 'visible' }
  | { readonly type: 'unavailable'; readonly why: 'no-webgl' | 'map-not-loaded' };

/** How long a lost context may take to come back before the still takes the map's place. */
export const CONTEXT_GRACE_MS = 3000;

/** How long an embed stays live once scrolled out of view, so a quick scroll back finds it live. */
export const SLEEP_DELAY_MS = 1000;

export const START_PRESENCE: Presence = { onScreen: true, gaveUp: false };

/**
 * The presence after an event. A map that gave up tries again when it has a
 * fresh chance: an embed scrolled back into view, a tab shown again.
 */
export function presenceAfter(p: Presence, e: PresenceEvent): Presence {
  switch (e.type) {
    case 'seen':
      return { ...p, onScreen: e.onScreen, gaveUp: e.onScreen ? p.gaveUp : false };
    case 'gaveUp':
      return { ...p, gaveUp: true };
    case 'visible':
      return { ...p, gaveUp: false };
    case 'unavailable':
      return { ...p, unavailable: e.why };
  }
}

/** What to show for a presence; `sleeps` is true for maps that release their context off screen (embeds). */
export function mapToShow(p: Presence, sleeps: boolean): MapShown {
  if (p.unavailable) return p.unavailable;
  if (sleeps && !p.onScreen) return 'asleep';
  return p.gaveUp ? 'context-lost' : 'live';
}
