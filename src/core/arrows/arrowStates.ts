import type { Frame } from '../frame.ts';
import type { StoryModel } from '../model.ts';
import { STANCE_TYPES } from '../stanceTypes.ts';

// What each arrow looks like in a frame, four bytes per stance: the texture
// the arrow layer's shaders read by stance index. Rebuilding it is O(stances)
// in plain arrays (about a millisecond at 10,000) and uploading it is 40 KB,
// whatever the date did.

export const STATE_BYTES = 4;

/** Bits of a stance's flags byte. */
export const ARROW_FLAG = { selected: 1, hovered: 2, flashing: 4 } as const;

export interface ArrowLook {
  readonly selected: string;
  readonly hovered: string;
  /** Stance ids glowing because they just appeared. */
  readonly flashing: ReadonlySet<string>;
  /** Stance ids a briefing scene puts forward (empty: none singled out). */
  readonly sceneFocus: readonly string[];
}

const byModel = new WeakMap<StoryModel, Uint8Array>();

/** Every stance hidden, with its type index in place: what a frame starts from (the types never change). */
function typeBytes(model: StoryModel): Uint8Array {
  const known = byModel.get(model);
  if (known) return known;
  const bytes = new Uint8Array(model.stances.length * STATE_BYTES);
  model.stances.forEach((node, i) => {
    bytes[i * STATE_BYTES + 3] = (STANCE_TYPES as readonly string[]).indexOf(node.stance.type);
  });
  byModel.set(model, bytes);
  return bytes;
}

/**
 * Bytes per stance: drawn (0 or 255), strong (255) or faded (0), flags, and
 * the index of its type in STANCE_TYPES. Full strength goes to the selection,
 * or to everything when nothing is selected, unless another actor is in focus
 * or a scene puts other stances forward.
 */
export function arrowStates(model: StoryModel, frame: Frame, look: ArrowLook): Uint8Array {
  const bytes = typeBytes(model).slice();
  const scene = new Set(look.sceneFocus);
  for (const node of frame.stances) {
    const id = node.stance.id;
    const o = node.index * STATE_BYTES;
    const strong = look.selected !== '' ? id === look.selected : !frame.dimmed.has(id) && (scene.size === 0 || scene.has(id));
    bytes[o] = 255;
    bytes[o + 1] = strong ? 255 : 0;
    bytes[o + 2] = (id === look.selected ? ARROW_FLAG.selected : 0) | (id === look.hovered ? ARROW_FLAG.hovered : 0) | (look.flashing.has(id) ? ARROW_FLAG.flashing : 0);
  }
  return bytes;
}

/**
 * Above this many arrows drawn at once, only the selected, hovered and
 * glowing ones keep their white halo. Halos lift a few arrows off the
 * basemap; thousands of them only wash out one another's colours, and in
 * software GL their pass is a large share of a repaint.
 */
export const HALOS_MAX_DRAWN = 2000;

/** The stances whose halo is drawn: all the drawn ones, or past HALOS_MAX_DRAWN the emphasized ones (by index). */
export function haloStances(bytes: Uint8Array): 'all' | number[] {
  let drawn = 0;
  const emphasized: number[] = [];
  for (let i = 0, o = 0; o < bytes.length; i++, o += STATE_BYTES) {
    if (bytes[o] !== 255) continue;
    drawn++;
    if (bytes[o + 2] !== 0) emphasized.push(i);
  }
  return drawn <= HALOS_MAX_DRAWN ? 'all' : emphasized;
}

/** How a just-appeared arrow's glow is drawn: its width in pixels beyond the halo's, and its opacity. */
export interface Glow {
  readonly width: number;
  readonly opacity: number;
}

/**
 * The glow of arrows that have just appeared, by how many appear together:
 * full for one, so it stands out, and fainter and narrower as more share it
 * (by one over the square root of their count, down to a floor), so that
 * sixteen at once mark the change without drowning the map.
 */
export function glowFor(appearing: number): Glow {
  const strength = Math.min(1, Math.max(GLOW_FLOOR, 1 / Math.sqrt(Math.max(1, appearing))));
  return { width: 2.5 + 4.5 * strength, opacity: 0.3 + 0.55 * strength };
}

const GLOW_FLOOR = 0.3;

/** How many stances in a state texture glow because they just appeared (drawn at full strength: a faded one gets no glow). */
export function glowingCount(bytes: Uint8Array): number {
  let count = 0;
  for (let o = 0; o < bytes.length; o += STATE_BYTES) {
    if (bytes[o] === 255 && bytes[o + 1] === 255 && ((bytes[o + 2] ?? 0) & ARROW_FLAG.flashing) !== 0) count++;
  }
  return count;
}

/** Indices of the stances drawn in a state texture. */
export function drawnStances(bytes: Uint8Array): number[] {
  const drawn: number[] = [];
  for (let i = 0; i * STATE_BYTES < bytes.length; i++) if (bytes[i * STATE_BYTES] === 255) drawn.push(i);
  return drawn;
}
