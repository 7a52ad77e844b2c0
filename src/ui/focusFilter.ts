import { focusChoices, focusInScope } from '../core/frame.ts';
import type { StoryModel } from '../core/model.ts';
import type { Action, AppState } from '../core/state/appState.ts';
import { h } from '../dom/dom.ts';

/**
 * "Focus on": one actor's stances stay, the rest dim, on the map and in the
 * list alike. With states only it offers the states, and shows a person or
 * ministry in focus as their state (core/frame.ts focusInScope).
 */
export function createFocusFilter(container: HTMLElement, model: StoryModel, dispatch: (a: Action) => void): { update(state: AppState): void } {
  const select = h('select', { class: 'focus__select', attrs: { id: 'focus-select' } });
  const optionsFor = (statesOnly: boolean): HTMLOptionElement[] => [
    h('option', { text: 'everyone', attrs: { value: '' } }),
    ...focusChoices(model, statesOnly).map((a) => h('option', { text: a.name, attrs: { value: a.id } })),
  ];
  let scope: boolean | undefined;
  select.addEventListener('change', () => dispatch({ type: 'setFocus', focus: select.value }));
  container.replaceChildren(h('label', { class: 'focus', attrs: { for: 'focus-select' }, text: 'Focus on ' }), select);
  return {
    update(state) {
      const statesOnly = state.actorScope === 'states';
      if (statesOnly !== scope) {
        scope = statesOnly;
        select.replaceChildren(...optionsFor(statesOnly));
      }
      const shown = focusInScope(model, state.focus, statesOnly);
      if (select.value !== shown) select.value = shown;
    },
  };
}
