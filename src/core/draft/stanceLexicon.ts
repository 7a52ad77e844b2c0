import type { StanceType } from '../stanceTypes.ts';

// The words that make a sentence a stance of each type, after the coding
// guide (data/FORMAT.md, "Coding stances": the verb decides the type, as the
// article reports the act). Each entry is a pattern over the sentence; the
// first that matches at a place wins, so the more specific come first.

export interface Trigger {
  readonly type: StanceType;
  readonly pattern: RegExp;
  /** How sure the words make the type: a verb of the act itself is surer than a noun near it. */
  readonly weight: number;
  /** The words need their owner named just before them ("America’s plans to deploy"): "their plans" holds nobody. */
  readonly owned?: true;
}

export const TRIGGERS: readonly Trigger[] = [
  // "X feels threatened by Y": X is concerned about Y.
  { type: 'concerned', pattern: /\b(?:threatened|endangered) by\b/gi, weight: 0.8 },
  { type: 'opposes', pattern: /\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? on)\b[^.]{0,60}?\b(?:to abandon|not to go ahead|to drop|to scrap|to halt|to stop|to withdraw|to end|to cease|to pull out|to reverse)\b/gi, weight: 0.9 },
  { type: 'opposes', pattern: /\b(?:oppos(?:e|es|ed|ing)|spoken out against|fight(?:s|ing)? against|protest(?:s|ed)? against)\b/gi, weight: 0.8 },
  { type: 'opposes', pattern: /\bopposition to\b/gi, weight: 0.6 },
  { type: 'cooperates', pattern: /\b(?:join(?:s|ed|ing)? forces|team(?:s|ed|ing)? up|cooperat(?:e|es|ed|ing|ion)|coordinat(?:e|ed|ing)|get together|signed [^.]{0,30}deal with)\b/gi, weight: 0.8 },
  { type: 'reassures', pattern: /\b(?:assur(?:e|es|ed|ing)|reassur(?:e|es|ed|ing))\b/gi, weight: 0.9 },
  { type: 'warns', pattern: /\bwarn(?:s|ed|ing)?\b/gi, weight: 0.9 },
  { type: 'retaliates', pattern: /\b(?:retaliat(?:e|es|ed)|halted|banned|sanctioned)\b/gi, weight: 0.8 },
  { type: 'retaliates', pattern: /\b(?:(?:seen|interpreted|read) (?:\w+ )?as retaliation|in (?:\w+ )?retaliation|in reprisal)\b/gi, weight: 0.75 },
  { type: 'retaliates', pattern: /\b(?:retaliation|sanctions)\b/gi, weight: 0.5 },
  { type: 'criticizes', pattern: /\bsummon(?:s|ed|ing)?\b(?=(?:[^.]|(?<=\b[A-Z])\.){0,30}\b(?:ambassador|envoy|charg[eé] d['’]affaires)\b)/gi, weight: 0.8 },
  { type: 'criticizes', pattern: /\b(?:accus(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|lashed out|blam(?:e|es|ed|ing))\b/gi, weight: 0.85 },
  // Brushing aside what was said of them ("rejected the claim", "denied Manila's accusations") dismisses it.
  { type: 'dismisses', pattern: /\b(?:reject(?:s|ed|ing)?|den(?:y|ies|ied|ying))\s+(?:(?:the|these|those|such|its|their|[A-Z][\w.]*['’]s?)\s+)?(?:\w+\s+)?(?:accusations?|allegations?|charges?|criticism|reports?)\b|\b(?:reject(?:s|ed|ing)?|den(?:y|ies|ied|ying))\s+(?:the|these|those|such) claims?\b/gi, weight: 0.85 },
  // Rejecting anything but an accusation ("rejected Beijing's maritime claims") is opposing it.
  { type: 'opposes', pattern: /\breject(?:s|ed|ing)?\b/gi, weight: 0.7 },
  { type: 'dismisses', pattern: /\b(?:dismiss(?:es|ed|ing)?|brush(?:es|ed)? aside|shrugged off)\b/gi, weight: 0.9 },
  { type: 'threatens', pattern: /\b(?:threaten(?:s|ed)?|menaces?)\b/gi, weight: 0.8 },
  // Nouns say less than verbs: "a threat", "their concerns" may belong to anyone in the sentence.
  { type: 'threatens', pattern: /\bthreats?\b/gi, weight: 0.45 },
  { type: 'concerned', pattern: /\bexpress(?:es|ed|ing)? (?:\w+ )?(?:concern|alarm|worry)\b/gi, weight: 0.8 },
  { type: 'concerned', pattern: /\b(?:fear(?:s|ed|ing)?|worr(?:y|ies|ied)|vulnerable|(?:are|is|were|was|remains?) (?:\w+ )?concerned)\b/gi, weight: 0.7 },
  { type: 'concerned', pattern: /\b(?:concerns?|anxiety)\b/gi, weight: 0.45 },
  // "supported a tougher line on Chinese subsidies" backs a stance against them.
  { type: 'opposes', pattern: /(?<!\b(?:resist\w*|reject\w*|against|oppos\w*|ignor\w*)\s+)\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|call(?:s|ed|ing)? for|urg(?:e|es|ed|ing))\s+(?:a\s+)?(?:tougher|harder|firmer|stronger)\s+(?:line|stance|approach|action|measures)\s+(?:on|against|toward|towards)\b/gi, weight: 0.75 },
  { type: 'supports', pattern: /\b(?:insist(?:s|ed)?|support(?:s|ed|ing)?|back(?:s|ed|ing)|endors(?:e|es|ed)|will use|stands? by)\b/gi, weight: 0.7 },
  { type: 'supports', pattern: /\bplans? to deploy\b/gi, weight: 0.7, owned: true },
];

/** Words that say a stance was already held when the article was written (the coding guide's "by" dates). */
export const ALREADY_HELD = /\b(?:has|have|had) (?:repeatedly|long|already|previously|also)\b|\bpreviously\b|\bcontinues? to\b|\brepeatedly\b/i;
