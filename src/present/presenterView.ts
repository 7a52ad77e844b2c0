import { dateInWords } from '../core/dateWords.ts';
import { storyDate } from '../core/dates.ts';
import type { SceneNode } from '../core/scenes.ts';
import type { Action, AppState } from '../core/state/appState.ts';
import { h } from '../dom/dom.ts';

// Presentation mode: the map full-bleed, a caption block with the scene's
// title, caption and date, a slim progress strip and a scene counter. The
// keys are those a clicker sends; the cursor hides when the mouse rests.

export const NEXT_KEYS = ['ArrowRight', 'PageDown', ' ', 'ArrowDown'];
export const PREVIOUS_KEYS = ['ArrowLeft', 'PageUp', 'ArrowUp'];
const IDLE_MS = 2000;

export interface PresenterOptions {
  readonly openNotes: () => void;
  readonly openExport: () => void;
}

export function createPresenterView(container: HTMLElement, scenes: readonly SceneNode[], dispatch: (a: Action) => void, options: PresenterOptions, signal: AbortSignal): { update(state: AppState): void } {
  const title = h('h2', { class: 'present__title', attrs: { id: 'scene-title' } });
  const caption = h('p', { class: 'present__caption' });
  const date = h('p', { class: 'present__date' });
  const counter = h('p', { class: 'present__counter', attrs: { 'aria-label': 'Scene' } });
  const bar = h('div', { class: 'present__progress-bar' });
  const progress = h('div', { class: 'present__progress', attrs: { role: 'progressbar', 'aria-label': 'Briefing progress', 'aria-valuemin': '1', 'aria-valuemax': String(scenes.length) } }, [bar]);
  const hint = h('p', { class: 'present__hint', text: '→ / Space next · ← previous · F full screen · N speaker notes · E export' });
  container.replaceChildren(progress, h('section', { class: 'present__caption-block', attrs: { 'aria-live': 'polite', 'aria-labelledby': 'scene-title' } }, [title, caption, date]), counter, hint);

  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || (e.target instanceof HTMLElement && e.target.closest('input, select, textarea, dialog'))) return;
    let handled = true;
    if (NEXT_KEYS.includes(e.key)) dispatch({ type: 'stepScene', direction: 1 });
    else if (PREVIOUS_KEYS.includes(e.key)) dispatch({ type: 'stepScene', direction: -1 });
    else if (e.key === 'Home') dispatch({ type: 'goToScene', index: 0 });
    else if (e.key === 'End') dispatch({ type: 'goToScene', index: scenes.length - 1 });
    else if (e.key === 'f' || e.key === 'F') void toggleFullscreen();
    else if (e.key === 'n' || e.key === 'N') options.openNotes();
    else if (e.key === 'e' || e.key === 'E') options.openExport();
    else handled = false;
    if (handled) e.preventDefault();
  }, { signal });

  let idle: ReturnType<typeof setTimeout> | undefined;
  const wake = (): void => {
    document.documentElement.classList.remove('cursor-idle');
    clearTimeout(idle);
    idle = setTimeout(() => document.documentElement.classList.add('cursor-idle'), IDLE_MS);
  };
  document.addEventListener('mousemove', wake, { signal });
  wake();

  return {
    update(state) {
      const scene = scenes[state.scene];
      const n = Math.max(0, state.scene) + 1;
      title.textContent = scene?.title ?? '';
      caption.textContent = scene?.caption ?? '';
      date.textContent = scene ? dateInWords(storyDate(scene.dateText)) : '';
      counter.textContent = `${n} / ${scenes.length}`;
      progress.setAttribute('aria-valuenow', String(n));
      bar.style.width = `${(100 * n) / Math.max(1, scenes.length)}%`;
    },
  };
}

export async function toggleFullscreen(): Promise<void> {
  if (document.fullscreenElement) await document.exitFullscreen();
  else await document.documentElement.requestFullscreen().catch(() => undefined);
}
