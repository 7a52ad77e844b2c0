import { h } from '../dom/dom.ts';
import { OPEN_ACCEPT, type Opened, droppedItems } from '../dom/droppedFiles.ts';

// Ways to open one's own story in explore mode: a file picker in the toolbar
// and dropping onto the map. A story is one file (JSON) or its sheets (CSV
// files, a folder of them, or a .zip). Both only hand what was given on.

/** Returns what opens the file picker (for the error banner's "Open another file…"). */
export function createOpenStory(toolbar: HTMLElement, dropZone: HTMLElement, onOpen: (opened: Opened) => void, signal: AbortSignal): () => void {
  // Reached through its button; kept out of the tab order so focus never lands on something unseen.
  const input = h('input', { class: 'visually-hidden', attrs: { type: 'file', accept: OPEN_ACCEPT, multiple: '', 'aria-label': 'Open a story file or its sheets', tabindex: '-1' } });
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length > 0) onOpen({ files, folders: [] });
  });
  const button = h('button', { class: 'button toolbar__button', text: 'Open…', attrs: { type: 'button', title: 'Open your own story: its file (JSON) or its sheets (CSV), or drop them on the map' } });
  button.addEventListener('click', () => input.click());
  toolbar.append(button, input);

  const hint = h('div', { class: 'drop-hint', text: 'Drop a story file (.json), or its sheets (.csv, a folder or a .zip), to open it', attrs: { 'aria-hidden': 'true' } });
  dropZone.append(hint);
  const carriesFiles = (e: DragEvent): boolean => [...(e.dataTransfer?.types ?? [])].includes('Files');
  dropZone.addEventListener('dragover', (e) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    dropZone.classList.add('is-dropping');
  }, { signal });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('is-dropping'), { signal });
  dropZone.addEventListener('drop', (e) => {
    dropZone.classList.remove('is-dropping');
    const opened = droppedItems(e.dataTransfer);
    if (opened.files.length + opened.folders.length === 0) return;
    e.preventDefault();
    onOpen(opened);
  }, { signal });
  signal.addEventListener('abort', () => {
    button.remove();
    input.remove();
    hint.remove();
  });
  return () => input.click();
}
