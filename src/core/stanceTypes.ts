// The stance vocabulary. Each type is encoded twice on the map so that it
// survives grayscale printing and colour blindness: a colour from the
// Okabe–Ito palette (warm for hostile, cool for friendly) and a second channel,
// the dash pattern of its family plus a glyph drawn at the arrow's middle.

export const STANCE_TYPES = [
  'supports',
  'cooperates',
  'reassures',
  'opposes',
  'threatens',
  'warns',
  'retaliates',
  'criticizes',
  'dismisses',
  'concerned',
] as const;

export type StanceType = (typeof STANCE_TYPES)[number];

export type StanceFamily = 'friendly' | 'hostile' | 'critical';

export type Glyph = 'plus' | 'link' | 'check' | 'cross' | 'bolt' | 'bang' | 'return' | 'minus' | 'slash' | 'query';

export interface StanceStyle {
  readonly type: StanceType;
  /** Past-tense-free verb phrase for "China opposes THAAD". */
  readonly verb: string;
  readonly family: StanceFamily;
  readonly color: string;
  readonly glyph: Glyph;
  readonly description: string;
}

/** Dash pattern per family, in line widths (MapLibre's line-dasharray unit). */
export const FAMILY_DASH: Readonly<Record<StanceFamily, readonly number[]>> = {
  hostile: [1, 0],
  friendly: [4, 2],
  critical: [1, 1.5],
};

export const STANCE_STYLES: Readonly<Record<StanceType, StanceStyle>> = {
  supports: { type: 'supports', verb: 'supports', family: 'friendly', color: '#0072B2', glyph: 'plus', description: 'backs or endorses' },
  cooperates: { type: 'cooperates', verb: 'cooperates with', family: 'friendly', color: '#009E73', glyph: 'link', description: 'acts jointly with' },
  reassures: { type: 'reassures', verb: 'reassures', family: 'friendly', color: '#56B4E9', glyph: 'check', description: 'gives assurances to' },
  opposes: { type: 'opposes', verb: 'opposes', family: 'hostile', color: '#D55E00', glyph: 'cross', description: 'stands against' },
  threatens: { type: 'threatens', verb: 'threatens', family: 'hostile', color: '#CC79A7', glyph: 'bolt', description: 'is a threat to, or menaces' },
  warns: { type: 'warns', verb: 'warns', family: 'hostile', color: '#E69F00', glyph: 'bang', description: 'warns of consequences' },
  retaliates: { type: 'retaliates', verb: 'retaliates against', family: 'hostile', color: '#A23D00', glyph: 'return', description: 'strikes back at' },
  criticizes: { type: 'criticizes', verb: 'criticizes', family: 'critical', color: '#CC79A7', glyph: 'slash', description: 'finds fault with' },
  dismisses: { type: 'dismisses', verb: 'dismisses', family: 'critical', color: '#555555', glyph: 'minus', description: 'brushes aside' },
  concerned: { type: 'concerned', verb: 'is concerned about', family: 'critical', color: '#B8860B', glyph: 'query', description: 'is worried about' },
};

export function isStanceType(value: unknown): value is StanceType {
  return typeof value === 'string' && (STANCE_TYPES as readonly string[]).includes(value);
}
