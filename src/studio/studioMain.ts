import exampleUrl from '../../data/thaad-2017.json?url';
import { buildModel } from '../core/model.ts';
import { storyFile, storyFileName } from '../core/studio/download.ts';
import { editableStory } from '../core/studio/editable.ts';
import { historyOf } from '../core/studio/history.ts';
import { previewable } from '../core/studio/previewable.ts';
import { type WorkingCopy, blankStory, workingCopyOf } from '../core/studio/workingCopy.ts';
import { checkDataUrl, parseAllowedOrigins } from '../core/dataUrl.ts';
import { byId, h } from '../dom/dom.ts';
import { fetchStoryText } from '../loader/fetchStory.ts';
import { type Preview, createPreview } from '../mount/preview.ts';
import { mountPreviewHook } from '../mount/previewHook.ts';
import type { PreviewNow } from './scenesPanel.ts';
import { dayToIso } from '../core/dates.ts';
import { type Draft, type SaveStatus, createAutosave, currentDraft, draftById as get, removeDraft, savedDrafts } from './autosave.ts';
import { chooseFiles, readJsonFile } from './openFiles.ts';
import { OPEN_ACCEPT, type Opened, droppedItems, storyFileOf } from '../dom/droppedFiles.ts';
import type { Validate } from '../core/sheets/importSheets.ts';
import { renderStart } from './startScreen.ts';
import { createEditor } from './editor.ts';
import './studio.css';

// The studio (?mode=edit): a working copy edited beside the real renderer.
// This module and everything it imports load only in this mode.

const root = document.documentElement;
/** The work an edit costs the page once the preview follows it (docs/performance.md). */
export const STUDIO_PREVIEW_MEASURE = 'stancemap:studio-preview';

const today = (): string => new Date().toISOString().slice(0, 10);
const newDraftId = (): string => `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

function save(blob: Blob, name: string): void {
  const a = h('a', { attrs: { href: URL.createObjectURL(blob), download: name } });
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

function download(copy: WorkingCopy): void {
  const schemaUrl = new URL('stancemap.schema.json', new URL('./', window.location.href)).href;
  save(new Blob([storyFile(copy.story, { schemaUrl, keepText: copy.keepText !== false })], { type: 'application/json' }), storyFileName(copy.story));
}

/** The story as sheets in a .zip, the article's text in it as the author chose for the story file. */
async function downloadSheets(copy: WorkingCopy): Promise<void> {
  const { sheetsZip } = await import('../loader/openSheets.ts');
  const source = { ...copy.story.meta.source };
  if (copy.keepText === false) delete source.text;
  const story = { ...copy.story, meta: { ...copy.story.meta, source } };
  save(sheetsZip(story, new Date()), storyFileName(copy.story).replace(/\.json$/, '-sheets.zip'));
}

/** Sheets as a working copy: what the forms cannot show (cells not read, unknown columns, missing files) is said in `notes`. */
async function copyFromSheets(opened: Opened, validate: Validate): Promise<{ copy: WorkingCopy; notes: string[] }> {
  const { sheetsForStudio } = await import('../loader/openSheets.ts');
  const read = await sheetsForStudio(opened, validate);
  const { story, notes } = editableStory(read.value, today());
  return { copy: workingCopyOf(story), notes: [...read.notes, ...notes] };
}

/** The preview's date, the map's view and the selection, for a new scene. */
function previewNow(preview: Preview): ReturnType<PreviewNow['now']> {
  const state = preview.state();
  const map = preview.map();
  if (!state) return undefined;
  const c = map?.getCenter();
  const view = map && c ? { center: [Math.round(c.lng * 1e3) / 1e3, Math.round(c.lat * 1e3) / 1e3] as [number, number], zoom: Math.max(0, Math.round(map.getZoom() * 100) / 100) } : undefined;
  return { date: dayToIso(state.t), ...(view ? { view } : {}), focus: state.selected ? [state.selected] : [] };
}

const ALLOWED_ORIGINS = parseAllowedOrigins(import.meta.env.VITE_STANCEMAP_DATA_ORIGINS as string | undefined);

/** A story file's text from an address, as a working copy (what could not be kept is said in `notes`). */
async function copyFromUrl(url: URL): Promise<{ copy: WorkingCopy; notes: string[] }> {
  const text = await fetchStoryText(url);
  if (!text.ok) throw new Error(text.message);
  const { story, notes } = editableStory(JSON.parse(text.text.replace(/^\uFEFF/, '')) as unknown, today());
  return { copy: workingCopyOf(story), notes };
}

/** The story file the address names with ?data= (as explore would open it), if it is one the studio may read. */
function storyOnThePage(): URL | undefined {
  const param = new URLSearchParams(window.location.search).get('data');
  if (param === null) return undefined;
  const checked = checkDataUrl(param, window.location.href, ALLOWED_ORIGINS);
  return checked.ok ? checked.url : undefined;
}

/** What was picked or dropped as a working copy: a story file, or sheets. */
function copyFromOpened(opened: Opened, validate: Validate): { label: string; copy: Promise<{ copy: WorkingCopy; notes: string[] }> } | undefined {
  const file = storyFileOf(opened);
  if (!file) return opened.files.length + opened.folders.length > 0 ? { label: 'The sheets', copy: copyFromSheets(opened, validate) } : undefined;
  return {
    label: file.name,
    copy: readJsonFile(file).then((read) => {
      if (!read.ok) throw new Error(read.message);
      const { story, notes } = editableStory(read.value, today());
      return { copy: workingCopyOf(story), notes };
    }),
  };
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The preview's test hook (docs/architecture.md), on `?mode=edit&preview-test`:
 * the story of `?data=` (or the example) shown through the preview alone, for
 * the browser tests and the benchmark. Here rather than on explore's page: a
 * hook there would make the preview a chunk shared by two, and split modules
 * out of explore's first chunk.
 */
async function startPreviewTest(): Promise<void> {
  const { copy } = await copyFromUrl(storyOnThePage() ?? new URL(exampleUrl, window.location.href));
  await mountPreviewHook(buildModel(copy.story), new AbortController().signal);
  root.dataset.state = 'ready';
}

export async function startStudio(): Promise<void> {
  if (new URLSearchParams(window.location.search).has('preview-test')) return startPreviewTest();
  // The checker from the chunk explore loads it in: shared as it is, the modules it shares with
  // the first page would be split out of that page's own chunk, and explore's first load would grow.
  const { validateStory } = await import('../core/validation/readStoryText.ts');
  root.dataset.mode = 'edit';
  document.title = 'Story studio · stancemap';
  document.body.classList.add('studio-page');
  const shell = h('div', { class: 'studio', attrs: { id: 'studio' } });
  byId('app').before(shell);
  const preview = createPreview(new AbortController().signal);
  let session: { stop: AbortController; flush: () => Promise<void> } | undefined;

  const open = (draftId: string, copy: WorkingCopy, notes: readonly string[] = [], draft?: Draft): void => {
    session?.stop.abort();
    root.dataset.studio = 'edit';
    shell.setAttribute('role', 'region');
    shell.setAttribute('aria-label', 'Story studio');
    const stop = new AbortController();
    let showStatus: (s: SaveStatus) => void = () => undefined;
    const autosave = createAutosave(draftId, draft?.saved, (s) => showStatus(s), stop.signal);
    session = { stop, flush: () => autosave.flush() };
    const editor = createEditor(shell, draft?.history ?? historyOf(copy), {
      preview: (story, problems) => {
        // Measured whole, for the benchmark: what can be drawn, its model, and the preview's update.
        const start = performance.now();
        const shown = previewable(story, problems, validateStory);
        if (shown) preview.show(buildModel(shown));
        performance.measure(STUDIO_PREVIEW_MEASURE, { start });
        return shown !== undefined;
      },
      save: (history) => autosave.save(history),
      download,
      downloadSheets: (copy) => void downloadSheets(copy).catch((e: unknown) => window.alert(`The sheets could not be made: ${message(e)}`)),
      startOver: () => void showStart(),
      map: () => preview.map(),
      now: () => previewNow(preview),
      notes,
      unsaved: draft === undefined,
      validate: validateStory,
    }, stop.signal);
    showStatus = (s) => editor.status(s);
    root.dataset.state = 'ready';
  };

  /** Opens what a promise gives, or comes back to the start with why it could not. */
  const openFrom = (label: string, made: Promise<{ copy: WorkingCopy; notes: readonly string[] }>): void => {
    made.then(({ copy, notes }) => open(newDraftId(), copy, notes.map((n) => `${label}: ${n}`)), (e: unknown) => void showStart(`${label} could not be opened: ${message(e)}`));
  };
  const openGiven = (opened: Opened): void => {
    const made = copyFromOpened(opened, validateStory);
    if (made) openFrom(made.label, made.copy);
  };

  const showStart = async (problem = ''): Promise<void> => {
    // What is waiting to be saved is saved first: the list then shows it, and continuing it loses nothing.
    await session?.flush().catch(() => undefined);
    session?.stop.abort();
    session = undefined;
    const drafts = await savedDrafts().catch(() => []);
    root.dataset.studio = 'start';
    // The start is the page's main content, not a region beside a preview.
    shell.removeAttribute('role');
    shell.removeAttribute('aria-label');
    // The preview is hidden at the start: this is the page's main content.
    const container = h('main', { class: 'studio__start' });
    shell.replaceChildren(container);
    const onPage = storyOnThePage();
    renderStart(container, drafts, {
      newStory: () => open(newDraftId(), workingCopyOf(blankStory(today()))),
      openFile: () => void chooseFiles(OPEN_ACCEPT, true).then((files) => openGiven({ files, folders: [] })),
      example: () => openFrom('The example', copyFromUrl(new URL(exampleUrl, window.location.href))),
      onPage: onPage ? { name: decodeURIComponent(onPage.pathname.split('/').pop() ?? ''), open: () => openFrom(onPage.href, copyFromUrl(onPage)) } : undefined,
      resume: (d) => void get(d.id).then((fresh) => open(d.id, (fresh ?? d).history.present, [], fresh ?? d)),
      remove: (d) => void removeDraft(d.id).then(() => showStart()),
    }, problem);
    root.dataset.state = 'ready';
  };

  acceptDrops(shell, openGiven);
  // A reload or a crash comes back to the story being made; nothing asks first.
  const last = await currentDraft().catch(() => undefined);
  if (last) open(last.id, last.history.present, [], last);
  else await showStart();
  void preview.ready.then(() => { root.dataset.preview = 'ready'; });
}

/** A story file or its sheets dropped anywhere on the studio open; any other file is kept from replacing the page. */
function acceptDrops(shell: HTMLElement, open: (opened: Opened) => void): void {
  const carriesFiles = (e: DragEvent): boolean => [...(e.dataTransfer?.types ?? [])].includes('Files');
  document.addEventListener('dragover', (e) => { if (carriesFiles(e)) e.preventDefault(); });
  document.addEventListener('drop', (e) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    const opened = droppedItems(e.dataTransfer);
    const story = storyFileOf(opened);
    const sheets = opened.folders.length > 0 || opened.files.some((f) => /\.(csv|tsv|zip)$/i.test(f.name));
    if ((story ? /\.json$/i.test(story.name) : sheets) && shell.isConnected) open(opened);
  });
}
