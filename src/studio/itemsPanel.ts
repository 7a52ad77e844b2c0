import { STANCE_STYLES, isStanceType } from '../core/stanceTypes.ts';
import { h } from '../dom/dom.ts';
import { createEventForm } from './eventForm.ts';
import { type ItemForm, createStanceForm } from './stanceForm.ts';
import type { StudioState, StudioStore } from './studioStore.ts';

// Stances and events: a list to pick from (with how many problems each has),
// and the form of the one picked.

export function createItemsPanel(store: StudioStore, reveal: (id: string) => void): { el: HTMLElement; update(state: StudioState): void } {
  const list = h('ul', { class: 'item-list', attrs: { 'aria-label': 'Stances and events' } });
  const formSlot = h('div', { class: 'item-panel__form' });
  const empty = h('p', { class: 'field__hint', text: 'No stances or events yet. Select words in the source text, then New stance or New event.' });
  let form: { id: string; form: ItemForm } | undefined;
  let listKey = '';
  const el = h('div', { class: 'item-panel' }, [h('h2', { class: 'panel__title', text: 'Stances and events' }), empty, list, formSlot]);
  return {
    el,
    update(state) {
      const story = state.history.present.story;
      const stanceAt = story.stances.findIndex((s) => s.id === state.selected);
      const eventAt = story.events.findIndex((e) => e.id === state.selected);
      const names = new Map([...story.actors, ...story.places].map((x) => [x.id, x.name]));
      const rows = [
        ...story.stances.map((s, i) => ({ id: s.id, text: `${names.get(s.from) ?? '…'} ${isStanceType(s.type) ? STANCE_STYLES[s.type].verb : '…'} ${names.get(s.to) ?? '…'}`, problems: state.problems.countUnder(`stances[${i}]`) })),
        ...story.events.map((e, i) => ({ id: e.id, text: `Event: ${e.title || '…'}`, problems: state.problems.countUnder(`events[${i}]`) })),
      ];
      const key = JSON.stringify([rows, state.selected]);
      if (key !== listKey) {
        listKey = key;
        empty.hidden = rows.length > 0;
        list.replaceChildren(...rows.map((r) => {
          const b = h('button', { class: 'item-list__item', text: r.text, attrs: { type: 'button', 'aria-current': String(r.id === state.selected) } }, [
            r.problems > 0 ? h('span', { class: 'item-list__problems', text: ` · ${r.problems} ${r.problems === 1 ? 'problem' : 'problems'}` }) : null,
          ]);
          b.addEventListener('click', () => store.select(r.id, 'item'));
          return h('li', {}, [b]);
        }));
      }
      const wanted = stanceAt >= 0 || eventAt >= 0 ? state.selected : '';
      if (form?.id !== wanted) {
        form = wanted === '' ? undefined : { id: wanted, form: stanceAt >= 0 ? createStanceForm(wanted, store, reveal) : createEventForm(wanted, store, reveal) };
        formSlot.replaceChildren(...(form ? [form.form.el] : []));
      }
      form?.form.update(state);
    },
  };
}
