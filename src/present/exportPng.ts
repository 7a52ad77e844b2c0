import type { Frame } from '../core/frame.ts';
import { GLYPH_PATHS } from '../core/glyphPaths.ts';
import type { StoryModel } from '../core/model.ts';
import type { AppState } from '../core/state/appState.ts';
import { FAMILY_DASH, STANCE_STYLES, type StanceType } from '../core/stanceTypes.ts';
import type { Camera } from '../core/view.ts';
import { renderMapImage } from '../map/offscreenMap.ts';
import { type Furniture, furnitureFor } from './furniture.ts';

// A picture for slides: the map drawn at the requested size by a hidden map,
// then the title, date, legend and credit painted over it with the bundled font.

const FONT = "'Stancemap Sans', sans-serif";

function panel(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  ctx.fillStyle = 'rgba(255,255,255,0.93)';
  ctx.fillRect(x, y, w, h);
}

function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > maxWidth && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function legendSwatch(ctx: CanvasRenderingContext2D, type: StanceType, x: number, y: number, u: number): void {
  const style = STANCE_STYLES[type];
  const dash = FAMILY_DASH[style.family];
  ctx.save();
  ctx.strokeStyle = style.color;
  ctx.lineWidth = 3 * u;
  ctx.setLineDash(dash[1] === 0 ? [] : dash.map((d) => d * 3 * u));
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + 56 * u, y);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.arc(x + 28 * u, y, 10 * u, 0, Math.PI * 2);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.lineWidth = 2 * u;
  ctx.stroke();
  ctx.translate(x + 28 * u, y);
  ctx.scale(5 * u, 5 * u);
  ctx.lineWidth = 2.6 / 5;
  ctx.lineCap = 'round';
  ctx.stroke(new Path2D(GLYPH_PATHS[style.glyph]));
  ctx.restore();
}

export function drawFurniture(ctx: CanvasRenderingContext2D, f: Furniture, width: number, height: number): void {
  const u = f.unit;
  const m = f.margin;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `600 ${f.titleSize}px ${FONT}`;
  const titleLines = wrap(ctx, f.title, width * 0.5);
  ctx.font = `400 ${f.textSize}px ${FONT}`;
  const subLines = wrap(ctx, f.subtitle, width * 0.5);
  const boxH = titleLines.length * f.titleSize * 1.15 + subLines.length * f.textSize * 1.35 + 40 * u;
  const boxW = width * 0.5 + 36 * u;
  panel(ctx, m, m, boxW, boxH);
  let y = m + 14 * u + f.titleSize;
  ctx.fillStyle = '#1b1b19';
  ctx.font = `600 ${f.titleSize}px ${FONT}`;
  for (const l of titleLines) { ctx.fillText(l, m + 18 * u, y); y += f.titleSize * 1.15; }
  ctx.font = `400 ${f.textSize}px ${FONT}`;
  ctx.fillStyle = '#45423c';
  y += f.textSize * 0.2 - f.titleSize * 0.15;
  for (const l of subLines) { ctx.fillText(l, m + 18 * u, y); y += f.textSize * 1.35; }

  const rowH = 34 * u;
  const legendW = 250 * u;
  const legendH = f.legend.length * rowH + 20 * u;
  if (f.legend.length > 0) {
    const lx = width - m - legendW;
    const ly = height - m - legendH - 50 * u;
    panel(ctx, lx, ly, legendW, legendH);
    f.legend.forEach((type, i) => {
      const cy = ly + 10 * u + rowH * i + rowH / 2;
      legendSwatch(ctx, type, lx + 14 * u, cy, u);
      ctx.fillStyle = '#1b1b19';
      ctx.font = `400 ${f.textSize}px ${FONT}`;
      ctx.fillText(type, lx + 84 * u, cy + f.textSize * 0.35);
    });
  }

  ctx.font = `400 ${Math.round(f.textSize * 0.8)}px ${FONT}`;
  const credit = wrap(ctx, f.credit, width - 2 * m - 40 * u);
  const ch = credit.length * f.textSize + 16 * u;
  panel(ctx, m, height - m - ch, width - 2 * m, ch);
  ctx.fillStyle = '#45423c';
  credit.forEach((l, i) => ctx.fillText(l, m + 14 * u, height - m - ch + 8 * u + f.textSize * 0.8 + i * f.textSize));
}

export async function exportPng(model: StoryModel, state: AppState, frame: Frame, camera: Camera, width: number, height: number, caption = '', sceneFocus: readonly string[] = []): Promise<Blob> {
  await document.fonts.load(`600 44px 'Stancemap Sans'`);
  await document.fonts.load(`400 22px 'Stancemap Sans'`);
  const canvas = await renderMapImage(model, state, frame, camera, width, height, sceneFocus);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  drawFurniture(ctx, furnitureFor(model.story.meta, frame, width, caption), width, height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
