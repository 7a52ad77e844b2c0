import { dateInWords } from '../core/dateWords.ts';
import { storyDate } from '../core/dates.ts';
import type { SceneNode } from '../core/scenes.ts';
import type { Action, AppState } from '../core/state/appState.ts';
import { h } from '../dom/dom.ts';
import { NEXT_KEYS, PREVIOUS_KEYS } from './presenterView.ts';

// The speaker's second window: this scene's notes, what comes next, a clock,
// and the same stepping keys, kept in step with the presentation window.

function clockText(now: Date, started: number): string {
  const elapsed = Math.max(0, Math.floor((now.getTime() - started) / 1000));
  const mm = String(Math.floor(elapsed / 60)).padStart(2, '0');
  const ss = String(elapsed % 60).padStart(2, '0');
  return `${now.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })} · ${mm}:${ss} elapsed`;
}

export function createNotesView(container: HTMLElement, scenes: readonly SceneNode[], dispatch: (a: Action) => void, signal: AbortSignal): { update(state: AppState): void } {
  const counter = h('p', { class: 'notes-view__counter' });
  const title = h('h1', { class: 'notes-view__title', attrs: { id: 'notes-title' } });
  const date = h('p', { class: 'notes-view__date' });
  const notes = h('div', { class: 'notes-view__notes', attrs: { 'aria-live': 'polite' } });
  const next = h('p', { class: 'notes-view__next' });
  const clock = h('p', { class: 'notes-view__clock', attrs: { 'aria-label': 'Clock' } });
  const previousButton = h('button', { class: 'notes-view__button', text: '← Previous', attrs: { type: 'button' } });
  const nextButton = h('button', { class: 'notes-view__button', text: 'Next →', attrs: { type: 'button' } });
  previousButton.addEventListener('click', () => dispatch({ type: 'stepScene', direction: -1 }));
  nextButton.addEventListener('click', () => dispatch({ type: 'stepScene', direction: 1 }));
  container.replaceChildren(h('main', { class: 'notes-view', attrs: { 'aria-labelledby': 'notes-title' } }, [
    h('header', { class: 'notes-view__head' }, [counter, clock]),
    title, date, notes, next,
    h('div', { class: 'notes-view__buttons' }, [previousButton, nextButton]),
  ]));
  document.addEventListener('keydown', (e) => {
    if (NEXT_KEYS.includes(e.key)) dispatch({ type: 'stepScene', direction: 1 });
    else if (PREVIOUS_KEYS.includes(e.key)) dispatch({ type: 'stepScene', direction: -1 });
    else return;
    e.preventDefault();
  }, { signal });
  const started = Date.now();
  const tick = (): void => { clock.textContent = clockText(new Date(), started); };
  tick();
  const clockTimer = setInterval(tick, 1000);
  signal.addEventListener('abort', () => clearInterval(clockTimer));

  return {
    update(state) {
      const i = Math.max(0, state.scene);
      const scene = scenes[i];
      counter.textContent = `Scene ${i + 1} / ${scenes.length}`;
      title.textContent = scene?.title ?? '';
      date.textContent = scene ? dateInWords(storyDate(scene.dateText)) : '';
      notes.replaceChildren(...(scene?.notes || scene?.caption || '').split(/\n{2,}/).map((p) => h('p', { text: p })));
      const following = scenes[i + 1];
      next.textContent = following ? `Next: ${following.title}` : 'Last scene.';
    },
  };
}
