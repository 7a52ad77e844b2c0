import { h } from '../dom/dom.ts';

// The explore page's own tools, in the toolbar's More menu: the embed code,
// export, and the briefing (also on the P key). Their dialogs are loaded when first opened.

export interface ExploreTools {
  readonly openEmbed: () => void;
  readonly openExport: () => void;
  /** The briefing's address for this story. */
  readonly presentHref: string;
}

const typing = (target: EventTarget | null): boolean => target instanceof HTMLElement && target.closest('input, select, textarea, dialog') !== null;

export function addExploreTools(menu: HTMLElement, tools: ExploreTools, signal: AbortSignal): void {
  const embedButton = h('button', { class: 'button toolbar__button', text: 'Embed', attrs: { type: 'button', 'aria-haspopup': 'dialog' } });
  embedButton.addEventListener('click', tools.openEmbed);
  const exportButton = h('button', { class: 'button toolbar__button', text: 'Export', attrs: { type: 'button', 'aria-haspopup': 'dialog' } });
  exportButton.addEventListener('click', tools.openExport);
  const presentLink = h('a', { class: 'button toolbar__button', text: 'Present', attrs: { href: tools.presentHref, title: 'Present the story as a briefing (P)' } });
  menu.prepend(embedButton, exportButton, presentLink);
  signal.addEventListener('abort', () => {
    embedButton.remove();
    exportButton.remove();
    presentLink.remove();
  });
  document.addEventListener('keydown', (e) => {
    if ((e.key === 'p' || e.key === 'P') && !e.ctrlKey && !e.metaKey && !typing(e.target)) presentLink.click();
  }, { signal });
}
