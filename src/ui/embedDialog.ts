import { embedSnippet } from '../core/embedSnippet.ts';
import type { AppState } from '../core/state/appState.ts';
import { stateToHash } from '../core/state/urlState.ts';
import { h, modal } from '../dom/dom.ts';

/**
 * The "Embed" dialog: the snippet for the current view, and a copy button.
 * Loaded when the toolbar's Embed button is first pressed.
 */
export function createEmbedDialog(title: string, getState: () => AppState, opening: AppState, signal: AbortSignal): { open(): void } {
  const text = h('textarea', { class: 'embed__code', attrs: { readonly: '', rows: '8', 'aria-label': 'Embed code', spellcheck: 'false' } });
  const status = h('span', { class: 'embed__status', attrs: { role: 'status' } });
  const copy = h('button', { class: 'button button--main embed__copy', text: 'Copy code', attrs: { type: 'button' } });
  const close = h('button', { class: 'button embed__close', text: 'Close', attrs: { type: 'button' } });
  const dialog = h('dialog', { class: 'embed', attrs: { 'aria-labelledby': 'embed-title' } }, [
    h('h2', { text: 'Embed this map', attrs: { id: 'embed-title' } }),
    h('p', { text: 'Paste this into your page. It opens at the date, selection and view you see now, keeps working at a fixed height without the script, and fits its content with it.' }),
    text,
    h('div', { class: 'embed__actions' }, [copy, close, status]),
  ]);
  const shown = modal(dialog);
  copy.addEventListener('click', () => {
    navigator.clipboard.writeText(text.value).then(
      () => { status.textContent = 'Copied.'; },
      () => { text.select(); status.textContent = 'Press Ctrl+C (⌘C) to copy.'; },
    );
  });
  close.addEventListener('click', () => dialog.close());
  document.body.append(dialog);
  signal.addEventListener('abort', () => dialog.remove());
  return {
    open() {
      const app = new URL(window.location.href);
      text.value = embedSnippet({ appUrl: app.href, hash: stateToHash({ ...getState(), mode: 'explore' }, opening), title });
      status.textContent = '';
      shown.show();
      text.select();
    },
  };
}
