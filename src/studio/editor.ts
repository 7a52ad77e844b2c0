import type { Story } from '../core/schema/story.schema.ts';
import { addEvent, addStance } from '../core/studio/items.ts';
import { type History, nextLabels } from '../core/studio/history.ts';
import { type WorkingCopy, setSourceText } from '../core/studio/workingCopy.ts';
import type { ValidationError } from '../core/validation/errors.ts';
import { h, textButton } from '../dom/dom.ts';
import { createActorsPanel } from './actorsPanel.ts';
import type { SaveStatus } from './autosave.ts';
import { refill } from './fields.ts';
import { createItemsPanel } from './itemsPanel.ts';
import { chooseFile, readArticleFile } from './openFiles.ts';
import { type MapAccess, createPlacesPanel } from './placesPanel.ts';
import { type PreviewNow, createScenesPanel } from './scenesPanel.ts';
import { createSuggestionsPanel } from './suggestionsPanel.ts';
import { type SourcePane, createSourcePane } from './sourcePane.ts';
import { createArticleFields, createStoryPanel } from './storyPanel.ts';
import { type StudioState, type StudioStore, type Tab, createStudioStore } from './studioStore.ts';

// The studio's editor: the bar (save status, undo, redo, download), the
// article's text, and the panels, all following one studio store. Each change
// is saved, checked, and shown in the preview.

export interface EditorHost extends MapAccess, PreviewNow {
  /** Shows what can be drawn of the story; false when nothing can. */
  readonly preview: (story: Story, problems: readonly ValidationError[]) => boolean;
  readonly save: (history: History<WorkingCopy>) => void;
  readonly download: (copy: WorkingCopy) => void;
  readonly downloadSheets: (copy: WorkingCopy) => void;
  readonly startOver: () => void;
  /** What opening the file could not keep. */
  readonly notes: readonly string[];
  /** A copy not yet in this browser's storage (new, or opened from a file) is saved at once; one continued is saved at its first change. */
  readonly unsaved: boolean;
  /** The checker, the CLI's own. */
  readonly validate: (input: unknown) => readonly ValidationError[];
}

interface Part { readonly el: HTMLElement; update(state: StudioState): void }

const TABS: readonly [Tab, string][] = [['story', 'Story'], ['item', 'Stances and events'], ['actors', 'Actors'], ['places', 'Places'], ['scenes', 'Scenes'], ['suggest', 'Suggestions']];

/** How long typing must pause before the preview follows it. */
const TYPING_PAUSE_MS = 200;

function statusText(s: SaveStatus): string {
  if (s.kind === 'failed') return s.message;
  return s.kind === 'saved' ? 'Saved in this browser' : 'Saving…';
}

/** Undo, Redo, Download and the choice to keep the article's text in the file. */
function createBar(store: StudioStore, host: EditorHost): Part {
  const undoButton = textButton('Undo', () => store.undo());
  const redoButton = textButton('Redo', () => store.redo());
  undoButton.setAttribute('aria-keyshortcuts', 'Control+Z');
  redoButton.setAttribute('aria-keyshortcuts', 'Control+Shift+Z Control+Y');
  const keepText = h('input', { attrs: { type: 'checkbox', id: 'keep-text' } });
  keepText.addEventListener('change', () => store.edit('keep the article in the file', (d) => { d.keepText = keepText.checked; }));
  const el = h('div', { class: 'studio__bar' }, [
    h('h1', { class: 'studio__name', text: 'Story studio' }),
    undoButton, redoButton,
    textButton('Download', () => host.download(store.get().history.present), 'studio__download'),
    textButton('Sheets (.zip)', () => host.downloadSheets(store.get().history.present), 'button--quiet studio__sheets'),
    h('span', { class: 'field--check studio__keep' }, [keepText, h('label', { text: 'with the article’s text', attrs: { for: 'keep-text' } })]),
    textButton('Stories…', () => host.startOver(), 'button--quiet'),
  ]);
  return {
    el,
    update(state) {
      const labels = nextLabels(state.history);
      undoButton.disabled = labels.undo === '';
      redoButton.disabled = labels.redo === '';
      undoButton.title = labels.undo ? `Undo: ${labels.undo}` : 'Nothing to undo';
      redoButton.title = labels.redo ? `Redo: ${labels.redo}` : 'Nothing to redo';
      keepText.checked = state.history.present.keepText !== false;
    },
  };
}

function createSource(store: StudioStore, say: (text: string) => void, signal: AbortSignal): SourcePane {
  return createSourcePane({
    setText: (text) => store.edit('source text', (d) => setSourceText(d, text), 'source-text'),
    newStance: (range) => { store.create('new stance', (d) => addStance(d, range)); },
    newEvent: (range) => { store.create('new event', (d) => addEvent(d, range)); },
    caretIn: (id) => store.select(id, 'item'),
    openFile: () => void chooseFile('.txt,.html,.htm,text/plain,text/html').then(async (file) => {
      if (!file) return;
      const read = await readArticleFile(file);
      if (read.ok) store.edit('open article', (d) => setSourceText(d, read.text));
      else say(read.message);
    }),
    settle: () => store.settle(),
  }, signal);
}

/** The tabs and their panels; only the panel shown is kept up to date. */
function createPanels(store: StudioStore, host: EditorHost, reveal: (id: string) => void): Part {
  const panels: Record<Tab, Part> = {
    story: createStoryPanel(store),
    item: createItemsPanel(store, reveal),
    actors: createActorsPanel(store),
    places: createPlacesPanel(store, host),
    scenes: createScenesPanel(store, host),
    suggest: createSuggestionsPanel(store),
  };
  const tabs = TABS.map(([tab, label]) => ({ tab, b: textButton(label, () => store.show(tab), 'studio__tab') }));
  const el = h('div', {}, [
    h('nav', { class: 'studio__tabs', attrs: { 'aria-label': 'Parts of the story' } }, tabs.map((t) => t.b)),
    h('div', { class: 'studio__panel' }, Object.values(panels).map((p) => p.el)),
  ]);
  return {
    el,
    update(state) {
      for (const { tab, b } of tabs) b.setAttribute('aria-pressed', String(tab === state.tab));
      for (const [tab, panel] of Object.entries(panels) as [Tab, Part][]) {
        panel.el.hidden = tab !== state.tab;
        if (tab === state.tab) panel.update(state);
      }
    },
  };
}

function problemsText(n: number, drawn: boolean): string {
  if (n === 0) return 'No problems: the file will pass the checker.';
  return `${n} ${n === 1 ? 'problem' : 'problems'} to fix, shown at their fields. ${drawn ? 'The preview leaves out unfinished items.' : 'The preview waits until the story’s details (its title, language and the article’s date) can be drawn.'}`;
}

/** Every problem with its path, as the CLI prints it (problems at a whole item, or in a part no form shows, are found here). */
function createAllProblems(): Part {
  const list = h('ul', { class: 'all-problems__list' });
  const summary = h('summary', {});
  const el = h('details', { class: 'all-problems' }, [summary, list]);
  let key = '';
  return {
    el,
    update(state) {
      const all = state.problems.all;
      el.hidden = all.length === 0;
      const next = all.map((e) => `${e.path}: ${e.message}`).join('\n');
      if (next === key) return;
      key = next;
      summary.textContent = `All problems, as the checker prints them (${all.length})`;
      list.replaceChildren(...all.map((e) => h('li', { text: `${e.path}: ${e.message}` })));
    },
  };
}

export function createEditor(shell: HTMLElement, history: History<WorkingCopy>, host: EditorHost, signal: AbortSignal): { status(s: SaveStatus): void } {
  const store = createStudioStore(history, host.validate);
  // Not a live region: "Saving…" on every key would drown a screen reader; a failure is an alert.
  const status = h('p', { class: 'studio__status', text: 'Saved in this browser' });
  const failure = h('p', { class: 'studio__status is-failed', attrs: { role: 'alert' } });
  const allProblems = createAllProblems();
  const problemsNote = h('p', { class: 'studio__problems', attrs: { role: 'status' } });
  const source = createSource(store, (text) => { problemsNote.textContent = text; }, signal);
  const reveal = (id: string): void => {
    const range = store.get().history.present.ranges[id];
    if (range) source.reveal(range);
  };
  const bar = createBar(store, host);
  const panels = createPanels(store, host, reveal);
  const article = createArticleFields(store);
  const notes = h('ul', { class: 'studio__notes', attrs: { role: 'alert' } }, host.notes.map((n) => h('li', { text: n })));
  notes.hidden = host.notes.length === 0;
  shell.replaceChildren(bar.el, h('div', { class: 'studio__state' }, [status, failure, problemsNote, allProblems.el]), notes, h('div', { class: 'studio__article' }, [article.el]), source.el, panels.el);

  let frame = 0;
  let pause: ReturnType<typeof setTimeout> | undefined;
  const render = (state: StudioState, previous?: StudioState): void => {
    refill(state.cause === 'edit' || state.cause === 'typing', () => {
      source.update(state);
      article.update(state);
      panels.update(state);
    });
    bar.update(state);
    // A story just opened is saved before its first edit, so it survives a reload.
    if (previous ? state.history.present !== previous.history.present : host.unsaved) host.save(state.history);
    allProblems.update(state);
    const { story } = state.history.present;
    if (previous && story === previous.history.present.story) return;
    // A choice shows in the next frame; typing, once the author pauses, so no key press waits for the map.
    cancelAnimationFrame(frame);
    clearTimeout(pause);
    const preview = (): void => { problemsNote.textContent = problemsText(state.problems.all.length, host.preview(story, state.problems.all)); };
    if (state.cause === 'typing') pause = setTimeout(() => { frame = requestAnimationFrame(preview); }, TYPING_PAUSE_MS);
    else frame = requestAnimationFrame(preview);
  };
  store.subscribe(render);
  render(store.get());
  document.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key !== 'z' && key !== 'y') return;
    // Boxes that are not the story (the place search, a new actor's name) keep the browser's own undo while they hold text.
    if (e.target instanceof HTMLInputElement && e.target.hasAttribute('data-own-undo') && e.target.value !== '') return;
    // The studio's undo, in every field too: one history, whatever has focus.
    e.preventDefault();
    if (key === 'y' || e.shiftKey) store.redo();
    else store.undo();
  }, { signal });
  return {
    status: (s) => {
      status.textContent = s.kind === 'failed' ? '' : statusText(s);
      failure.textContent = s.kind === 'failed' ? s.message : '';
    },
  };
}
