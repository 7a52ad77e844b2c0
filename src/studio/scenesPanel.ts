import type { Scene, View } from '../core/schema/story.schema.ts';
import { addScene, moveScene, removeItem } from '../core/studio/items.ts';
import { h, textButton } from '../dom/dom.ts';
import { type Field, textField } from './fields.ts';
import type { StudioState, StudioStore } from './studioStore.ts';

// The briefing's scenes: the preview's view and date taken as a scene, then
// each one's title, caption and speaker notes, in an order the author sets.

export interface PreviewNow {
  /** What the preview shows now: its date, the map's view, and what is selected (the scene's focus). */
  readonly now: () => { readonly date: string; readonly view?: View; readonly focus: readonly string[] } | undefined;
}

interface SceneRow { el: HTMLElement; update(state: StudioState, at: number, count: number): void }

function sceneRow(id: string, store: StudioStore): SceneRow {
  const change = (label: string, key: 'title' | 'caption' | 'notes' | 'date', v: string): void => store.edit(label, (d) => {
    const s = (d.story.scenes ?? []).find((x) => x.id === id) as Record<string, unknown> | undefined;
    if (!s) return;
    if (v === '' && (key === 'caption' || key === 'notes')) delete s[key];
    else s[key] = v;
  }, `${id}.${key}`);
  const fields: Record<string, Field> = {
    title: textField('Scene title', (v) => change('scene title', 'title', v)),
    date: textField('Date it shows', (v) => change('scene date', 'date', v)),
    caption: textField('Caption', (v) => change('caption', 'caption', v), { multiline: true, rows: 2, hint: 'One or two lines shown with the scene.' }),
    notes: textField('Speaker notes', (v) => change('notes', 'notes', v), { multiline: true, rows: 3 }),
  };
  for (const f of Object.values(fields)) f.input.addEventListener('blur', () => store.settle());
  // The row moves under the author's focus: the focus goes with it, to a button still enabled.
  const move = (by: -1 | 1): void => {
    store.edit('move scene', (d) => moveScene(d, id, by));
    (by < 0 && up.disabled ? down : by > 0 && down.disabled ? up : by < 0 ? up : down).focus();
  };
  const up = textButton('Move up', () => move(-1));
  const down = textButton('Move down', () => move(1));
  const heading = h('h3', { class: 'entry__title' });
  const focus = h('p', { class: 'field__hint' });
  const el = h('section', { class: 'entry entry--scene' }, [heading, ...Object.values(fields).map((f) => f.el), focus,
    h('div', { class: 'item-form__row' }, [up, down, textButton('Delete scene', () => store.edit('delete scene', (d) => removeItem(d, 'scenes', id)), 'button--quiet')])]);
  return {
    el,
    update(state, at, count) {
      const s: Scene | undefined = state.history.present.story.scenes?.[at];
      if (!s) return;
      heading.textContent = `Scene ${at + 1}`;
      const values: Record<string, string> = { title: s.title, date: s.date, caption: s.caption ?? '', notes: s.notes ?? '' };
      for (const [k, f] of Object.entries(fields)) {
        f.set(values[k] ?? '');
        f.problems(state.problems.at(`scenes[${at}].${k}`));
      }
      const problems = state.problems.at(`scenes[${at}].focus`);
      focus.textContent = `${s.focus.length === 0 ? 'Focus: nothing in particular.' : `Focus: ${s.focus.join(', ')}.`}${s.view ? ' Its own view of the map.' : ''} ${problems.join(' ')}`;
      up.disabled = at === 0;
      down.disabled = at === count - 1;
    },
  };
}

export function createScenesPanel(store: StudioStore, preview: PreviewNow): { el: HTMLElement; update(state: StudioState): void } {
  const rows = new Map<string, SceneRow>();
  const list = h('div', { class: 'entries' });
  const note = h('p', { class: 'field__hint', attrs: { role: 'status' } });
  const add = textButton('Add the preview as a scene', () => {
    const now = preview.now();
    if (!now) { note.textContent = 'The preview has no map yet.'; return; }
    const n = (store.get().history.present.story.scenes ?? []).length + 1;
    store.edit('new scene', (d) => { addScene(d, { title: `Scene ${n}`, date: now.date, focus: [...now.focus], ...(now.view ? { view: now.view } : {}) }); });
    note.textContent = `Scene ${n} added: the preview’s date and view${now.focus.length > 0 ? ', focused on what is selected' : ''}.`;
  });
  const el = h('div', { class: 'scenes-panel' }, [
    h('h2', { class: 'panel__title', text: 'Scenes for a briefing' }),
    h('p', { class: 'field__hint', text: 'Move the preview to a date and a view (select an arrow or a place to focus on it), then add it as a scene.' }),
    add, note, list,
  ]);
  return {
    el,
    update(state) {
      const scenes = state.history.present.story.scenes ?? [];
      for (const id of rows.keys()) if (!scenes.some((s) => s.id === id)) rows.delete(id);
      const wanted = scenes.map((s, i) => {
        const row = rows.get(s.id) ?? sceneRow(s.id, store);
        rows.set(s.id, row);
        row.update(state, i, scenes.length);
        return row.el;
      });
      if (wanted.length !== list.children.length || wanted.some((w, i) => list.children[i] !== w)) list.replaceChildren(...wanted);
    },
  };
}
