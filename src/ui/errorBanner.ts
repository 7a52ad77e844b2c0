import type { ValidationError } from '../core/validation/errors.ts';
import { formatError } from '../core/validation/errors.ts';
import { listedProblems, problemCount } from '../core/validation/problems.ts';
import { h } from '../dom/dom.ts';

export const ERRORS_SHOWN = 20;

/** A clear banner with the problems as text: the first few, then how many more. */
export function renderErrors(container: HTMLElement, heading: string, errors: readonly ValidationError[], onDismiss?: () => void): void {
  const shown = listedProblems(errors).slice(0, ERRORS_SHOWN);
  const rest = problemCount(errors) - shown.length;
  const children: Node[] = [
    h('h2', { class: 'errors__title', text: heading }),
    h('ul', { class: 'errors__list' }, shown.map((e) => h('li', {}, [h('code', { text: formatError(e) })]))),
  ];
  if (rest > 0) children.push(h('p', { class: 'errors__more', text: `…and ${rest.toLocaleString('en-US')} more.` }));
  if (onDismiss) {
    const b = h('button', { class: 'errors__dismiss', text: 'Dismiss', attrs: { type: 'button' } });
    b.addEventListener('click', onDismiss);
    children.push(b);
  }
  container.replaceChildren(...children);
  container.hidden = false;
}
