import { datesIn } from '../studio/relativeDates.ts';
import type { StanceType } from '../stanceTypes.ts';
import { type Mention, mentionsIn, namedThings } from './mentions.ts';
import { type PlaceSuggestion, placesNamed } from './placesNamed.ts';
import { splitSentences } from './sentences.ts';
import { STATES, idOf } from './states.ts';
import type { GazetteerRow } from '../studio/gazetteer.ts';
import { ALREADY_HELD, TRIGGERS } from './stanceLexicon.ts';

// A first draft of a story from an article's text: the actors it names and
// the stances its sentences report, each tied to its sentence's offsets and
// the words that decided it. Nothing here reaches a story until an author
// accepts it.

export interface ActorSuggestion {
  readonly id: string;
  readonly name: string;
  readonly kind: Mention['kind'];
  readonly role?: string;
  readonly memberOf?: string;
  /** The place it is drawn at: a state's capital, or its state's. */
  readonly place?: string;
  /** Where it is drawn by the rule "at the first place the article names in it" (placeRule.ts): a state's, or its state's. */
  readonly placeNamed?: string;
  /** Other ways the article names it ("Beijing" for China), shown as the merge. */
  readonly alsoNamed: readonly string[];
}

export interface StanceSuggestion {
  readonly from: string;
  readonly to: string;
  readonly type: StanceType;
  /** The sentence, as offsets in the text: the quote. */
  readonly quote: { readonly start: number; readonly end: number };
  /** The words that decided the type. */
  readonly because: { readonly start: number; readonly end: number; readonly text: string };
  readonly start: string;
  readonly confidence: number;
}

export interface Draft {
  readonly places: readonly PlaceSuggestion[];
  readonly actors: readonly ActorSuggestion[];
  readonly stances: readonly StanceSuggestion[];
}


/** A mention as the actor it suggests: a state (or union) as itself, drawn at its capital; a ministry or a person as a member of its state. */
function actorOf(m: Mention): ActorSuggestion {
  const state = m.state;
  if ((m.kind === 'state' || m.kind === 'organization') && state) {
    return { id: state.organization ? idOf(state.name) : state.id, name: state.name, kind: m.kind, place: idOf(state.capital), alsoNamed: [] };
  }
  return {
    id: idOf(m.name), name: m.name, kind: m.kind, ...(m.role && { role: m.role }),
    ...(state && { memberOf: state.organization ? idOf(state.name) : state.id, place: idOf(state.capital) }), alsoNamed: [],
  };
}

/** The date a sentence gives its stance: its own date words, else the article's, "by" when the stance was already held. */
function dateOf(sentence: string, published: string): string {
  const found = datesIn(sentence, published).find((d) => !/planned/.test(d.date));
  const held = ALREADY_HELD.test(sentence) || !found;
  const day = found?.date.replace(/ .*/, '') ?? published;
  return held ? `${day} before` : found?.date ?? published;
}

const JOINED = /^\s*(?:,|and|and the|, and|, and the|['’]s and)\s*$/;

/** A mention and those joined to it by "and" or a comma ("Seoul and Washington", "China, Russia"). */
function joined(text: string, list: readonly Mention[], first: number): Mention[] {
  const out: Mention[] = [];
  for (let i = first; i < list.length; i++) {
    const m = list[i];
    if (!m || (i > first && !JOINED.test(text.slice(list[i - 1]?.end ?? 0, m.start)))) break;
    out.push(m);
  }
  return out;
}

/**
 * Who holds a stance whose words start at `at`: the mention right before
 * them when it owns them ("America’s plans to deploy"), else the sentence's
 * subject, its first mention, with those joined to it.
 */
const SUBORDINATE = /^(?:As|While|When|Although|Though|If|After|Before|Since|Because)\b/;

function holders(text: string, mentions: readonly Mention[], at: number, owned = false): Mention[] {
  // "As the deal was signed, Beijing created …": the subject is the main clause's, after the comma.
  const clause = SUBORDINATE.test(text) ? text.lastIndexOf(', ', at) + 1 : 0;
  const before = mentions.filter((x) => x.end <= at && x.start >= clause && x.as !== 'demonym');
  const last = before[before.length - 1];
  if (last && /^['’]s\s+\w+\s*$/.test(text.slice(last.end - 2, at)) && last.start > 0) return [last];
  return before.length === 0 || owned ? [] : joined(text, before, 0);
}

/** A sentence read: its text and who it names. */
interface Read { readonly text: string; readonly mentions: readonly Mention[] }

// The words of the stance, then "the move" within a few words of them ("criticized the move", "rejected the claim"),
// not one said to be someone's ("the sanctions imposed by the EU", "the plan of Japan").
const ANAPHOR = /^\S+(?:\s+[a-z]+){0,2}?\s+the (move|decision|step|claims?|accusations?|allegations?|charges?|plans?|measures?|duties|tariffs?|sanctions|ban|deployment|deal)\b(?!\s+(?:[a-z]+ed\s+)?(?:of|with|by|between|on|against|to)\b)/;
/** Verbs that make the thing "the duties" points back at. */
const MADE = '(?:impos|announc|levi|introduc|slapp|adopt|plac|put|unveil|decid|took|tak)\\w*\\b[^.]{0,40}';

/** Who a sentence is about: the main clause's first actor named (after "After talks failed, …"), with those joined to it. */
function subjectOf(e: Read): Mention[] {
  const clause = SUBORDINATE.test(e.text) ? e.text.indexOf(', ') + 1 : 0;
  const from = e.mentions.filter((x) => x.start >= clause && x.as !== 'demonym');
  return from.length === 0 ? [] : joined(e.text, from, 0);
}

/**
 * Whom "the move", "the duties" points back at: the subject of the sentence
 * before, for an act ("the move", "the step", "the claim"); for a thing, of
 * the latest earlier sentence that made it ("imposed duties"), else that names it.
 */
function antecedent(rest: string, earlier: readonly Read[]): Mention[] {
  const noun = ANAPHOR.exec(rest)?.[1];
  if (noun === undefined) return [];
  if (/^(move|decision|step|claim|accusation|allegation|charge)s?$/.test(noun)) {
    const before = earlier[earlier.length - 1];
    return before ? subjectOf(before) : [];
  }
  const word = `\\b${noun.replace(/ies$/, '').replace(/s$/, '')}(?:y|ies|s|es)?\\b`;
  for (const pattern of [new RegExp(MADE + word, 'i'), new RegExp(word, 'i')]) {
    const made = earlier.findLast((e) => pattern.test(e.text));
    if (made) return subjectOf(made);
  }
  return [];
}

const lastWeapon = (earlier: readonly Read[]): Mention | undefined => earlier.flatMap((e) => e.mentions).findLast((x) => x.kind === 'weapon');

/**
 * What a stance points at: the weapon an opposition names (or, "…not to go
 * ahead with the deployment", the one last named), whom "the move" was made
 * by, whom the words name ("called on Beijing to withdraw"), whom a
 * cooperation is "with", else what follows the words.
 */
function targets(s: Read, type: StanceType, [at, end]: readonly [number, number], from: readonly Mention[], earlier: readonly Read[]): Mention[] {
  const { text, mentions: all } = s;
  const after = all.filter((x) => x.start >= end);
  const weapon = after.find((x) => x.kind === 'weapon');
  if (type === 'opposes' && weapon) return [weapon];
  const named = type === 'opposes' && /^\s+(?:with\s+)?the (?:deployment|system)\b(?!\s+of\b)/.test(text.slice(end)) ? lastWeapon(earlier) : undefined;
  if (named) return [named];
  const back = antecedent(text.slice(at), earlier).filter((x) => !from.some((f) => actorOf(f).id === actorOf(x).id));
  if (back.length > 0) return back;
  const within = all.filter((x) => x.start > at && x.end <= end && !from.includes(x));
  if (within.length > 0) return joined(text, within, 0);
  if (type === 'cooperates' && !/^\s*with\b/.test(text.slice(end))) return from.length > 1 ? [...from] : [];
  if (after.length > 0) return joined(text, after, 0);
  if (type !== 'retaliates') return [];
  // "…, a step seen as retaliation" ends its sentence: the reprisal is against what the sentence acted on.
  const other = all.filter((x) => !from.includes(x) && x.start > (from[0]?.end ?? 0));
  return other.length > 0 ? [other[other.length - 1] as Mention] : [];
}

/** The stances one sentence reports: for each trigger, its holders and targets. */
function stancesIn(s: Read, offset: number, published: string, earlier: readonly Read[]): StanceSuggestion[] {
  const { text, mentions } = s;
  const out: StanceSuggestion[] = [];
  const taken: [number, number][] = [];
  for (const t of TRIGGERS) {
    for (const m of text.matchAll(t.pattern)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (taken.some(([a, b]) => at < b && a < end)) continue;
      const from = holders(text, mentions, at, t.owned);
      const to = targets(s, t.type, [at, end], from, earlier);
      for (const h of from) {
        for (const target of to.slice(0, 3)) {
          const [a, b] = [actorOf(h).id, actorOf(target).id];
          if (a === b) continue;
          taken.push([at, end]);
          out.push({
            from: a, to: b, type: t.type, quote: { start: offset, end: offset + text.length },
            because: { start: offset + at, end: offset + end, text: m[0] }, start: dateOf(text, published),
            confidence: Math.round(t.weight * (from.length > 1 ? 0.9 : 1) * 100) / 100,
          });
        }
      }
    }
  }
  return out;
}

/**
 * Where a thing with no state of its own is drawn (a weapon, a company): the
 * first place the text names in a sentence that names it, else the capital
 * of the first state named after it in one ("THAAD … in South Korea"). The
 * author moves it where it belongs.
 */
function placeOf(actor: ActorSuggestion, all: readonly { m: Mention; offset: number; sentence: string }[], places: readonly PlaceSuggestion[]): { place?: string } {
  const seen = all.filter((x) => idOf(x.m.name) === actor.id);
  for (const { offset, sentence } of seen) {
    const named = places.find((p) => p.at && p.at.start >= offset && p.at.end <= offset + sentence.length);
    if (named) return { place: named.id };
  }
  for (const at of seen) {
    const state = all.find((x) => x.offset === at.offset && x.m.start > at.m.start && x.m.kind === 'state');
    if (state?.m.state) return { place: idOf(state.m.state.capital) };
  }
  return {};
}

/**
 * Each state's first place the text names inside it, for it and its members:
 * the gazetteer's places carry their country, and placesNamed lists them in
 * the order the text names them.
 */
function withPlacesNamed(actors: readonly ActorSuggestion[], places: readonly PlaceSuggestion[]): ActorSuggestion[] {
  const first = new Map<string, string>();
  for (const a of actors) {
    const iso = a.kind === 'state' ? STATES.find((s) => s.id === a.id)?.iso : undefined;
    const place = iso === undefined ? undefined : places.find((p) => p.country === iso && p.at !== undefined);
    if (place) first.set(a.id, place.id);
  }
  return actors.map((a) => {
    const place = first.get(a.id) ?? (a.memberOf === undefined ? undefined : first.get(a.memberOf));
    return place === undefined ? a : { ...a, placeNamed: place };
  });
}

/**
 * Actors named several ways are one suggestion, with the other names shown;
 * the state a person or body belongs to is an actor too ("French President
 * Emmanuel Macron" names France).
 */
function mergeActors(mentions: readonly Mention[], text: (m: Mention) => string): ActorSuggestion[] {
  const byId = new Map<string, ActorSuggestion>();
  for (const m of mentions) {
    const a = actorOf(m);
    const seen = byId.get(a.id);
    const as = text(m);
    if (!seen) byId.set(a.id, { ...a, alsoNamed: as !== a.name ? [as] : [] });
    else if (as !== a.name && !seen.alsoNamed.includes(as)) byId.set(a.id, { ...seen, alsoNamed: [...seen.alsoNamed, as] });
    const state = m.state;
    if (a.memberOf !== undefined && state && !byId.has(a.memberOf)) {
      byId.set(a.memberOf, actorOf({ start: m.start, end: m.start, kind: state.organization ? 'organization' : 'state', name: state.name, state }));
    }
  }
  return [...byId.values()];
}

/**
 * `gazetteer`: its rows by folded name (placesNamed.ts); without it only the
 * capitals of the states named are places. `progress` hears how many
 * sentences of how many are read, every hundred (a long text takes seconds).
 */
export function draftStory(article: string, published: string, gazetteer?: ReadonlyMap<string, readonly GazetteerRow[]>, progress?: (done: number, total: number) => void): Draft {
  const named = namedThings(article);
  const sentences = splitSentences(article);
  const known: Mention[] = [];
  const all: { m: Mention; offset: number; sentence: string }[] = [];
  const stances: StanceSuggestion[] = [];
  const earlier: Read[] = [];
  for (const [n, s] of sentences.entries()) {
    if (n % 100 === 99) progress?.(n + 1, sentences.length);
    const ms = mentionsIn(s.text, named, known);
    for (const m of ms) {
      if (m.kind === 'person' && m.role && !known.some((k) => k.name === m.name)) known.push(m);
      all.push({ m, offset: s.start, sentence: s.text });
    }
    // A headline (no closing stop) says it shortly; the sentences below say it in full.
    const headline = !/[.!?…]["”’)]*$/.test(s.text);
    // One suggestion per holder, target and type: the surest sentence that reports it, the first of equals.
    for (const found of stancesIn({ text: s.text, mentions: ms }, s.start, published, earlier)) {
      const st = headline ? { ...found, confidence: Math.round(found.confidence * 0.8 * 100) / 100 } : found;
      const same = stances.findIndex((x) => x.from === st.from && x.to === st.to && x.type === st.type);
      if (same === -1) stances.push(st);
      else if ((stances[same]?.confidence ?? 0) < st.confidence) stances[same] = st;
    }
    earlier.push({ text: s.text, mentions: ms });
  }
  const actors = mergeActors(all.map((x) => x.m), (m) => all.find((x) => x.m === m)?.sentence.slice(m.start, m.end).replace(/['’]s$/, '') ?? m.name);
  const places = placesNamed(sentences, new Set(all.flatMap((x) => (x.m.state ? [x.m.state.id] : []))), gazetteer);
  const placed = actors.map((a) => (a.place === undefined ? { ...a, ...placeOf(a, all, places) } : a));
  return { places, actors: withPlacesNamed(placed, places), stances };
}
