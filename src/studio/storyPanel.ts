import type { Meta } from '../core/schema/story.schema.ts';
import { setPublished } from '../core/studio/workingCopy.ts';
import { h } from '../dom/dom.ts';
import { type Field, textField } from './fields.ts';
import type { StudioState, StudioStore } from './studioStore.ts';

// The story's own fields (title, description, credit) and the article's
// (title, publisher, date, address), which sit with its text.

interface MetaField { readonly path: string; readonly field: Field; readonly read: (m: Meta) => string }

/** A field's text: what an opened file holds there, shown as JSON when it is not text (the checker says why). */
const textOf = (v: unknown): string => (typeof v === 'string' ? v : v === undefined ? '' : JSON.stringify(v));

function part(el: HTMLElement, fields: readonly MetaField[], store: StudioStore): { el: HTMLElement; update(state: StudioState): void } {
  for (const f of fields) f.field.input.addEventListener('blur', () => store.settle());
  return {
    el,
    update(state) {
      const { meta } = state.history.present.story;
      for (const f of fields) {
        f.field.set(f.read(meta));
        f.field.problems(state.problems.at(f.path));
      }
    },
  };
}

export function createStoryPanel(store: StudioStore): { el: HTMLElement; update(state: StudioState): void } {
  const STORY = [
    ['title', 'Title', {}],
    ['description', 'Description', { multiline: true, hint: 'One or two sentences under the title.' }],
    ['credit', 'Credit', { hint: 'Who made the map, shown at its foot.' }],
  ] as const;
  const fields: MetaField[] = STORY.map(([key, label, options]) => ({
    path: `meta.${key}`,
    field: textField(label, (v) => store.edit(label.toLowerCase(), (d) => { d.story.meta[key] = v; }, `meta.${key}`), options),
    read: (m) => textOf(m[key]),
  }));
  return part(h('div', { class: 'story-panel' }, [h('h2', { class: 'panel__title', text: 'The story' }), ...fields.map((f) => f.field.el)]), fields, store);
}

/** The article's details, beside its text: its date is what relative dates in it are read from. */
export function createArticleFields(store: StudioStore): { el: HTMLElement; update(state: StudioState): void } {
  const SOURCE = [
    ['title', 'Article title', {}],
    ['publisher', 'Publisher', {}],
    ['published', 'Published', { hint: 'YYYY-MM-DD. “Tuesday” or “last month” in the text are read from it.' }],
    ['url', 'Article address (URL)', { hint: 'https://…' }],
  ] as const;
  const fields: MetaField[] = SOURCE.map(([key, label, options]) => ({
    path: `meta.source.${key}`,
    field: textField(label, (v) => store.edit(label.toLowerCase(), (d) => {
      if (key === 'published') setPublished(d, v);
      else if (key === 'url' && v === '') delete d.story.meta.source.url;
      else d.story.meta.source[key] = v;
    }, `meta.source.${key}`), options),
    read: (m) => textOf(m.source[key]),
  }));
  const el = h('details', { class: 'article-fields', attrs: { open: '' } }, [h('summary', { text: 'The article: title, publisher, date' }), h('div', { class: 'article-fields__grid' }, fields.map((f) => f.field.el))]);
  return part(el, fields, store);
}
