import { dayInWords } from './dateWords.ts';
import { stanceSentence } from './features/stanceFeatures.ts';
import type { Frame, FrameChange } from './frame.ts';
import type { StanceNode } from './model.ts';

// The map in words, for screen readers: a short description of what it shows
// at the current date, and what changed at each step.

const ORDER = ['opposes', 'supports', 'cooperates', 'threatens', 'warns', 'retaliates', 'reassures', 'criticizes', 'concerned', 'dismisses'];
const RANK: ReadonlyMap<string, number> = new Map(ORDER.map((type, i) => [type, i]));

/** States' stances first, then the strongest types: the gist comes before the detail. */
function gist(stances: readonly StanceNode[], max: number): StanceNode[] {
  // One number per stance, computed once, not looked up again in every comparison of a big story's sort.
  const rank = (s: StanceNode): number => (s.fromState ? 0 : ORDER.length) + (RANK.get(s.stance.type) ?? ORDER.length);
  return stances.map((s) => ({ s, r: rank(s) })).sort((a, b) => a.r - b.r || a.s.index - b.s.index).slice(0, max).map(({ s }) => s);
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "1 March 2017: 26 stances. China opposes THAAD; Russia opposes THAAD; … Event: China: joining forces…" */
export function describeFrame(frame: Frame, max = 4): string {
  const shown = gist(frame.stances, max).map(stanceSentence);
  const rest = frame.stances.length - shown.length;
  const parts = [`${dayInWords(frame.t)}: ${count(frame.stances.length, 'stance', 'stances')}.`];
  if (shown.length > 0) parts.push(`${shown.join('; ')}${rest > 0 ? `; and ${rest} more` : ''}.`);
  if (frame.current.length > 0) parts.push(`${frame.current.length === 1 ? 'Event' : 'Events'}: ${frame.current.map((e) => e.event.title).join('; ')}.`);
  return parts.join(' ');
}

/**
 * What a step changed, for the live region: "28 February 2017. New: Russia
 * opposes THAAD, … Ended: …". Stepping back in time, what disappears has not
 * begun yet rather than ended.
 */
export function describeChange(frame: Frame, change: FrameChange, byId: ReadonlyMap<string, StanceNode>, forward = true, max = 3): string {
  const name = (ids: readonly string[]): string => {
    const nodes = ids.flatMap((id) => byId.get(id) ?? []);
    const sentences = gist(nodes, max).map(stanceSentence);
    return `${sentences.join(', ')}${nodes.length > max ? ` and ${nodes.length - max} more` : ''}`;
  };
  const parts = [`${dayInWords(frame.t)}.`];
  if (frame.current.length > 0) parts.push(`${frame.current.map((e) => e.event.title).join('; ')}.`);
  if (change.added.length > 0) parts.push(`${forward ? 'New' : 'Back on the map'}: ${name(change.added)}.`);
  if (change.removed.length > 0) parts.push(`${forward ? 'Ended' : 'Not yet begun'}: ${name(change.removed)}.`);
  parts.push(`${count(frame.stances.length, 'stance', 'stances')} in all.`);
  return parts.join(' ');
}
