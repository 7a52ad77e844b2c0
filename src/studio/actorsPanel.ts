import { ACTOR_KINDS } from '../core/schema/kinds.ts';
import type { Actor } from '../core/schema/story.schema.ts';
import { removeItem } from '../core/studio/items.ts';
import { h, textButton } from '../dom/dom.ts';
import { actorChoices, placeChoices } from './choices.ts';
import { type Field, selectField, textField } from './fields.ts';
import { newActorRow } from './newActorRow.ts';
import type { StudioState, StudioStore } from './studioStore.ts';

// The story's actors: each one's name, kind, the place it is drawn at, its
// role and what it belongs to.

interface ActorRow { el: HTMLElement; update(state: StudioState, at: number): void }

function actorRow(id: string, store: StudioStore): ActorRow {
  const change = (label: string, key: keyof Actor, v: string, typed = false): void => store.edit(label, (d) => {
    const a = d.story.actors.find((x) => x.id === id) as unknown as Record<string, unknown> | undefined;
    if (!a) return;
    if (v === '' && (key === 'role' || key === 'memberOf' || key === 'description')) delete a[key];
    else a[key] = v;
  }, typed ? `${id}.${key}` : undefined);
  const name = textField('Name', (v) => change('actor name', 'name', v, true));
  const kind = selectField('Kind', (v) => change('actor kind', 'kind', v));
  kind.choices(ACTOR_KINDS.map((k) => ({ value: k, label: k })));
  const place = selectField('Drawn at', (v) => change('actor place', 'place', v));
  const role = textField('Role', (v) => change('actor role', 'role', v, true), { hint: '“Deputy Foreign Minister”' });
  const memberOf = selectField('Belongs to', (v) => change('belongs to', 'memberOf', v));
  const fields: Record<string, Field> = { name, kind, place, role, memberOf };
  for (const f of Object.values(fields)) f.input.addEventListener('blur', () => store.settle());
  const summary = h('summary', {});
  const el = h('details', { class: 'entry' }, [summary, name.el, kind.el, place.el, role.el, memberOf.el, textButton('Delete actor', () => store.edit('delete actor', (d) => removeItem(d, 'actors', id)), 'button--quiet')]);
  return {
    el,
    update(state, at) {
      const story = state.history.present.story;
      const a = story.actors[at];
      if (!a) return;
      place.choices(placeChoices(story, 'Choose a place'));
      memberOf.choices(actorChoices(story, 'Nothing').filter((c) => c.value !== id));
      const values: Record<string, string> = { name: a.name, kind: a.kind, place: a.place, role: a.role ?? '', memberOf: a.memberOf ?? '' };
      for (const [k, f] of Object.entries(fields)) {
        f.set(values[k] ?? '');
        f.problems(state.problems.at(`actors[${at}].${k}`));
      }
      const problems = state.problems.countUnder(`actors[${at}]`);
      summary.textContent = `${a.name || id}${problems > 0 ? ` · ${problems} ${problems === 1 ? 'problem' : 'problems'}` : ''}`;
    },
  };
}

export function createActorsPanel(store: StudioStore): { el: HTMLElement; update(state: StudioState): void } {
  const rows = new Map<string, ActorRow>();
  const list = h('div', { class: 'entries' });
  const newActor = newActorRow(store, (id) => store.select(id));
  const el = h('div', { class: 'actors-panel' }, [h('h2', { class: 'panel__title', text: 'Actors' }), list, newActor.el]);
  return {
    el,
    update(state) {
      const { actors } = state.history.present.story;
      newActor.update(state.history.present.story);
      for (const id of rows.keys()) if (!actors.some((a) => a.id === id)) rows.delete(id);
      const wanted = actors.map((a, i) => {
        const row = rows.get(a.id) ?? actorRow(a.id, store);
        rows.set(a.id, row);
        row.update(state, i);
        return row.el;
      });
      if (wanted.length !== list.children.length || wanted.some((w, i) => list.children[i] !== w)) list.replaceChildren(...wanted);
    },
  };
}
