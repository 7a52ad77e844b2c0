import type { GeoProjection } from 'd3-geo';
import type { StoryModel } from '../core/model.ts';
import { PALETTE } from '../theme/palette.ts';
import { svg } from '../dom/dom.ts';
import { localNameFont } from '../theme/fonts.ts';

// Place labels for the static map, placed greedily like MapLibre's symbol
// placement: busiest places first, each at the first free side of its mark,
// dropped when every side collides. Text widths are estimated (the SVG may be
// built detached from any page, where nothing can be measured).

const BASE_SIZE = 13;
const BASE_SMALL = 10.5;

interface Box { x: number; y: number; w: number; h: number }

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/u.test(ch) ? 1 : 0.56;
  return w * size;
}

export function placeLabels(model: StoryModel, projection: GeoProjection, width: number, height: number, scale = 1): SVGGElement {
  const SIZE = BASE_SIZE * scale;
  const SMALL = BASE_SMALL * scale;
  const group = svg('g', { class: 'svg-labels', 'font-family': "'Stancemap Sans', sans-serif", 'paint-order': 'stroke', stroke: PALETTE.halo, 'stroke-width': 3 * scale, 'stroke-linejoin': 'round' });
  const taken: Box[] = [];
  const weight = new Map<string, number>();
  for (const s of model.stances) {
    weight.set(s.fromPlace.place.id, (weight.get(s.fromPlace.place.id) ?? 0) + 1);
    weight.set(s.toPlace.place.id, (weight.get(s.toPlace.place.id) ?? 0) + 1);
  }
  const nodes = [...model.places.values()].sort((a, b) => (weight.get(b.place.id) ?? 0) - (weight.get(a.place.id) ?? 0));
  for (const node of nodes) {
    const p = projection(node.position);
    if (!p || p[0] < 0 || p[0] > width || p[1] < 0 || p[1] > height) continue;
    taken.push({ x: p[0] - 7 * scale, y: p[1] - 7 * scale, w: 14 * scale, h: 14 * scale });
  }
  for (const node of nodes) {
    const p = projection(node.position);
    if (!p || p[0] < 0 || p[0] > width || p[1] < 0 || p[1] > height) continue;
    const [lang, local] = Object.entries(node.place.localNames ?? {})[0] ?? [];
    const lines: { text: string; size: number; weight: number; lang?: string }[] = [{ text: node.place.name, size: SIZE, weight: 600 }];
    if (local && local !== node.place.name) lines.push({ text: local, size: SMALL, weight: 400, ...(lang ? { lang } : {}) });
    const w = Math.max(...lines.map((l) => textWidth(l.text, l.size)));
    const h = lines.reduce((sum, l) => sum + l.size * 1.2, 0);
    const sides: Box[] = [
      { x: p[0] + 10 * scale, y: p[1] - SIZE * 0.8, w, h },
      { x: p[0] - 10 * scale - w, y: p[1] - SIZE * 0.8, w, h },
      { x: p[0] - w / 2, y: p[1] - 10 * scale - h, w, h },
      { x: p[0] - w / 2, y: p[1] + 10 * scale, w, h },
    ];
    const box = sides.find((b) => b.x >= 0 && b.x + b.w <= width && b.y >= 0 && b.y + b.h <= height && !taken.some((t) => overlaps(t, b)));
    if (!box) continue;
    taken.push(box);
    const anchor = box.x > p[0] ? 'start' : box.x + box.w < p[0] ? 'end' : 'middle';
    const x = anchor === 'start' ? box.x : anchor === 'end' ? box.x + box.w : box.x + box.w / 2;
    const text = svg('text', { x: x.toFixed(1), y: (box.y + SIZE * 0.9).toFixed(1), 'text-anchor': anchor, fill: PALETTE.placeText, 'data-id': node.place.id });
    lines.forEach((l, i) => {
      const span = svg('tspan', {
        x: x.toFixed(1), dy: i === 0 ? 0 : (l.size * 1.2).toFixed(1), 'font-size': l.size, 'font-weight': l.weight,
        ...(l.lang ? { lang: l.lang, 'font-family': [...localNameFont(l.lang), 'sans-serif'].map((f) => (f === 'sans-serif' ? f : `'${f}'`)).join(', ') } : {}),
      });
      span.textContent = l.text;
      if (i > 0) span.setAttribute('fill', PALETTE.localText);
      text.append(span);
    });
    group.append(text);
  }
  return group;
}
