import { type Adapter, isFirst } from '../core/state/adapter.ts';
import { dateInWords, dayInWords, spanInWords } from '../core/dateWords.ts';
import { stanceSentence } from '../core/features/stanceFeatures.ts';
import { type Frame, type FrameChange } from '../core/frame.ts';
import type { EventNode, StanceNode } from '../core/model.ts';
import { nextPagePhrase } from '../core/phrases.ts';
import { h, setAttr, setText, syncChildren } from '../dom/dom.ts';
import { stanceSwatch } from './stanceSwatch.ts';

// The text view of the frame: every event and stance at the current date,
// each naming who, what, to whom and when, with the quote on demand. It is the
// accessible alternative to the arrows, and selecting an entry selects the
// same thing on the map.

/** Entries drawn at once; the rest come with "Show more", so a huge story never floods the page. */
export const LIST_PAGE = 150;

function quoteDetails(quote: string): HTMLElement {
  return h('details', { class: 'entry__quote' }, [
    h('summary', { text: 'Quote' }),
    h('blockquote', {}, [h('p', { text: quote })]),
  ]);
}

/** An entry's button; its presses are heard by the list (one listener, whichever list the entry is in now). */
function selectButton(id: string, label: Node[]): HTMLButtonElement {
  return h('button', { class: 'entry__select', attrs: { type: 'button', 'aria-pressed': 'false', 'data-id': id } }, label);
}

function stanceEntry(node: StanceNode): HTMLLIElement {
  return h('li', { class: 'entry entry--stance', attrs: { 'data-id': node.stance.id } }, [
    selectButton(node.stance.id, [stanceSwatch(node.style, 30), h('span', { text: stanceSentence(node) })]),
    h('span', { class: 'entry__when', text: spanInWords(node.start, node.end) }),
    h('span', { class: 'entry__badge', text: 'new' }),
    quoteDetails(node.stance.quote),
  ]);
}

function eventEntry(node: EventNode): HTMLLIElement {
  return h('li', { class: 'entry entry--event', attrs: { 'data-id': node.event.id } }, [
    selectButton(node.event.id, [h('span', { text: node.event.title })]),
    h('span', { class: 'entry__when', text: dateInWords(node.date) }),
    quoteDetails(node.event.quote),
  ]);
}

/**
 * Entries already made, by id, with what they were made from. The studio's
 * preview hands the same one to each version's list, so an entry whose stance
 * or event is the same object (immer keeps what an edit did not touch), with
 * the same words, is not made again.
 */
export type ListEntries = Map<string, { readonly from: object; readonly words: string; readonly el: HTMLLIElement }>;

/** Each entry, made once for what it shows. */
function entryMaker(made: ListEntries): { readonly stanceItem: (s: StanceNode) => HTMLLIElement; readonly eventItem: (e: EventNode) => HTMLLIElement } {
  const entry = (id: string, from: object, words: string, make: () => HTMLLIElement): HTMLLIElement => {
    const known = made.get(id);
    if (known?.from === from && known.words === words) return known.el;
    const el = make();
    made.set(id, { from, words, el });
    return el;
  };
  return {
    // A stance's own fields are in its object; the names at its ends are the actors'.
    stanceItem: (s) => entry(s.stance.id, s.stance, stanceSentence(s), () => stanceEntry(s)),
    eventItem: (e) => entry(e.event.id, e.event, '', () => eventEntry(e)),
  };
}

export function createStoryList(container: HTMLElement, select: (id: string) => void, made: ListEntries = new Map()): Adapter {
  const heading = h('h2', { class: 'list__title', attrs: { id: 'list-title' } });
  const summary = h('p', { class: 'list__summary' });
  const nowList = h('ul', { class: 'list__items', attrs: { 'aria-label': 'Events at this date' } });
  const pastList = h('ul', { class: 'list__items' });
  const pastCount = h('span');
  const pastMore = h('button', { class: 'list__more linklike', attrs: { type: 'button' } });
  const past = h('details', { class: 'list__past' }, [h('summary', {}, [pastCount]), pastList, pastMore]);
  const stanceList = h('ul', { class: 'list__items', attrs: { 'aria-label': 'Stances at this date' } });
  const ended = h('p', { class: 'list__ended' });
  const more = h('button', { class: 'list__more linklike', attrs: { type: 'button' } });
  let limit = LIST_PAGE;
  let pastLimit = LIST_PAGE;
  let last: { frame: Frame; change: FrameChange; selected: string } | undefined;
  past.addEventListener('toggle', () => {
    if (last) render(last.frame, last.change, last.selected);
  });
  pastMore.addEventListener('click', () => {
    pastLimit += LIST_PAGE;
    if (last) render(last.frame, last.change, last.selected);
  });
  more.addEventListener('click', () => {
    limit += LIST_PAGE;
    if (last) render(last.frame, last.change, last.selected);
  });
  const section = h('section', { class: 'list', attrs: { 'aria-labelledby': 'list-title' } }, [
    heading, summary,
    h('h3', { class: 'list__subhead', text: 'Now' }), nowList, past,
    h('h3', { class: 'list__subhead', text: 'Stances' }), ended, stanceList, more,
  ]);
  section.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLElement>('.entry__select') : null;
    if (button?.dataset.id) select(button.dataset.id);
  });
  container.replaceChildren(section);

  const noEvent = h('li', { class: 'list__empty', text: 'No event on this date.' });
  const { stanceItem, eventItem } = entryMaker(made);
  const mark = (el: HTMLLIElement, id: string, selected: string, classes: Record<string, boolean>): HTMLLIElement => {
    const button = el.querySelector('.entry__select');
    const pressed = String(id === selected);
    // Unchanged attributes are left alone: any write restyles the entry.
    if (button) setAttr(button, 'aria-pressed', pressed);
    el.classList.toggle('entry--selected', id === selected);
    for (const [name, on] of Object.entries(classes)) el.classList.toggle(name, on);
    return el;
  };

  function render(frame: Frame, change: FrameChange, selected: string): void {
    last = { frame, change, selected };
    setText(heading, dayInWords(frame.t));
    const n = frame.stances.length;
    setText(summary, `${n} ${n === 1 ? 'stance' : 'stances'}, ${frame.current.length} ${frame.current.length === 1 ? 'event' : 'events'} at this date`);
    syncChildren(nowList, frame.current.length === 0 ? [noEvent] : frame.current.map((e) => mark(eventItem(e), e.event.id, selected, {})));
    setText(pastCount, `Earlier events (${frame.past.length})`);
    past.hidden = frame.past.length === 0;
    // Closed by default and possibly thousands long: drawn only when open, a page at a time.
    if (past.open) syncChildren(pastList, frame.past.slice(-pastLimit).reverse().map((e) => mark(eventItem(e), e.event.id, selected, {})));
    const added = new Set(change.added);
    const shown = frame.stances.slice(0, limit);
    syncChildren(stanceList, shown.map((s) => mark(stanceItem(s), s.stance.id, selected, {
      'entry--new': added.has(s.stance.id),
      'entry--dim': frame.dimmed.has(s.stance.id),
    })));
    setText(ended, change.removed.length > 0 ? `Ended or hidden since the last step: ${change.removed.length}` : '');
    ended.hidden = change.removed.length === 0;
    more.hidden = n <= limit;
    setText(more, nextPagePhrase('more', n - limit, LIST_PAGE));
    const earlier = frame.past.length - pastLimit;
    pastMore.hidden = !past.open || earlier <= 0;
    setText(pastMore, nextPagePhrase('earlier', earlier, LIST_PAGE));
  }

  return {
    update(state, previous, step) {
      if (isFirst(state, previous) || step.frame !== step.previous || state.selected !== previous.selected) render(step.frame, step.change, state.selected);
    },
  };
}
