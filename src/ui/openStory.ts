import { h } from '../dom/dom.ts';

// Ways to open one's own story file in explore mode: a file picker in the
// toolbar and dropping a file onto the map. Both only hand the file on.

/** Returns what opens the file picker (for the error banner's "Open another file…"). */
export function createOpenStory(toolbar: HTMLElement, dropZone: HTMLElement, onFile: (file: File) => void, signal: AbortSignal): () => void {
  // Reached through its button; kept out of the tab order so focus never lands on something unseen.
  const input = h('input', { class: 'visually-hidden', attrs: { type: 'file', accept: '.json,application/json', 'aria-label': 'Open a story file', tabindex: '-1' } });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) onFile(file);
  });
  const button = h('button', { class: 'button toolbar__button', text: 'Open…', attrs: { type: 'button', title: 'Open your own story file (JSON), or drop it on the map' } });
  button.addEventListener('click', () => input.click());
  toolbar.append(button, input);

  const hint = h('div', { class: 'drop-hint', text: 'Drop a story file (.json) to open it', attrs: { 'aria-hidden': 'true' } });
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
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    onFile(file);
  }, { signal });
  signal.addEventListener('abort', () => {
    button.remove();
    input.remove();
    hint.remove();
  });
  return () => input.click();
}
