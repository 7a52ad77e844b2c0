import type { Map as MapLibreMap } from 'maplibre-gl';
import { GLYPH_PATHS } from '../core/glyphPaths.ts';
import { STANCE_STYLES, type Glyph } from '../core/stanceTypes.ts';
import { PALETTE } from '../theme/palette.ts';
import { HEAD_SIZE_PX } from './layers/stanceLayers.ts';

// The map's icons are drawn here with canvas paths (no sprite sheet to fetch,
// no font needed): one arrowhead and one glyph badge per stance type in its
// colour, and one mark per place kind. Drawn at 2× for sharp edges.

const RATIO = 2;

function draw(size: number, paint: (ctx: CanvasRenderingContext2D, s: number) => void): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size * RATIO;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(RATIO, RATIO);
  paint(ctx, size);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

/** An arrowhead pointing up, its tip at the top edge, with a white outline. */
function arrowhead(color: string): ImageData {
  return draw(HEAD_SIZE_PX, (ctx, s) => {
    ctx.beginPath();
    ctx.moveTo(s / 2, 1);
    ctx.lineTo(s - 1.5, s - 1.5);
    ctx.lineTo(s / 2, s * 0.72);
    ctx.lineTo(1.5, s - 1.5);
    ctx.closePath();
    ctx.lineJoin = 'round';
    ctx.strokeStyle = PALETTE.halo;
    ctx.lineWidth = 2;
    ctx.stroke();
    ctx.fillStyle = color;
    ctx.fill();
  });
}

/** A white disc ringed in the type's colour with the type's glyph: readable in grayscale too. */
export function glyphBadge(glyph: Glyph, color: string, size = 16): ImageData {
  return draw(size, (ctx, s) => {
    const c = s / 2;
    ctx.beginPath();
    ctx.arc(c, c, c - 1.2, 0, Math.PI * 2);
    ctx.fillStyle = PALETTE.halo;
    ctx.fill();
    ctx.lineWidth = 1.6;
    ctx.strokeStyle = color;
    ctx.stroke();
    const r = s * 0.24;
    ctx.translate(c, c);
    ctx.scale(r, r);
    ctx.lineWidth = 2 / r;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.stroke(new Path2D(GLYPH_PATHS[glyph]));
  });
}

/** The room a mark keeps free of other places' labels (layers/placeLayers.ts): its core, not its halo. */
const BLOCKER_PX = 8;

function placeMark(kind: string): ImageData {
  return draw(18, (ctx, s) => {
    const c = s / 2;
    ctx.beginPath();
    if (kind === 'site' || kind === 'base') {
      ctx.moveTo(c, c - 6.5); ctx.lineTo(c + 6.5, c); ctx.lineTo(c, c + 6.5); ctx.lineTo(c - 6.5, c); ctx.closePath();
    } else if (kind === 'capital') {
      ctx.arc(c, c, 6, 0, Math.PI * 2);
    } else {
      ctx.arc(c, c, 4.5, 0, Math.PI * 2);
    }
    ctx.lineWidth = 3;
    ctx.strokeStyle = PALETTE.halo;
    ctx.stroke();
    ctx.fillStyle = PALETTE.placeMark;
    ctx.fill();
    if (kind === 'capital') {
      ctx.beginPath();
      ctx.arc(c, c, 2.2, 0, Math.PI * 2);
      ctx.fillStyle = PALETTE.halo;
      ctx.fill();
    }
  });
}

/** The image for an icon id used by the layers ("head-opposes", "glyph-warns", "place-capital"). */
export function iconFor(id: string): ImageData | undefined {
  const [group = '', name = ''] = id.split(/-(.*)/s);
  const style = (STANCE_STYLES as Readonly<Record<string, (typeof STANCE_STYLES)[keyof typeof STANCE_STYLES] | undefined>>)[name];
  if (group === 'head' && style) return arrowhead(style.color);
  if (group === 'glyph' && style) return glyphBadge(style.glyph, style.color);
  if (id === 'place-blocker') return draw(BLOCKER_PX, () => undefined);
  if (group === 'place') return placeMark(name);
  return undefined;
}

/** Icons are drawn when a layer first asks for them, so only the ones the story uses are ever drawn. */
export function installIcons(map: MapLibreMap): void {
  map.setMissingStyleImageResolver((id) => {
    const image = iconFor(id);
    if (image && !map.hasImage(id)) map.addImage(id, image, { pixelRatio: RATIO });
  });
}
