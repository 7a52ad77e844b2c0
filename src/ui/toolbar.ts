import type { Action, AppState } from '../core/state/appState.ts';
import { h, setAttr } from '../dom/dom.ts';

// Quiet, grouped map controls. Each button only turns a click into an action;
// its pressed state is drawn from the state.

interface Toggle {
  readonly label: string;
  readonly title: string;
  readonly pressed: (s: AppState) => boolean;
  readonly action: (s: AppState) => Action;
}

const TOGGLES: readonly Toggle[] = [
  {
    label: 'Globe', title: 'Show the map as a globe',
    pressed: (s) => s.projection === 'globe',
    action: (s) => ({ type: 'setProjection', projection: s.projection === 'globe' ? 'mercator' : 'globe' }),
  },
  {
    label: 'States only', title: 'Show only stances between states (and toward places and weapons); hide people, ministries, companies and other groups',
    pressed: (s) => s.actorScope === 'states',
    action: (s) => ({ type: 'setActorScope', actorScope: s.actorScope === 'states' ? 'everyone' : 'states' }),
  },
  {
    label: 'Follow the story', title: 'Move the map to each step\'s events and new stances; moving the map yourself stops it until you press this again',
    pressed: (s) => s.following,
    action: (s) => ({ type: 'setFollowing', following: !s.following }),
  },
];

export interface Toolbar {
  update(state: AppState): void;
}

export function createToolbar(container: HTMLElement, getState: () => AppState, dispatch: (a: Action) => void): Toolbar {
  const buttons = TOGGLES.map((t) => {
    const b = h('button', { class: 'button toolbar__button', text: t.label, attrs: { type: 'button', title: t.title, 'aria-pressed': 'false' } });
    b.addEventListener('click', () => dispatch(t.action(getState())));
    return b;
  });
  container.replaceChildren(...buttons);
  const update = (state: AppState): void => {
    buttons.forEach((b, i) => setAttr(b, 'aria-pressed', String(TOGGLES[i]?.pressed(state) ?? false)));
  };
  update(getState());
  return { update };
}
