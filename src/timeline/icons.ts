import { svg } from '../dom/dom.ts';

// Control icons as SVG paths (the bundled font has no media symbols).
const PATHS = {
  play: 'M5 3l8 5-8 5z',
  pause: 'M4 3h3v10H4zM9 3h3v10H9z',
  previous: 'M12 3L6 8l6 5zM4 3h2v10H4z',
  next: 'M4 3l6 5-6 5zM10 3h2v10h-2z',
  start: 'M13 3L8 8l5 5zM8 3L3 8l5 5z',
  end: 'M3 3l5 5-5 5zM8 3l5 5-5 5z',
} as const;

export type IconName = keyof typeof PATHS;

export function icon(name: IconName): SVGSVGElement {
  return svg('svg', { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': 'true', focusable: 'false' }, [
    svg('path', { d: PATHS[name], fill: 'currentColor' }),
  ]);
}
