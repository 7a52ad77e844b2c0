import { typesInScope } from '../core/frame.ts';
import type { StoryModel } from '../core/model.ts';
import type { Action, AppState } from '../core/state/appState.ts';
import { STANCE_STYLES, STANCE_TYPES } from '../core/stanceTypes.ts';
import { h, setAttr } from '../dom/dom.ts';
import { stanceSwatch } from './stanceSwatch.ts';

/**
 * The stance types present in the story, as the map draws them; with states
 * only, those with a stance between states. Each entry is also the type
 * filter: pressing it hides or shows that type on the map and in the list.
 * Folds to one line on a phone.
 */
export function createLegend(container: HTMLElement, model: StoryModel, dispatch: (a: Action) => void): { update(state: AppState): void } {
  const present = new Set(model.stances.map((s) => s.stance.type));
  const betweenStates = typesInScope(model, true);
  const buttons = STANCE_TYPES.filter((t) => present.has(t)).map((t) => {
    const style = STANCE_STYLES[t];
    const b = h('button', { class: 'legend__toggle', attrs: { type: 'button', 'aria-pressed': 'true', title: `${style.description}; press to hide or show` } }, [
      stanceSwatch(style), h('span', { text: style.type }),
    ]);
    b.addEventListener('click', () => dispatch({ type: 'toggleType', stanceType: t }));
    return { t, b, item: h('li', { class: 'legend__item' }, [b]) };
  });
  const wide = window.matchMedia('(min-width: 761px)').matches;
  container.replaceChildren(h('details', { class: 'legend', attrs: wide ? { open: '' } : {} }, [
    h('summary', { class: 'legend__title', text: 'Stances' }),
    h('ul', { class: 'legend__list', attrs: { 'aria-label': 'Stance types shown' } }, buttons.map(({ item }) => item)),
  ]));
  return {
    update(state) {
      for (const { t, b, item } of buttons) {
        setAttr(b, 'aria-pressed', String(!state.hiddenTypes.includes(t)));
        item.hidden = state.actorScope === 'states' && !betweenStates.has(t);
      }
    },
  };
}
