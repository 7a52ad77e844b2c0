import type { Story } from '../core/schema/story.schema.ts';
import { setQuote } from '../core/studio/workingCopy.ts';
import { h, textButton } from '../dom/dom.ts';
import { type Field, textField } from './fields.ts';
import { type ItemForm, dateSuggestions } from './stanceForm.ts';
import type { StudioStore } from './studioStore.ts';

// The form of one event: its title, date, what happened, the quote, and the
// places and actors it involves (ticked from the story's own).

type Key = 'title' | 'date' | 'end' | 'description' | 'note';

function idChecklist(legend: string, onToggle: (id: string, on: boolean) => void): { el: HTMLElement; set(all: readonly { id: string; name: string }[], chosen: readonly string[], problems: readonly string[]): void } {
  const list = h('div', { class: 'checklist' });
  const problems = h('ul', { class: 'field__problems' });
  let key = '';
  return {
    el: h('fieldset', { class: 'field' }, [h('legend', { class: 'field__label', text: legend }), list, problems]),
    set(all, chosen, messages) {
      const next = JSON.stringify([all, chosen]);
      if (next !== key) {
        key = next;
        list.replaceChildren(...(all.length === 0 ? [h('p', { class: 'field__hint', text: 'None in the story yet.' })] : all.map((item) => {
          const input = h('input', { attrs: { type: 'checkbox', id: `check-${legend}-${item.id}` } });
          input.checked = chosen.includes(item.id);
          input.addEventListener('change', () => onToggle(item.id, input.checked));
          return h('div', { class: 'field--check' }, [input, h('label', { text: item.name || item.id, attrs: { for: input.id } })]);
        })));
      }
      problems.replaceChildren(...messages.map((m) => h('li', { text: m })));
    },
  };
}

export function createEventForm(id: string, store: StudioStore, reveal: (id: string) => void): ItemForm {
  const change = (label: string, recipe: (e: Story['events'][number]) => void, key?: string): void => store.edit(label, (d) => {
    const e = d.story.events.find((x) => x.id === id);
    if (e) recipe(e);
  }, key);
  const set = (key: Key) => (v: string): void => change(key, (e) => {
    const r = e as unknown as Record<string, unknown>;
    if (v === '' && (key === 'end' || key === 'note')) delete r[key];
    else r[key] = v;
  }, `${id}.${key}`);
  const toggle = (list: 'places' | 'actors') => (item: string, on: boolean): void => change(list, (e) => {
    e[list] = on ? [...e[list].filter((x) => x !== item), item] : e[list].filter((x) => x !== item);
  });
  const fields: Record<string, Field> = {
    title: textField('Event title', set('title'), { hint: 'Short: it is shown on the timeline.' }),
    date: textField('Date', set('date'), { hint: 'YYYY-MM-DD, YYYY-MM or YYYY, then before, after, approximate or planned if the source says so.' }),
    end: textField('Ends', set('end')),
    description: textField('What happened', set('description'), { multiline: true, rows: 2 }),
    quote: textField('Quote', (v) => store.edit('quote', (d) => setQuote(d, 'events', id, v), `${id}.quote`), { multiline: true, hint: 'The source’s words, verbatim.' }),
    note: textField('Note', set('note'), { multiline: true, rows: 2 }),
  };
  for (const f of Object.values(fields)) f.input.addEventListener('blur', () => store.settle());
  const suggestions = h('div', { class: 'suggestions', attrs: { 'aria-live': 'polite' } });
  const showInSource = textButton('Show in source', () => reveal(id));
  let suggested = '';
  const places = idChecklist('Places', toggle('places'));
  const actors = idChecklist('Actors', toggle('actors'));
  const el = h('form', { class: 'item-form', attrs: { 'aria-label': 'Event' } }, [
    h('h3', { class: 'item-form__title', text: 'Event' }),
    fields.title?.el, fields.date?.el, suggestions, fields.end?.el, fields.description?.el, fields.quote?.el,
    h('div', { class: 'item-form__row' }, [showInSource, textButton('Delete event', () => store.edit('delete event', (d) => {
      d.story.events = d.story.events.filter((e) => e.id !== id);
      delete d.ranges[id];
    }), 'button--quiet')]),
    places.el, actors.el, fields.note?.el,
  ]);
  el.addEventListener('submit', (e) => e.preventDefault());
  return {
    el,
    update(state) {
      const story = state.history.present.story;
      const at = story.events.findIndex((e) => e.id === id);
      const e = story.events[at];
      if (!e) return;
      const values: Record<string, string> = { title: e.title, date: e.date, end: e.end ?? '', description: e.description, quote: e.quote, note: e.note ?? '' };
      for (const [k, f] of Object.entries(fields)) {
        f.set(values[k] ?? '');
        f.problems(state.problems.at(`events[${at}].${k}`));
      }
      const key = `${JSON.stringify(state.history.present.ranges[id])}:${story.meta.source.published}`;
      if (key !== suggested) {
        suggested = key;
        suggestions.replaceChildren(...dateSuggestions(state, id, e.quote, (date) => change('date', (x) => { x.date = date; })));
      }
      showInSource.disabled = !state.history.present.ranges[id];
      places.set(story.places, Array.isArray(e.places) ? e.places : [], state.problems.at(`events[${at}].places`));
      actors.set(story.actors, Array.isArray(e.actors) ? e.actors : [], state.problems.at(`events[${at}].actors`));
    },
  };
}
