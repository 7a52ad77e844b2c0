import type { ValidationError } from '../core/validation/errors.ts';
import { formatError } from '../core/validation/errors.ts';
import { listedProblems, problemCount } from '../core/validation/problems.ts';
import { h, textButton } from '../dom/dom.ts';

export const ERRORS_SHOWN = 20;

/** What a reader can do about a file that failed, offered under its problems. */
export interface ErrorActions {
  /** Opens the file picker again. */
  readonly openAnother?: () => void;
  readonly dismiss?: () => void;
}

/**
 * A clear banner with the problems as text: the first few, then how many
 * more. Only the list scrolls, so the count of the rest and the ways out stay
 * in sight however long it is.
 */
export function renderErrors(container: HTMLElement, heading: string, errors: readonly ValidationError[], actions: ErrorActions = {}): void {
  const shown = listedProblems(errors).slice(0, ERRORS_SHOWN);
  const rest = problemCount(errors) - shown.length;
  const children: Node[] = [
    h('h2', { class: 'errors__title', text: heading }),
    h('ul', { class: 'errors__list' }, shown.map((e) => h('li', {}, [h('code', { text: formatError(e) })]))),
  ];
  if (rest > 0) children.push(h('p', { class: 'errors__more', text: `…and ${rest.toLocaleString('en-US')} more.` }));
  const buttons = [
    actions.openAnother && textButton('Open another file…', actions.openAnother),
    actions.dismiss && textButton('Dismiss', actions.dismiss),
  ].filter((b) => b !== undefined);
  if (buttons.length > 0) children.push(h('div', { class: 'errors__actions' }, buttons));
  container.replaceChildren(...children);
  container.hidden = false;
}
