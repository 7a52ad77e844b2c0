import { areaFeatures } from '../core/features/areaFeatures.ts';
import { stanceFeatures } from '../core/features/stanceFeatures.ts';
import type { Frame } from '../core/frame.ts';
import { GLYPH_PATHS } from '../core/glyphPaths.ts';
import type { StoryModel } from '../core/model.ts';
import { FAMILY_DASH, STANCE_STYLES } from '../core/stanceTypes.ts';
import type { Camera } from '../core/view.ts';
import { FONT_FACES } from '../theme/fonts.ts';
import { projectionFor } from '../svg/projection.ts';
import { renderSvgMap } from '../svg/svgMap.ts';
import { loadSphericalBasemap } from '../svg/svgView.ts';
import { svg } from '../dom/dom.ts';
import { type Furniture, furnitureFor } from './furniture.ts';

// The current view as a standalone SVG file: the d3-geo renderer's map plus
// title, date, legend and credit, with the bundled fonts embedded so it looks
// the same in any editor.

async function fontFaceCss(): Promise<string> {
  const rules: string[] = [];
  for (const [family, faces] of Object.entries(FONT_FACES)) {
    for (const face of faces as { url: string; 'unicode-range'?: string[] }[]) {
      const bytes = new Uint8Array(await (await fetch(face.url)).arrayBuffer());
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      const range = face['unicode-range'] ? `unicode-range: ${face['unicode-range'].join(', ')};` : '';
      rules.push(`@font-face { font-family: '${family}'; src: url(data:font/woff2;base64,${btoa(binary)}) format('woff2'); ${range} }`);
    }
  }
  return rules.join('\n');
}

function text(x: number, y: number, content: string, attrs: Record<string, string | number>): SVGTextElement {
  const t = svg('text', { x, y, ...attrs });
  t.textContent = content;
  return t;
}

function furniture(f: Furniture, width: number, height: number): SVGGElement {
  const u = f.unit;
  const m = f.margin;
  const g = svg('g', { class: 'svg-furniture', 'font-family': "'Stancemap Sans', sans-serif" });
  g.append(
    svg('rect', { x: m, y: m, width: width * 0.5, height: f.titleSize * 1.4 + f.textSize * 1.6 + 20 * u, fill: '#ffffff', 'fill-opacity': 0.93 }),
    text(m + 18 * u, m + 12 * u + f.titleSize, f.title, { 'font-size': f.titleSize, 'font-weight': 600, fill: '#1b1b19', class: 'svg-title' }),
    text(m + 18 * u, m + 12 * u + f.titleSize * 1.25 + f.textSize * 1.2, f.subtitle, { 'font-size': f.textSize, fill: '#45423c', class: 'svg-date' }),
  );
  const rowH = 34 * u;
  const lx = width - m - 250 * u;
  const ly = height - m - f.legend.length * rowH - 70 * u;
  if (f.legend.length > 0) g.append(svg('rect', { x: lx, y: ly, width: 250 * u, height: f.legend.length * rowH + 20 * u, fill: '#ffffff', 'fill-opacity': 0.93 }));
  f.legend.forEach((type, i) => {
    const style = STANCE_STYLES[type];
    const dash = FAMILY_DASH[style.family];
    const cy = ly + 10 * u + rowH * i + rowH / 2;
    g.append(
      svg('line', { x1: lx + 14 * u, y1: cy, x2: lx + 70 * u, y2: cy, stroke: style.color, 'stroke-width': 3 * u, 'stroke-dasharray': dash[1] === 0 ? 'none' : dash.map((d) => d * 3 * u).join(' ') }),
      svg('circle', { cx: lx + 42 * u, cy, r: 10 * u, fill: '#ffffff', stroke: style.color, 'stroke-width': 2 * u }),
      svg('path', { d: GLYPH_PATHS[style.glyph], transform: `translate(${lx + 42 * u} ${cy}) scale(${5 * u})`, fill: 'none', stroke: style.color, 'stroke-width': 0.5, 'stroke-linecap': 'round' }),
      text(lx + 84 * u, cy + f.textSize * 0.35, type, { 'font-size': f.textSize, fill: '#1b1b19' }),
    );
  });
  g.append(
    svg('rect', { x: m, y: height - m - f.textSize * 1.6, width: width - 2 * m, height: f.textSize * 1.6, fill: '#ffffff', 'fill-opacity': 0.93 }),
    text(m + 14 * u, height - m - f.textSize * 0.5, f.credit, { 'font-size': Math.round(f.textSize * 0.8), fill: '#45423c', class: 'svg-credit' }),
  );
  return g;
}

export async function exportSvg(model: StoryModel, frame: Frame, camera: Camera, width: number, height: number, selected = '', caption = ''): Promise<Blob> {
  const basemap = await loadSphericalBasemap('fine');
  const root = svg('svg', { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}` });
  const style = svg('style');
  style.textContent = await fontFaceCss();
  const title = svg('title');
  title.textContent = model.story.meta.title;
  root.append(title, style, renderSvgMap({
    model, frame, stances: stanceFeatures(model), areas: areaFeatures(model), basemap,
    projection: projectionFor(camera, width, height), width, height, selected, scale: Math.max(1, width / 1280),
  }), furniture(furnitureFor(model.story.meta, frame, width, caption), width, height));
  const xml = new XMLSerializer().serializeToString(root);
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`], { type: 'image/svg+xml' });
}
