import { type StateName, stateAt } from './states.ts';

// Who an article names, sentence by sentence: states (by name, adjective or
// capital), their government bodies, people with their role, companies and
// weapon systems. Each mention keeps its offsets; where mentions overlap the
// longest wins ("China’s Foreign Ministry spokesman, Geng Shuang" is one
// person, not a state and a ministry as well).

export type ActorKind = 'state' | 'government' | 'person' | 'company' | 'weapon' | 'organization';

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly kind: ActorKind;
  /** The actor's name as it will be suggested. */
  readonly name: string;
  /** The state it is, belongs to or speaks for. */
  readonly state?: StateName;
  readonly role?: string;
  /** How the state was named, when it is one: a capital standing for its government is merged into the state. */
  readonly as?: 'name' | 'demonym' | 'capital';
}

interface Token { readonly text: string; readonly start: number; readonly end: number }

const tokens = (text: string): Token[] =>
  [...text.matchAll(/(?:[A-Z]\.)+[A-Z]?\.?|\p{L}[\p{L}'’-]*\p{L}|\p{L}|,/gu)].map((m) => ({ text: m[0].replace(/['’]s$/, ''), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));

const ROLE_HEAD = /^(President|Premier|Chancellor|King|Queen|Minister|Secretary|Ambassador|spokes(man|woman|person)|General|Senator|Governor|Chairman|leader)$/i;
const ROLE_WORD = /^(Deputy|Assistant|Vice|Prime|Foreign|Defen[cs]e|Secretary|Minister|Ministry|President|Ambassador|spokes(man|woman|person)|General|Chancellor|Premier|Chairman|leader|Senator|Governor|State|Affairs|of|to|for|the)$/i;
const NOT_NAME = /^(The|A|An|In|On|And|But|However|While|As|During|Last|This|That|Both|Officials|One|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

const nameWord = (t: Token | undefined): boolean =>
  t !== undefined && /^\p{Lu}\p{Ll}+(-\p{L}+)?$/u.test(t.text) && !NOT_NAME.test(t.text) && !ROLE_WORD.test(t.text) && stateAt(t.text) === undefined;

/** The state named just before `at` ("Russian ", "China’s ", "U.S. "), with where it starts. */
function stateBefore(text: string, at: number): { state: StateName; start: number } | undefined {
  const before = text.slice(Math.max(0, at - 40), at).replace(/['’]s\s*$/, '').replace(/\s+$/, '');
  const offset = Math.max(0, at - 40);
  for (let cut = Math.max(0, before.length - 25); cut < before.length; cut++) {
    if (cut > 0 && !/\s/.test(before.charAt(cut - 1))) continue;
    const found = stateAt(before.slice(cut));
    if (found && cut + found.length === before.length) return { state: found.state, start: offset + cut };
  }
  return undefined;
}

/** Names have particles ("Luiz Inácio Lula da Silva", "Ursula von der Leyen"): never first, never last. */
const PARTICLE = /^(da|de|do|dos|das|del|der|di|van|von|bin|ibn|al|el|la|le)$/;

/** The last word of a name whose first two words start at `first`: up to five words, particles between them. */
function lastNameWord(ts: readonly Token[], first: number): number {
  let end = first + 1;
  while (end - first < 4) {
    let next = end + 1;
    while (PARTICLE.test(ts[next]?.text ?? '') && next - first < 5) next++;
    if (!nameWord(ts[next]) || next - first > 5) break;
    end = next;
  }
  return end;
}

/** "Russian Deputy Foreign Minister Igor Morgulov", "China’s assistant foreign minister, Kong Xuanyou". */
function people(text: string): Mention[] {
  const ts = tokens(text);
  const found: Mention[] = [];
  for (let i = 1; i < ts.length - 1; i++) {
    if (!nameWord(ts[i]) || !nameWord(ts[i + 1])) continue;
    const last = ts[i - 1]?.text === ',' ? i - 2 : i - 1;
    let k = last;
    let head = false;
    // Back over the role: its words, and a place or office after "to"/"of" ("Ambassador to Seoul", "Secretary of Defense").
    const placeInRole = (at: number): boolean => /^(to|of)$/i.test(ts[at - 1]?.text ?? '') && ROLE_HEAD.test(ts[at - 2]?.text ?? '');
    while (k >= 0 && (ROLE_WORD.test(ts[k]?.text ?? '') || placeInRole(k))) {
      if (/^(to|of|for|the)$/i.test(ts[k]?.text ?? '') && !ROLE_HEAD.test(ts[k - 1]?.text ?? '')) break;
      if (ROLE_HEAD.test(ts[k]?.text ?? '')) head = true;
      k--;
    }
    if (!head) continue;
    const roleStart = ts[k + 1]?.start ?? 0;
    const state = stateBefore(text, roleStart);
    const nameEnd = lastNameWord(ts, i);
    const end = ts[nameEnd]?.end ?? 0;
    const role = text.slice(roleStart, ts[last]?.end ?? roleStart).replace(/,$/, '').trim();
    found.push({
      start: state?.start ?? roleStart, end, kind: 'person', name: text.slice(ts[i]?.start ?? 0, end),
      role: role.charAt(0).toUpperCase() + role.slice(1), ...(state && { state: state.state }),
    });
    i = nameEnd;
  }
  return found;
}

const BODY = /^\s*(?:['’]s)?\s+(Foreign Ministry|Ministry of Foreign Affairs|Department of Foreign Affairs|[Cc]oast [Gg]uard|Defen[cs]e Ministry|Ministry of Defen[cs]e|Commerce Ministry|Ministry of Commerce|Trade Ministry|State Department|Foreign Office|Defen[cs]e Department|Commission|government|officials|authorities|leaders)\b/;

/** A body's name as suggested: "Ministry of Foreign Affairs" is a Foreign Ministry. */
function bodyName(words: string): string {
  if (/Defen/.test(words)) return 'Defence Ministry';
  if (/State Department|Foreign/.test(words)) return 'Foreign Ministry';
  if (/Commerce|Trade/.test(words)) return 'Commerce Ministry';
  if (/^coast guard$/i.test(words)) return 'Coast Guard';
  return words;
}

/** States by name, adjective or capital, and their ministries ("Russia’s Ministry of Foreign Affairs"). */
function statesAndBodies(text: string): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /[A-Za-z]/.test(text.charAt(i - 1))) continue;
    const at = stateAt(text.slice(i));
    if (!at) continue;
    const body = BODY.exec(text.slice(i + at.length));
    const demonym = at.state.demonyms[0] ?? at.state.name;
    if (body && !/^(government|officials|authorities|leaders)$/.test(body[1] ?? '')) {
      found.push({ start: i, end: i + at.length + body[0].length, kind: 'government', name: `${demonym} ${bodyName(body[1] ?? '')}`, state: at.state });
    } else {
      // "The South Korean government" is the state, as "Seoul" is: merged into it.
      const end = i + at.length + (body ? body[0].length : 0);
      // A bare adjective ("Chinese countermeasures") names the state loosely: a stance may point at it, not come from it.
      const kind = at.state.organization ? 'organization' : 'state';
      found.push({ start: i, end, kind, name: at.state.name, state: at.state, as: body ? 'capital' : at.as });
    }
    i += at.length - 1;
  }
  return found;
}

/** Acronyms an article keeps coming back to near "missile" or "system" (THAAD), and companies named as such. */
export function namedThings(article: string): { weapons: Set<string>; companies: Set<string> } {
  const counts = new Map<string, number>();
  for (const m of article.matchAll(/\b[A-Z]{3,6}\b/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const weapons = new Set([...counts].filter(([word, n]) => n >= 3 && stateAt(word) === undefined
    && new RegExp(`${word}[^.]{0,40}\\b(missile|system|weapon|defen[cs]e)|\\b(missile|system|weapon)s?[^.]{0,20}${word}`).test(article)).map(([w]) => w));
  const companies = new Set([...article.matchAll(/\b(?:giant|company|firm|conglomerate|group|\w*maker)\s+([A-Z][A-Za-z]+)/g)].map((m) => m[1] ?? ''));
  return { weapons, companies };
}

function things(text: string, named: ReturnType<typeof namedThings>): Mention[] {
  const found: Mention[] = [];
  for (const [set, kind] of [[named.weapons, 'weapon'], [named.companies, 'company']] as const) {
    for (const name of set) {
      for (const m of text.matchAll(new RegExp(`\\b${name}(?:['’]s)?\\b`, 'g'))) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind, name });
    }
  }
  return found;
}

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every mention in a sentence, the longest winning where they overlap; `known` people are found again by surname. */
export function mentionsIn(text: string, named: ReturnType<typeof namedThings>, known: readonly Mention[] = []): Mention[] {
  const surnames = known.filter((p) => p.kind === 'person').flatMap((p): Mention[] => {
    // The family name may come first (Geng Shuang) or last (Igor Morgulov): either alone names the person again.
    const words = p.name.split(' ');
    const short = [...new Set([words[0], words[words.length - 1]])].map((w) => escaped(w ?? '')).join('|');
    // Letters, not \b, bound a name: "José" ends in a letter \b does not count as one.
    return [...text.matchAll(new RegExp(`(?<!\\p{L})(?:${escaped(p.name)}|${short})(?!\\p{L})`, 'gu'))].map((m) => ({ ...p, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  });
  const all = [...people(text), ...surnames, ...statesAndBodies(text), ...things(text, named)];
  all.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of all) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
