import type { StoryModel } from '../core/model.ts';
import type { Action, AppState } from '../core/state/appState.ts';
import { h } from '../dom/dom.ts';

/** "Focus on": one actor's stances stay, the rest dim, on the map and in the list alike. */
export function createFocusFilter(container: HTMLElement, model: StoryModel, dispatch: (a: Action) => void): { update(state: AppState): void } {
  const select = h('select', { class: 'focus__select', attrs: { id: 'focus-select' } }, [
    h('option', { text: 'everyone', attrs: { value: '' } }),
    ...[...model.actors.values()].map((a) => h('option', { text: a.name, attrs: { value: a.id } })),
  ]);
  select.addEventListener('change', () => dispatch({ type: 'setFocus', focus: select.value }));
  container.replaceChildren(h('label', { class: 'focus', attrs: { for: 'focus-select' }, text: 'Focus on ' }), select);
  return {
    update(state) {
      if (select.value !== state.focus) select.value = state.focus;
    },
  };
}
