import { type Suggestion, acceptActor, acceptPlace, acceptStance, dismiss, pending, restore, suggestionKey } from '../core/draft/acceptDraft.ts';
import type { Draft, StanceSuggestion } from '../core/draft/draftStory.ts';
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
    return [a.name, a.kind, a.role, a.alsoNamed.length > 0 ? `also named ${a.alsoNamed.join(', ')}` : ''].filter(Boolean).join(' · ');
  }
  return `${s.place.name}${s.place.ambiguous ? ` (${s.place.country ?? '?'}; also a place elsewhere: check)` : ''}`;
}

/** What a text gives reason to say before (or instead of) reading it. */
function textNotes(text: string, language: string): string[] {
  return [
    language !== 'en' && !language.startsWith('en-') ? 'Suggestions are for English: in other languages only places are found, by the gazetteer.' : '',
    /<[a-z][^>]*>/i.test(text) ? 'The text holds markup: open the page as .html to have it reduced to its words.' : '',
  ].filter((n) => n !== '');
}

/** One suggestion, with Add (and, for a stance, Add and edit: its form opens) and Dismiss; `acted` hears either. */
function suggestionRow(s: Suggestion, d: Draft, text: string, store: StudioStore, acted: () => void): HTMLElement {
  const k = suggestionKey(s);
  const accept = (copy: WorkingCopy): string => {
    if (s.kind === 'stance') return acceptStance(copy, s.stance, d) ?? '';
    return s.kind === 'actor' ? acceptActor(copy, s.actor, d) : acceptPlace(copy, s.place);
  };
  const add = textButton('Add', () => { acted(); store.edit(`add ${s.kind}`, (copy) => { accept(copy); }); });
  const drop = textButton('Dismiss', () => { acted(); store.edit(`dismiss ${s.kind}`, (copy) => dismiss(copy, k)); }, 'button--quiet');
  const label = describe(s, d);
  add.setAttribute('aria-label', `Add: ${label}`);
  drop.setAttribute('aria-label', `Dismiss: ${label}`);
  const buttons: HTMLElement[] = [add, drop];
  if (s.kind === 'stance') {
    const edit = textButton('Add and edit', () => { store.create('add stance', accept, 'item'); }, 'button--quiet');
    edit.setAttribute('aria-label', `Add and edit: ${label}`);
    buttons.splice(1, 0, edit);
  }
  const extra = s.kind === 'stance' ? [quoteWithReason(s.stance, text), h('p', { class: 'field__hint', text: `confidence ${s.stance.confidence}` })] : [];
  return h('li', { class: 'suggestion' }, [h('p', { class: 'suggestion__what', text: label }), ...extra, h('div', { class: 'suggestion__actions' }, buttons)]);
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
  // The button pressed goes with its row: focus moves on to the next suggestion, not to the page.
  let refocus = false;
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
    const next = `${String(draft !== undefined)}|${copy.story.stances.length}|${copy.story.actors.length}|${copy.story.places.length}|${(copy.dismissed ?? []).join()}`;
    if (next === key) return;
    key = next;
    const d = draft;
    renderDismissed(dismissedBox, dismissedList, copy.dismissed ?? [], store);
    if (!d) return;
    const left = pending(d, copy);
    const text = copy.story.meta.source.text ?? '';
    const section = (title: string, kind: Suggestion['kind']): HTMLElement[] => {
      const items = left.filter((s) => s.kind === kind);
      return items.length === 0 ? [] : [h('h3', { class: 'panel__subtitle', text: `${title} (${items.length})` }), h('ul', { class: 'suggestions__list' }, items.map((s) => suggestionRow(s, d, text, store, () => { refocus = true; })))];
    };
    lists.replaceChildren(...section('Stances', 'stance'), ...section('Actors', 'actor'), ...section('Places', 'place'));
    if (refocus) (lists.querySelector('button') ?? readButton).focus();
    refocus = false;
  };
  const readButton = textButton('Suggest from the text', read, 'suggestions__read');
  const el = h('section', { class: 'suggestions', attrs: { 'aria-label': 'Suggestions from the text' } }, [
    h('div', { class: 'suggestions__head' }, [readButton, stop]),
    h('p', { class: 'field__hint', text: 'A first draft read from the article: nothing is added to the story until you add it.' }),
    status, lists, dismissedBox,
  ]);
  return { el, update: render };
}
