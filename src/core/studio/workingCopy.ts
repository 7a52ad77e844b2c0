import type { Story } from '../schema/story.schema.ts';
import { type TextRange, editBetween, locateQuote, rebaseRange } from './quoteRanges.ts';

// What the studio edits and keeps: the story as it will be downloaded, and
// where each quote stands in the article's text (by item id), which the
// story format does not hold. Pure: every function gives a new value or
// changes an immer draft it is handed.

/** Mutable in its type so immer recipes can change it; immer freezes every copy it hands out. */
export interface WorkingCopy {
  story: Story;
  /** Each stance's and event's quote, as offsets in meta.source.text. */
  ranges: Record<string, TextRange>;
  /** Whether the downloaded file carries the article's text (absent: it does). */
  keepText?: boolean;
  /** The last article date that was a date: new items are dated by it, and move with it. */
  datedBy?: string;
  /** Suggestions from the text the author dismissed (draft/acceptDraft.ts): they stay dismissed when the text is read again. */
  dismissed?: string[];
  /** Where suggested states are drawn (draft/placeRule.ts): at their capitals when absent. */
  placeRule?: 'capital' | 'named';
}

/** Text as a textarea holds it: its selection offsets count one character per line break. */
export const withLineFeeds = (text: string): string => text.replace(/\r\n?/g, '\n');

/** An edit that pastes at least this much may bring back the words of quotes that had lost their place. */
const PASTE_CHARS = 20;

/** A story with nothing in it yet, dated the day it is started (the author sets the article's date). */
export function blankStory(today: string): Story {
  return {
    version: 1,
    meta: {
      title: 'Untitled story',
      description: '',
      language: 'en',
      source: { title: '', publisher: '', published: today, text: '' },
      credit: '',
    },
    places: [],
    actors: [],
    stances: [],
    events: [],
  };
}

export function workingCopyOf(story: Story): WorkingCopy {
  const text = typeof story.meta.source.text === 'string' ? story.meta.source.text : '';
  const ranges: Record<string, TextRange> = {};
  for (const item of [...story.stances, ...story.events]) {
    const found = locateQuote(text, item.quote);
    if (found) ranges[item.id] = found;
  }
  return { story, ranges };
}

/** A short id from a name ("Seongju County" → "seongju-county"), made unique among `taken`. */
export function newId(name: string, taken: ReadonlySet<string>, fallback = 'item'): string {
  const base = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48) || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Every id the story uses, in any section (ids are unique across a story). */
export function takenIds(story: Story): Set<string> {
  const sections: unknown[] = [story.places, story.actors, story.stances, story.events, story.areas, story.scenes];
  // An opened file may hold anything: only lists of items with text ids count.
  return new Set(sections.flatMap((items) => (Array.isArray(items) ? items : []).map((item: { id?: unknown }) => item.id).filter((id): id is string => typeof id === 'string')));
}

/** The article's text replaced: every quote's range moves with the text around it, or is found again. */
export function setSourceText(draft: WorkingCopy, typed: string): void {
  const text = withLineFeeds(typed);
  const before = draft.story.meta.source.text ?? '';
  if (before === text) return;
  const change = editBetween(before, text);
  draft.story.meta.source.text = text;
  const quotes = new Map([...draft.story.stances, ...draft.story.events].map((item) => [item.id, item.quote]));
  for (const [id, range] of Object.entries(draft.ranges)) {
    const moved = rebaseRange(range, change);
    const found = locateQuote(text, quotes.get(id) ?? '', moved);
    if (found) draft.ranges[id] = found;
    else delete draft.ranges[id];
  }
  // A paste (the article itself, or a corrected paragraph) may hold the words of quotes without a place.
  if (change.inserted < PASTE_CHARS) return;
  for (const [id, quote] of quotes) {
    if (draft.ranges[id] || typeof quote !== 'string') continue;
    const found = locateQuote(text, quote);
    if (found) draft.ranges[id] = found;
  }
}

/** A quote edited by hand: its range follows it while the source still holds it. */
export function setQuote(draft: WorkingCopy, section: 'stances' | 'events', id: string, quote: string): void {
  const item = draft.story[section].find((s) => s.id === id);
  if (!item) return;
  item.quote = quote;
  if (typeof draft.story.meta.source.text !== 'string') return;
  const found = locateQuote(draft.story.meta.source.text ?? '', quote, draft.ranges[id]);
  if (found) draft.ranges[id] = found;
  else delete draft.ranges[id];
}

/**
 * The article's date changed: the items still dated by default at the old one
 * (a new stance starts "by" the article's date, a new event is on it) move to
 * the new one. Dates an author typed stay as they are.
 */
export function setPublished(draft: WorkingCopy, date: string): void {
  // Typed a key at a time, the date passes through forms that are not dates ("2017-03-0"): the items follow the last one that was.
  const old = draft.datedBy ?? draft.story.meta.source.published;
  draft.datedBy = old;
  draft.story.meta.source.published = date;
  if (old === date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
  draft.datedBy = date;
  for (const s of draft.story.stances) {
    if (s.start === old) s.start = date;
    else if (s.start === `${old} before`) s.start = `${date} before`;
  }
  for (const e of draft.story.events) if (e.date === old) e.date = date;
}
