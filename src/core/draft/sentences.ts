// An article's sentences with their offsets, so that a suggestion's quote is
// the article's own words at a known place. A full stop ends a sentence
// unless it closes an abbreviation news writes mid-sentence ("U.S.", "Mr.",
// "Jan.") or an initial; a line break always does (headlines have none).

import { stateAt } from './states.ts';

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm', 'sen', 'rep', 'gov', 'pres', 'st', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd',
]);

/** A state's own name starts `text` ("China said…"); a union's does not count ("the U.S. NATO ambassador"). */
function namesState(text: string): boolean {
  const at = stateAt(text);
  return at?.as === 'name' && at.state.organization !== true;
}

/** True when the full stop at `dot` closes an abbreviation or an initial rather than a sentence. */
function abbreviationAt(text: string, dot: number): boolean {
  const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (/^([A-Z]\.)*[A-Z]$/.test(word)) {
    // "U.S." ends a sentence only when a new one plainly starts after it: a
    // word that opens sentences, or a state ("…by the U.S. China said…"), which
    // "U.S." does not qualify as it does "President" or "Navy".
    const next = text.slice(dot + 1, dot + 40).replace(/^\s+/, '');
    return !/^(The|A|An|In|On|It|He|She|They|We|This|That|But|However|While)\b/.test(next) && !namesState(next);
  }
  return ABBREVIATIONS.has(word.toLowerCase());
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== '') out.push({ start: start + lead, end: start + lead + body.length, text: body });
  };
  const boundary = /([.!?…]["”’)\]]*)(?=\s)|\n/g;
  for (const m of text.matchAll(boundary)) {
    const at = m.index ?? 0;
    if (m[0] !== '\n' && m[0].startsWith('.') && abbreviationAt(text, at)) continue;
    const end = at + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}
