import { LIKELY, type Suggestion, acceptActor, acceptPlace, acceptStance, dismiss, pending, restore, suggestionKey } from '../core/draft/acceptDraft.ts';
import type { Draft, StanceSuggestion } from '../core/draft/draftStory.ts';
import { PLACE_RULES, isPlaceRule, placedBy } from '../core/draft/placeRule.ts';
import { dateInWords } from '../core/dateWords.ts';
import { parseStoryDate } from '../core/dates.ts';
import { h, textButton } from '../dom/dom.ts';
import { createDraftReader } from './draftReader.ts';
import type { StudioState, StudioStore } from './studioStore.ts';
import type { WorkingCopy } from '../core/studio/workingCopy.ts';

// "Suggest from the text": a first draft read from the article, listed for
// the author to add or dismiss one by one. Nothing reaches the story (or the
// map) until it is added; what is dismissed stays dismissed when the text is
// read again, and can be brought back.

const VERB: Readonly<Record<string, string>> = { retaliates: 'retaliates against', concerned: 'is concerned about', cooperates: 'cooperates with' };

function stanceLine(s: StanceSuggestion, draft: Draft): string {
  const name = (id: string): string => draft.actors.find((a) => a.id === id)?.name ?? id;
  const date = parseStoryDate(s.start);
  return `${name(s.from)} ${VERB[s.type] ?? s.type} ${name(s.to)}${date.ok ? ` · ${dateInWords(date.date)}` : ''}`;
}

/** The sentence, the words that decided the type marked (as text: nothing from the article is markup). */
function quoteWithReason(s: StanceSuggestion, text: string): HTMLElement {
  const { start, end } = s.quote;
  const { start: a, end: b } = s.because;
  return h('blockquote', { class: 'suggestion__quote' }, [text.slice(start, a), h('mark', { text: text.slice(a, b) }), text.slice(b, end)]);
}

function describe(s: Suggestion, draft: Draft): string {
  if (s.kind === 'stance') return stanceLine(s.stance, draft);
  if (s.kind === 'actor') {
    const a = s.actor;
    const at = draft.places.find((p) => p.id === a.place)?.name;
    return [a.name, a.kind, a.role, at === undefined ? '' : `at ${at}`, a.alsoNamed.length > 0 ? `also named ${a.alsoNamed.join(', ')}` : ''].filter(Boolean).join(' · ');
  }
  const listed = s.place.listedAs === undefined ? '' : ` (listed as ${s.place.listedAs})`;
  return `${s.place.name}${listed}${s.place.ambiguous ? ` (${s.place.country ?? '?'}; also a place elsewhere: check)` : ''}`;
}

/** What a text gives reason to say before (or instead of) reading it. */
function textNotes(text: string, language: string): string[] {
  return [
    language !== 'en' && !language.startsWith('en-') ? 'Suggestions are for English: in other languages only places are found, by the gazetteer.' : '',
    /<[a-z][^>]*>/i.test(text) ? 'The text holds markup: open the page as .html to have it reduced to its words.' : '',
  ].filter((n) => n !== '');
}

/** `judged` runs Add or Dismiss, knowing the row it was pressed on. */
type Judge = (row: HTMLElement, run: () => void) => void;

/**
 * One suggestion, with Add (and, for a stance, Add and edit: its form opens)
 * and Dismiss, each with its key (aria-keyshortcuts, which onSuggestionKeys reads).
 */
function suggestionRow(s: Suggestion, d: Draft, text: string, store: StudioStore, judged: Judge): HTMLElement {
  const k = suggestionKey(s);
  const accept = (copy: WorkingCopy): string => {
    if (s.kind === 'stance') return acceptStance(copy, s.stance, d) ?? '';
    return s.kind === 'actor' ? acceptActor(copy, s.actor, d) : acceptPlace(copy, s.place);
  };
  const label = describe(s, d);
  const button = (name: string, shortcut: string, run: () => void, quiet: boolean): HTMLButtonElement => {
    const b = textButton(name, run, quiet ? 'button--quiet' : undefined);
    b.setAttribute('aria-label', `${name}: ${label}`);
    b.setAttribute('aria-keyshortcuts', shortcut);
    return b;
  };
  const buttons = [
    button('Add', 'A', () => { judged(row, () => { store.edit(`add ${s.kind}`, (copy) => { accept(copy); }); }); }, false),
    ...(s.kind === 'stance' ? [button('Add and edit', 'E', () => { store.create('add stance', accept, 'item'); }, true)] : []),
    button('Dismiss', 'D', () => { judged(row, () => { store.edit(`dismiss ${s.kind}`, (copy) => dismiss(copy, k)); }); }, true),
  ];
  const extra = s.kind === 'stance' ? [quoteWithReason(s.stance, text), h('p', { class: 'field__hint', text: `confidence ${s.stance.confidence}` })] : [];
  const row = h('li', { class: 'suggestion', attrs: { 'data-key': k } }, [h('p', { class: 'suggestion__what', text: label }), ...extra, h('div', { class: 'suggestion__actions' }, buttons)]);
  return row;
}

/** The suggestions a key can reach: not those folded away under "Less likely". */
const openRows = (lists: HTMLElement): HTMLElement[] =>
  [...lists.querySelectorAll<HTMLElement>('li.suggestion')].filter((r) => r.closest('details:not([open])') === null);

/** A, E and D act on the suggestion that holds the focus; the arrow keys move between suggestions. */
function onSuggestionKeys(lists: HTMLElement): void {
  lists.addEventListener('keydown', (e) => {
    const row = e.target instanceof HTMLElement ? e.target.closest('li.suggestion') : null;
    if (!row || e.ctrlKey || e.metaKey || e.altKey) return;
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    // A held key judges one suggestion, not each that comes after it.
    if (e.repeat && step === 0) return;
    const rows = openRows(lists);
    const letter = /^[a-z]$/i.test(e.key) ? e.key.toUpperCase() : '-';
    const target = step !== 0 ? rows[rows.indexOf(row as HTMLElement) + step]?.querySelector('button') : row.querySelector<HTMLButtonElement>(`button[aria-keyshortcuts="${letter}"]`);
    if (!target) return;
    e.preventDefault();
    if (step !== 0) target.focus();
    else target.click();
  });
}

/** Focus the suggestion that followed the one judged (by key: judging one may take others with it), else the one now at its place. */
function focusNext(lists: HTMLElement, next: { key: string | undefined; index: number }, fallback: HTMLElement): void {
  const rows = openRows(lists);
  const row = rows.find((r) => r.dataset.key === next.key) ?? rows[Math.min(next.index, rows.length - 1)];
  (row?.querySelector('button') ?? fallback).focus();
}

/** The author's choice of where suggested states are drawn, kept with the story being made. */
function placeRuleField(store: StudioStore): { el: HTMLElement; update(copy: WorkingCopy): void } {
  const select = h('select', { attrs: { id: 'suggest-place-rule' } }, PLACE_RULES.map((r) => h('option', { text: r.label, attrs: { value: r.rule } })));
  select.addEventListener('change', () => {
    const rule = select.value;
    if (isPlaceRule(rule)) store.edit('where suggested states are drawn', (c) => { c.placeRule = rule; });
  });
  const el = h('p', { class: 'field suggestions__rule' }, [h('label', { text: 'Draw states and their people ', attrs: { for: 'suggest-place-rule' } }), select]);
  return { el, update: (copy) => { select.value = copy.placeRule ?? 'capital'; } };
}

/** The dismissed suggestions, each with Restore. */
function renderDismissed(box: HTMLDetailsElement, list: HTMLElement, dismissed: readonly string[], store: StudioStore): void {
  const summary = box.querySelector('summary');
  if (summary) summary.textContent = `Dismissed (${dismissed.length})`;
  box.hidden = dismissed.length === 0;
  list.replaceChildren(...dismissed.map((k) => h('li', {}, [h('span', { text: k.replace(/^(\w+):/, '$1 ') }), textButton('Restore', () => store.edit('restore suggestion', (c) => restore(c, k)), 'button--quiet')])));
}

export function createSuggestionsPanel(store: StudioStore): { el: HTMLElement; update(state: StudioState): void } {
  const reader = createDraftReader();
  const status = h('p', { class: 'field__hint', attrs: { role: 'status' } });
  const lists = h('div', { class: 'suggestions__lists' });
  const dismissedList = h('ul', { class: 'suggestions__dismissed' });
  const dismissedBox = h('details', { class: 'suggestions__dismissed-box' }, [h('summary', {}), dismissedList]);
  let draft: Draft | undefined;
  let key = '';
  // The suggestion that follows the one being judged: it takes its place and the focus.
  let refocus: { key: string | undefined; index: number } | undefined;
  const judged: Judge = (row, run) => {
    const rows = openRows(lists);
    const i = rows.indexOf(row);
    refocus = { key: (rows[i + 1] ?? rows[i - 1])?.dataset.key, index: i };
    run();
    refocus = undefined;
  };
  const stop = textButton('Stop', () => { reader.stop(); stop.hidden = true; status.textContent = 'Stopped.'; });
  stop.hidden = true;
  const read = (): void => {
    const copy = store.get().history.present;
    const text = copy.story.meta.source.text ?? '';
    if (text.trim() === '') {
      status.textContent = 'Paste the article’s text first: suggestions are read from it.';
      return;
    }
    const reading = `Reading ${text.length.toLocaleString('en-US')} characters…`;
    status.textContent = reading;
    stop.hidden = false;
    const progress = (share: number): void => { status.textContent = `${reading} ${Math.round(share * 100)}%`; };
    reader.read(text, copy.story.meta.source.published, progress).then(({ draft: d, gazetteer }) => {
      draft = d;
      key = '';
      stop.hidden = true;
      const notes = [...textNotes(text, copy.story.meta.language), gazetteer ? '' : 'The place list did not load: only capitals are suggested as places.'];
      status.textContent = [`Read: ${d.stances.length} stances, ${d.actors.length} actors, ${d.places.length} places suggested.`, ...notes].filter(Boolean).join(' ');
      render(store.get());
    }, (e: unknown) => {
      stop.hidden = true;
      if (e instanceof Error && e.message === 'stopped') return;
      status.textContent = `The text could not be read: ${e instanceof Error ? e.message : String(e)}`;
    });
  };
  const render = (state: StudioState): void => {
    const copy = state.history.present;
    const rule = copy.placeRule ?? 'capital';
    const next = `${String(draft !== undefined)}|${rule}|${copy.story.stances.length}|${copy.story.actors.length}|${copy.story.places.length}|${(copy.dismissed ?? []).join()}`;
    if (next === key) return;
    key = next;
    ruleField.update(copy);
    // The rule is chosen with the suggestions it places in view.
    ruleField.el.hidden = draft === undefined;
    renderDismissed(dismissedBox, dismissedList, copy.dismissed ?? [], store);
    if (!draft) return;
    const d = placedBy(draft, rule);
    const left = pending(d, copy);
    const text = copy.story.meta.source.text ?? '';
    const list = (items: readonly Suggestion[]): HTMLElement => h('ul', { class: 'suggestions__list' }, items.map((s) => suggestionRow(s, d, text, store, judged)));
    const section = (title: string, items: readonly Suggestion[]): HTMLElement[] => (items.length === 0 ? [] : [h('h3', { class: 'panel__subtitle', text: `${title} (${items.length})` }), list(items)]);
    const stances = left.filter((s) => s.kind === 'stance');
    const unlikely = stances.filter((s) => s.stance.confidence < LIKELY);
    lists.replaceChildren(
      ...section('Stances', stances.filter((s) => s.stance.confidence >= LIKELY)),
      ...(unlikely.length === 0 ? [] : [h('details', { class: 'suggestions__unlikely' }, [h('summary', { text: `Less likely stances (${unlikely.length})` }), list(unlikely)])]),
      ...section('Actors', left.filter((s) => s.kind === 'actor')), ...section('Places', left.filter((s) => s.kind === 'place')),
    );
    if (refocus !== undefined) focusNext(lists, refocus, readButton);
  };
  const readButton = textButton('Suggest from the text', read, 'suggestions__read');
  const ruleField = placeRuleField(store);
  onSuggestionKeys(lists);
  const el = h('section', { class: 'suggestions', attrs: { 'aria-label': 'Suggestions from the text' } }, [
    h('h2', { class: 'panel__title', text: 'Suggestions from the text' }),
    h('div', { class: 'suggestions__head' }, [readButton, stop]),
    h('p', { class: 'field__hint', text: 'A first draft read from the article: nothing is added to the story until you add it. On a suggestion, A adds it, E adds a stance and opens its form, D dismisses it; ↑ and ↓ move between them.' }),
    ruleField.el, status, lists, dismissedBox,
  ]);
  return { el, update: render };
}
