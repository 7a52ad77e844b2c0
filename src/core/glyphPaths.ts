import type { Glyph } from './stanceTypes.ts';

/**
 * Each stance glyph as SVG path data in a box from -1 to 1, stroked (not
 * filled). One definition feeds the map's canvas icons, the legend and the
 * SVG renderer, so the glyph means the same everywhere.
 */
export const GLYPH_PATHS: Readonly<Record<Glyph, string>> = {
  plus: 'M-1 0H1M0 -1V1',
  cross: 'M-0.85 -0.85L0.85 0.85M0.85 -0.85L-0.85 0.85',
  minus: 'M-1 0H1',
  slash: 'M0.7 -1L-0.7 1',
  link: 'M-1 -0.45H1M-1 0.45H1',
  check: 'M-1 0L-0.25 0.75L1 -0.8',
  bang: 'M0 -1V0.3M0 0.85V0.95',
  bolt: 'M0.3 -1L-0.5 0.1L0.5 -0.1L-0.3 1',
  return: 'M1 -0.6H-0.6M-0.1 -1L-0.6 -0.6L-0.1 -0.2M1 -0.6V0.7H-0.6',
  query: 'M-0.55 -0.4A0.55 0.55 0 1 1 0 0.15V0.4M0 0.85V0.95',
};
