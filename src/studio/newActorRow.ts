import type { Actor, Story } from '../core/schema/story.schema.ts';
import { ACTOR_KINDS } from '../core/schema/kinds.ts';
import { addActor } from '../core/studio/items.ts';
import { h, textButton } from '../dom/dom.ts';
import { placeChoices } from './choices.ts';
import { selectField, textField } from './fields.ts';
import type { StudioStore } from './studioStore.ts';

// A new actor made where it is needed: a name, a kind and the place it is
// drawn at (find the place first under Places). `made` gets its id.

export function newActorRow(store: StudioStore, made: (id: string) => void): { el: HTMLElement; update(story: Story): void } {
  let name = '';
  let kind: Actor['kind'] = 'state';
  let place = '';
  const nameField = textField('New actor’s name', (v) => { name = v.trim(); });
  nameField.input.setAttribute('data-own-undo', '');
  const kindField = selectField('Kind', (v) => { kind = v as Actor['kind']; });
  kindField.choices(ACTOR_KINDS.map((k) => ({ value: k, label: k })));
  const placeField = selectField('Drawn at', (v) => { place = v; }, 'Find places under Places.');
  const add = textButton('Add actor', () => {
    if (name === '') { nameField.problems(['give the actor a name']); return; }
    nameField.problems([]);
    let id = '';
    store.edit('new actor', (d) => { id = addActor(d, name, place, kind); });
    made(id);
    nameField.input.value = '';
    name = '';
  });
  return {
    el: h('details', { class: 'new-actor' }, [h('summary', { text: 'New actor…' }), h('div', { class: 'new-actor__fields' }, [nameField.el, kindField.el, placeField.el, add])]),
    update: (story) => placeField.choices(placeChoices(story, 'Choose a place')),
  };
}
