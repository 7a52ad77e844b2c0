import { GLYPH_PATHS } from '../core/glyphPaths.ts';
import { FAMILY_DASH, type StanceStyle } from '../core/stanceTypes.ts';
import { svg } from '../dom/dom.ts';

/** Drawn once per look and width, then copied: lists draw one per stance, and the studio's preview draws them again on every edit. */
const drawn = new Map<string, SVGSVGElement>();

/** A small drawing of a stance type as the map draws it: its colour, its line pattern and its glyph. */
export function stanceSwatch(style: StanceStyle, width = 44): SVGSVGElement {
  const key = `${style.color} ${style.family} ${style.glyph} ${width}`;
  let first = drawn.get(key);
  if (!first) {
    first = drawSwatch(style, width);
    drawn.set(key, first);
  }
  return first.cloneNode(true) as SVGSVGElement;
}

function drawSwatch(style: StanceStyle, width: number): SVGSVGElement {
  const dash = FAMILY_DASH[style.family];
  const lineWidth = 2.5;
  const dasharray = dash[1] === 0 ? 'none' : dash.map((d) => d * lineWidth).join(' ');
  return svg('svg', { width, height: 18, viewBox: `0 0 ${width} 18`, 'aria-hidden': 'true', class: 'swatch' }, [
    svg('line', { x1: 2, y1: 9, x2: width - 2, y2: 9, stroke: style.color, 'stroke-width': lineWidth, 'stroke-dasharray': dasharray }),
    svg('circle', { cx: width / 2, cy: 9, r: 7, fill: '#ffffff', stroke: style.color, 'stroke-width': 1.6 }),
    svg('path', {
      d: GLYPH_PATHS[style.glyph], transform: `translate(${width / 2} 9) scale(3.6)`, fill: 'none', stroke: style.color,
      'stroke-width': 2 / 3.6, 'stroke-linecap': 'round', 'stroke-linejoin': 'round',
    }),
  ]);
}
