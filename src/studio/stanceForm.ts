import { STANCE_ACTS } from '../core/stanceActs.ts';
import { STANCE_TYPES, type StanceType } from '../core/stanceTypes.ts';
import { datesIn } from '../core/studio/relativeDates.ts';
import { sentenceAround } from '../core/studio/sentence.ts';
import { setQuote } from '../core/studio/workingCopy.ts';
import { h, textButton } from '../dom/dom.ts';
import { type Field, checkbox, selectField, textField } from './fields.ts';
import { newActorRow } from './newActorRow.ts';
import type { StudioState, StudioStore } from './studioStore.ts';
import { actorChoices, placeChoices } from './choices.ts';

// The form of one stance: who, what (the type, with the coding guide's line
// beside each), to whom, when, and the quote. Dates written in the quote's
// sentence are offered, resolved from the article's date, for the author to
// take or leave.

export interface ItemForm {
  readonly el: HTMLElement;
  update(state: StudioState): void;
}

type Key = 'quote' | 'start' | 'end' | 'description' | 'note';

export function createStanceForm(id: string, store: StudioStore, reveal: (id: string) => void): ItemForm {
  const index = (): number => store.get().history.present.story.stances.findIndex((s) => s.id === id);
  const change = (label: string, recipe: (s: Record<string, unknown>) => void, key?: string): void => store.edit(label, (d) => {
    const s = d.story.stances.find((x) => x.id === id);
    if (s) recipe(s);
  }, key);
  const optional = (key: Key) => (v: string): void => change(key, (s) => { if (v === '') delete s[key]; else s[key] = v; }, `${id}.${key}`);
  const quote = textField('Quote', (v) => store.edit('quote', (d) => setQuote(d, 'stances', id, v), `${id}.quote`), { multiline: true, hint: 'The source’s words, verbatim.' });
  const from = selectField('Who', (v) => change('who', (s) => { s.from = v; }), 'The actor that holds the stance.');
  const to = selectField('To whom', (v) => change('to whom', (s) => { s.to = v; }), 'An actor or a place.');
  const start = textField('Start', (v) => change('start', (s) => { s.start = v; }, `${id}.start`), { hint: 'YYYY-MM-DD, YYYY-MM or YYYY, then before, after, approximate or planned if the source says so.' });
  const end = textField('End', optional('end'), { hint: 'Only when the source says the stance ended.' });
  const description = textField('Description', optional('description'), { multiline: true, rows: 2 });
  const note = textField('Note', optional('note'), { multiline: true, rows: 2, hint: 'How a date or a reading was inferred.' });
  const context = checkbox('Not stated in the article (context, with its own sources)', (c) => change('context', (s) => { if (c) s.context = true; else delete s.context; }));
  const newActor = newActorRow(store, (actor) => change('who', (s) => { s.from = actor; }));
  const types = typeChoice(id, (t) => change('type', (s) => { s.type = t; }));
  const suggestions = h('div', { class: 'suggestions', attrs: { 'aria-live': 'polite' } });
  const showInSource = textButton('Show in source', () => reveal(id));
  const fields: Record<string, Field> = { quote, from, to, start, end, description, note };
  for (const f of Object.values(fields)) f.input.addEventListener('blur', () => store.settle());
  const el = h('form', { class: 'item-form', attrs: { 'aria-label': 'Stance' } }, [
    h('h3', { class: 'item-form__title', text: 'Stance' }),
    quote.el,
    h('div', { class: 'item-form__row' }, [showInSource, textButton('Delete stance', () => store.edit('delete stance', (d) => {
      d.story.stances = d.story.stances.filter((s) => s.id !== id);
      delete d.ranges[id];
    }), 'button--quiet')]),
    from.el,
    newActor.el,
    types.el,
    to.el, start.el, suggestions, end.el, description.el, note.el, context.el,
  ]);
  el.addEventListener('submit', (e) => e.preventDefault());
  let suggested = '';
  return {
    el,
    update(state) {
      const story = state.history.present.story;
      const at = index();
      const s = story.stances[at];
      if (!s) return;
      from.choices(actorChoices(story, 'Choose who'));
      newActor.update(story);
      to.choices([...actorChoices(story, 'Choose to whom'), ...placeChoices(story)]);
      const values: Record<string, string> = { quote: s.quote, from: s.from, to: s.to, start: s.start, end: s.end ?? '', description: s.description ?? '', note: s.note ?? '' };
      for (const [k, f] of Object.entries(fields)) {
        f.set(values[k] ?? '');
        f.problems(state.problems.at(`stances[${at}].${k}`));
      }
      types.set(s.type, state.problems.at(`stances[${at}].type`));
      // Only words the source holds can be shown there.
      showInSource.disabled = !state.history.present.ranges[id];
      context.set(s.context === true);
      const key = `${JSON.stringify(state.history.present.ranges[id])}:${story.meta.source.published}`;
      if (key !== suggested) {
        suggested = key;
        suggestions.replaceChildren(...dateSuggestions(state, id, s.quote, (date) => change('start', (x) => { x.start = date; })));
      }
    },
  };
}

/** The dates written in the sentence of an item's quote, resolved from the article's date, each a button that takes it. */
export function dateSuggestions(state: StudioState, id: string, quote: string, take: (date: string) => void): HTMLElement[] {
  const copy = state.history.present;
  const range = copy.ranges[id];
  const source = copy.story.meta.source.text ?? '';
  const around = range ? source.slice(...Object.values(sentenceAround(source, range)) as [number, number]) : quote;
  const found = datesIn(around, copy.story.meta.source.published);
  if (found.length === 0) return [];
  return [
    h('p', { class: 'field__hint', text: 'Dates in its sentence, from the article’s date:' }),
    h('div', { class: 'suggestions__list' }, found.map((d) => textButton(`“${d.text}” → ${d.date}`, () => take(d.date), 'button--chip'))),
  ];
}

function typeChoice(id: string, pick: (t: StanceType) => void): { el: HTMLElement; set(type: string, problems: readonly string[]): void } {
  const name = `type-${id}`;
  const problems = h('ul', { class: 'field__problems', attrs: { id: `${name}-problems` } });
  const radios = STANCE_TYPES.map((t) => {
    const input = h('input', { attrs: { type: 'radio', name, value: t, id: `${name}-${t}` } });
    input.addEventListener('change', () => { if (input.checked) pick(t); });
    return { t, input, el: h('div', { class: 'type-choice' }, [input, h('label', { attrs: { for: input.id } }, [h('strong', { text: t }), h('span', { class: 'type-choice__act', text: ` ${STANCE_ACTS[t]}` })])]) };
  });
  const el = h('fieldset', { class: 'field type-choices', attrs: { 'aria-describedby': problems.id } }, [h('legend', { class: 'field__label', text: 'What (the type)' }), ...radios.map((r) => r.el), problems]);
  return {
    el,
    set(type, messages) {
      for (const r of radios) r.input.checked = r.t === type;
      problems.replaceChildren(...messages.map((m) => h('li', { text: m })));
    },
  };
}
