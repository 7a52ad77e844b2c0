import { h } from '../dom/dom.ts';

/** Tells the reader which parts of the link they opened were ignored, and why. */
export function showLinkNotes(container: HTMLElement, notes: readonly string[]): void {
  if (notes.length === 0) {
    container.hidden = true;
    return;
  }
  const dismiss = h('button', { class: 'button notes__dismiss', text: 'OK', attrs: { type: 'button' } });
  dismiss.addEventListener('click', () => { container.hidden = true; });
  container.replaceChildren(
    h('p', { class: 'notes__title', text: 'Part of this link was ignored:' }),
    h('ul', {}, notes.map((n) => h('li', { text: n }))),
    dismiss,
  );
  container.hidden = false;
}
