import { STANCE_TYPES } from '../../core/stanceTypes.ts';
import { iconFor } from '../icons.ts';

// The arrow layer's sprites in one image: a row of arrowheads, one per stance
// type in STANCE_TYPES order, then a row's worth of glyph badges, drawn by the
// same canvas code as the map's other icons (icons.ts) so nothing changes in
// how they look. Cells are square; a head fills less of its cell than a badge.

/** Side of one cell in atlas pixels (a 16 px badge at the icons' 2× ratio). */
export const CELL_PX = 32;

export interface SpriteAtlas {
  readonly image: ImageData;
  /** Cells across the atlas; glyph badges start at cell STANCE_TYPES.length. */
  readonly cells: number;
}

export function spriteAtlas(): SpriteAtlas {
  const cells = STANCE_TYPES.length * 2;
  const canvas = document.createElement('canvas');
  canvas.width = cells * CELL_PX;
  canvas.height = CELL_PX;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  STANCE_TYPES.forEach((type, i) => {
    const head = iconFor(`head-${type}`);
    const glyph = iconFor(`glyph-${type}`);
    if (head) ctx.putImageData(head, i * CELL_PX, 0);
    if (glyph) ctx.putImageData(glyph, (STANCE_TYPES.length + i) * CELL_PX, 0);
  });
  return { image: ctx.getImageData(0, 0, canvas.width, canvas.height), cells };
}
