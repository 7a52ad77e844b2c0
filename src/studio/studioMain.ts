import exampleUrl from '../../data/thaad-2017.json?url';
import { buildModel } from '../core/model.ts';
import { storyFile, storyFileName } from '../core/studio/download.ts';
import { editableStory } from '../core/studio/editable.ts';
import { historyOf } from '../core/studio/history.ts';
import { previewable } from '../core/studio/previewable.ts';
import { type WorkingCopy, blankStory, workingCopyOf } from '../core/studio/workingCopy.ts';
import { byId, h } from '../dom/dom.ts';
import { type Preview, createPreview } from '../mount/preview.ts';
import type { PreviewNow } from './scenesPanel.ts';
import { dayToIso } from '../core/dates.ts';
import { type Draft, type SaveStatus, createAutosave, currentDraft, removeDraft, savedDrafts } from './autosave.ts';
import { chooseFile, readJsonFile } from './openFiles.ts';
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

function download(copy: WorkingCopy): void {
  const schemaUrl = new URL('stancemap.schema.json', new URL('./', window.location.href)).href;
  const text = storyFile(copy.story, { schemaUrl, keepText: copy.keepText !== false });
  const a = h('a', { attrs: { href: URL.createObjectURL(new Blob([text], { type: 'application/json' })), download: storyFileName(copy.story) } });
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
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

async function exampleCopy(): Promise<WorkingCopy> {
  const response = await fetch(exampleUrl);
  return workingCopyOf(editableStory(await response.json(), today()).story);
}

export async function startStudio(): Promise<void> {
  root.dataset.mode = 'edit';
  document.title = 'Story studio · stancemap';
  document.body.classList.add('studio-page');
  const shell = h('div', { class: 'studio', attrs: { id: 'studio', role: 'region', 'aria-label': 'Story studio' } });
  byId('app').before(shell);
  const app = new AbortController();
  const preview = createPreview(app.signal);
  let session: AbortController | undefined;

  const open = (draftId: string, copy: WorkingCopy, notes: readonly string[] = [], draft?: Draft): void => {
    session?.abort();
    session = new AbortController();
    let showStatus: (s: SaveStatus) => void = () => undefined;
    const autosave = createAutosave(draftId, (s) => showStatus(s), session.signal);
    const editor = createEditor(shell, draft?.history ?? historyOf(copy), {
      preview: (story, problems) => {
        // Measured whole, for the benchmark: what can be drawn, its model, and the preview's update.
        const start = performance.now();
        const shown = previewable(story, problems);
        if (shown) preview.show(buildModel(shown));
        performance.measure(STUDIO_PREVIEW_MEASURE, { start });
        return shown !== undefined;
      },
      save: (history) => autosave.save(history),
      download,
      startOver: () => void showStart(),
      map: () => preview.map(),
      now: () => previewNow(preview),
      notes,
    }, session.signal);
    showStatus = (s) => editor.status(s);
    root.dataset.state = 'ready';
  };

  const openFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    const read = await readJsonFile(file);
    if (!read.ok) return showStart(read.message);
    const { story, notes } = editableStory(read.value, today());
    open(newDraftId(), workingCopyOf(story), notes.map((n) => `${file.name}: ${n}`));
  };

  const showStart = async (problem = ''): Promise<void> => {
    session?.abort();
    const drafts = await savedDrafts().catch(() => []);
    const container = h('section', { class: 'studio__start' });
    shell.replaceChildren(container);
    renderStart(container, drafts, {
      newStory: () => open(newDraftId(), workingCopyOf(blankStory(today()))),
      openFile: () => void chooseFile('.json,application/json').then(openFile),
      example: () => void exampleCopy().then((copy) => open(newDraftId(), copy)),
      resume: (d) => open(d.id, d.history.present, [], d),
      remove: (d) => void removeDraft(d.id).then(() => showStart()),
    }, problem);
    root.dataset.state = 'ready';
  };

  shell.addEventListener('dragover', (e) => { if ([...(e.dataTransfer?.types ?? [])].includes('Files')) e.preventDefault(); });
  shell.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file || !/\.json$/i.test(file.name)) return;
    e.preventDefault();
    void openFile(file);
  });
  // A reload or a crash comes back to the story being made; nothing asks first.
  const last = await currentDraft().catch(() => undefined);
  if (last) open(last.id, last.history.present, [], last);
  else await showStart();
  void preview.ready.then(() => { root.dataset.preview = 'ready'; });
}
