import type { StoryModel } from '../core/model.ts';
import { STANCE_STYLES, STANCE_TYPES } from '../core/stanceTypes.ts';
import { h } from './dom.ts';
import { stanceSwatch } from './stanceSwatch.ts';

/** The stance types present in the story, as the map draws them. Collapsible to one line. */
export function renderLegend(container: HTMLElement, model: StoryModel): void {
  const present = new Set(model.stances.map((s) => s.stance.type));
  const items = STANCE_TYPES.filter((t) => present.has(t)).map((t) => {
    const style = STANCE_STYLES[t];
    return h('li', { class: 'legend__item', attrs: { title: style.description } }, [stanceSwatch(style), h('span', { text: style.type })]);
  });
  // Folded to one line on a phone, where it would cover the map.
  const wide = window.matchMedia('(min-width: 761px)').matches;
  const details = h('details', { class: 'legend', attrs: wide ? { open: '' } : {} }, [
    h('summary', { class: 'legend__title', text: 'Stances' }),
    h('ul', { class: 'legend__list' }, items),
  ]);
  container.replaceChildren(details);
}
