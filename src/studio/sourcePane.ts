import type { TextRange } from '../core/studio/quoteRanges.ts';
import { h, textButton } from '../dom/dom.ts';
import type { StudioState } from './studioStore.ts';

// The article's text, where quotes are made: select words, then "New stance"
// (or Ctrl+Enter) or "New event" (Ctrl+Shift+Enter). Every quote's words are
// highlighted behind the text, and the caret in one of them opens its item.
// The text is a plain textarea: pasted HTML stays text.

export interface SourcePane {
  readonly el: HTMLElement;
  update(state: StudioState): void;
  /** Selects a quote's words in the text and brings them into view. */
  reveal(range: TextRange): void;
}

export interface SourceActions {
  readonly setText: (text: string) => void;
  readonly newStance: (range: TextRange) => void;
  readonly newEvent: (range: TextRange) => void;
  /** The caret is inside this quote's words. */
  readonly caretIn: (id: string) => void;
  readonly openFile: () => void;
  readonly settle: () => void;
}

/** The text with each range wrapped in a mark, for the layer behind the textarea. */
function highlighted(text: string, ranges: readonly (readonly [string, TextRange])[], selected: string): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const [id, r] of [...ranges].sort((a, b) => a[1].start - b[1].start)) {
    if (r.start < at || r.end > text.length) continue;
    nodes.push(document.createTextNode(text.slice(at, r.start)));
    nodes.push(h('mark', { class: id === selected ? 'source__quote is-selected' : 'source__quote', text: text.slice(r.start, r.end), attrs: { 'data-start': String(r.start) } }));
    at = r.end;
  }
  // A final line break would be dropped by the layout: a space keeps the last line's height.
  nodes.push(document.createTextNode(`${text.slice(at)} `));
  return nodes;
}

export function createSourcePane(actions: SourceActions, signal: AbortSignal): SourcePane {
  const text = h('textarea', { class: 'source__text', attrs: { id: 'source-text', spellcheck: 'false', placeholder: 'Paste the article’s text here, or open a .txt or .html file.' } });
  const backdrop = h('div', { class: 'source__backdrop', attrs: { 'aria-hidden': 'true' } });
  const selection = (): TextRange | undefined => (text.selectionEnd > text.selectionStart ? { start: text.selectionStart, end: text.selectionEnd } : undefined);
  const stanceButton = textButton('New stance', () => { const r = selection(); if (r) actions.newStance(r); }, 'source__make');
  const eventButton = textButton('New event', () => { const r = selection(); if (r) actions.newEvent(r); }, 'source__make');
  stanceButton.setAttribute('aria-keyshortcuts', 'Control+Enter');
  eventButton.setAttribute('aria-keyshortcuts', 'Control+Shift+Enter');
  const hint = h('p', { class: 'field__hint', attrs: { id: 'source-hint' }, text: 'Select words, then New stance (Ctrl+Enter) or New event (Ctrl+Shift+Enter): the words become its quote.' });
  const problems = h('ul', { class: 'field__problems', attrs: { id: 'source-problems' } });
  text.setAttribute('aria-describedby', 'source-hint source-problems');
  let ranges: readonly (readonly [string, TextRange])[] = [];
  const buttonsFollowSelection = (): void => {
    const none = selection() === undefined;
    stanceButton.disabled = none;
    eventButton.disabled = none;
  };
  text.addEventListener('input', () => actions.setText(text.value), { signal });
  text.addEventListener('blur', () => actions.settle(), { signal });
  text.addEventListener('scroll', () => { backdrop.scrollTop = text.scrollTop; }, { signal });
  document.addEventListener('selectionchange', buttonsFollowSelection, { signal });
  text.addEventListener('select', buttonsFollowSelection, { signal });
  text.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
    const r = selection();
    if (!r) return;
    e.preventDefault();
    if (e.shiftKey) actions.newEvent(r);
    else actions.newStance(r);
  }, { signal });
  // The caret put in a quote's words, by a click or by the arrow keys, opens its item.
  let lastHit = '';
  const caretMoved = (): void => {
    if (selection()) return;
    const at = text.selectionStart;
    const hit = ranges.find(([, r]) => at >= r.start && at <= r.end)?.[0] ?? '';
    if (hit !== '' && hit !== lastHit) actions.caretIn(hit);
    lastHit = hit;
  };
  text.addEventListener('click', () => { lastHit = ''; caretMoved(); }, { signal });
  text.addEventListener('keyup', (e) => { if (/^(Arrow|Home|End|Page)/.test(e.key)) caretMoved(); }, { signal });
  buttonsFollowSelection();
  const el = h('section', { class: 'source', attrs: { 'aria-label': 'The article' } }, [
    h('div', { class: 'source__head' }, [h('label', { class: 'field__label', text: 'Source text', attrs: { for: 'source-text' } }), textButton('Open a text file…', actions.openFile, 'source__open')]),
    h('div', { class: 'source__box' }, [backdrop, text]),
    problems,
    hint,
    h('div', { class: 'source__actions' }, [stanceButton, eventButton]),
  ]);
  let drawn = '';
  return {
    el,
    update(state) {
      const copy = state.history.present;
      const value = copy.story.meta.source.text ?? '';
      if (text.value !== value && !(document.activeElement === text && (state.cause === 'edit' || state.cause === 'typing'))) text.value = value;
      ranges = Object.entries(copy.ranges);
      const key = `${state.selected}:${JSON.stringify(copy.ranges)}:${text.value}`;
      if (key !== drawn) {
        drawn = key;
        backdrop.replaceChildren(...highlighted(text.value, ranges, state.selected));
        backdrop.scrollTop = text.scrollTop;
      }
      buttonsFollowSelection();
      const messages = state.problems.at('meta.source.text');
      if (messages.join('\n') !== [...problems.children].map((li) => li.textContent).join('\n')) problems.replaceChildren(...messages.map((m) => h('li', { text: m })));
      if (messages.length > 0) text.setAttribute('aria-invalid', 'true');
      else text.removeAttribute('aria-invalid');
    },
    reveal(range) {
      text.focus();
      text.setSelectionRange(range.start, range.end);
      // The layer behind lays the text out as the textarea does: its mark says where the words are.
      const mark = backdrop.querySelector<HTMLElement>(`[data-start="${range.start}"]`);
      if (mark) text.scrollTop = Math.max(0, mark.offsetTop - text.clientHeight / 3);
      backdrop.scrollTop = text.scrollTop;
    },
  };
}
