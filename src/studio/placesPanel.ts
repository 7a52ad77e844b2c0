import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import { parseCoordinates } from '../core/studio/coordinates.ts';
import { addPlace, removeItem } from '../core/studio/items.ts';
import { formatLocalNames, parseLocalNames } from '../core/studio/localNames.ts';
import { PLACE_KINDS, type Place } from '../core/schema/story.schema.ts';
import { h, textButton } from '../dom/dom.ts';
import { type Field, selectField, textField } from './fields.ts';
import { createPlaceSearch } from './placeSearch.ts';
import type { StudioState, StudioStore } from './studioStore.ts';

// The story's places: found by name or coordinates, then each one's name,
// kind, position (typed, clicked on the map, or its mark dragged there) and
// local names.

export interface MapAccess {
  /** The preview's live map, when there is one. */
  readonly map: () => MapLibreMap | undefined;
}

const lonLatText = ([lon, lat]: readonly [number, number]): string => `${lat}, ${lon}`;

interface PlaceRow { el: HTMLDetailsElement; update(state: StudioState, at: number): void }

function placeRow(id: string, store: StudioStore, mapAccess: MapAccess, opened: (id: string, open: boolean) => void): PlaceRow {
  const change = (label: string, recipe: (p: Place) => void, key?: string): void => store.edit(label, (d) => {
    const p = d.story.places.find((x) => x.id === id);
    if (p) recipe(p);
  }, key);
  const name = textField('Name', (v) => change('place name', (p) => { p.name = v; }, `${id}.name`));
  const kind = selectField('Kind', (v) => change('place kind', (p) => { p.kind = v as Place['kind']; }));
  kind.choices(PLACE_KINDS.map((k) => ({ value: k, label: k })));
  const coordinates = textField('Coordinates', (v) => {
    const read = parseCoordinates(v);
    coordinates.problems(read || v.trim() === '' ? [] : ['not coordinates: latitude then longitude, as “35.99, 128.15” or “35°59′N 128°09′E”']);
    if (read) change('place position', (p) => { p.coordinates = [read[0], read[1]]; }, `${id}.coordinates`);
  }, { hint: 'Latitude, longitude; or click “Place on the map”, or drag its mark.' });
  const local = textField('Local names', (v) => {
    const { names, unread } = parseLocalNames(v);
    local.problems(unread.map((u) => `“${u}” is not “language: name” (as “ko: 성주군”)`));
    change('local names', (p) => { if (Object.keys(names).length === 0) delete p.localNames; else p.localNames = names; }, `${id}.localNames`);
  }, { hint: 'Language and name, as “ko: 성주군, zh: 星州郡”.' });
  const fields: Record<string, Field> = { name, kind, coordinates, localNames: local };
  for (const f of Object.values(fields)) f.input.addEventListener('blur', () => store.settle());
  const place = textButton('Place on the map', () => {
    const map = mapAccess.map();
    if (!map) return;
    map.getCanvas().style.cursor = 'crosshair';
    placing.textContent = 'Click the map where the place is.';
    map.once('click', (e) => {
      map.getCanvas().style.cursor = '';
      placing.textContent = '';
      const { lng, lat } = e.lngLat.wrap();
      change('place position', (p) => { p.coordinates = [Math.round(lng * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4]; });
    });
  });
  const placing = h('p', { class: 'field__hint', attrs: { role: 'status' } });
  const summary = h('summary', {});
  const el = h('details', { class: 'entry', attrs: { 'data-place': id } }, [summary, name.el, kind.el, coordinates.el, h('div', { class: 'item-form__row' }, [place, placing]), local.el,
    textButton('Delete place', () => store.edit('delete place', (d) => removeItem(d, 'places', id)), 'button--quiet')]);
  el.addEventListener('toggle', () => opened(id, el.open));
  return {
    el,
    update(state, at) {
      const p = state.history.present.story.places[at];
      if (!p) return;
      const problems = state.problems.countUnder(`places[${at}]`);
      summary.textContent = `${p.name || id}${problems > 0 ? ` · ${problems} ${problems === 1 ? 'problem' : 'problems'}` : ''}`;
      const values: Record<string, string> = { name: p.name, kind: p.kind, coordinates: Array.isArray(p.coordinates) ? lonLatText(p.coordinates) : '', localNames: formatLocalNames(p.localNames) };
      for (const [k, f] of Object.entries(fields)) {
        // A half-typed position or list of names stays as typed until it reads.
        if ((k === 'coordinates' || k === 'localNames') && document.activeElement === f.input) continue;
        f.set(values[k] ?? '');
        if (k !== 'coordinates' && k !== 'localNames') f.problems(state.problems.at(`places[${at}].${k}`));
      }
    },
  };
}

export function createPlacesPanel(store: StudioStore, mapAccess: MapAccess): { el: HTMLElement; update(state: StudioState): void } {
  const rows = new Map<string, PlaceRow>();
  const list = h('div', { class: 'entries' });
  const dragging = createDraggableMark(store, mapAccess);
  const search = createPlaceSearch((found) => {
    let id = '';
    store.edit('new place', (d) => { id = addPlace(d, found.name, found.coordinates, found.capital ? 'capital' : 'city'); });
    requestAnimationFrame(() => { const row = rows.get(id); if (row) row.el.open = true; });
  });
  const el = h('div', { class: 'places-panel' }, [h('h2', { class: 'panel__title', text: 'Places' }), search, list]);
  return {
    el,
    update(state) {
      const { places } = state.history.present.story;
      for (const id of rows.keys()) if (!places.some((p) => p.id === id)) rows.delete(id);
      const wanted = places.map((p, i) => {
        const row = rows.get(p.id) ?? placeRow(p.id, store, mapAccess, dragging.follow);
        rows.set(p.id, row);
        row.update(state, i);
        return row.el;
      });
      if (wanted.length !== list.children.length || wanted.some((w, i) => list.children[i] !== w)) list.replaceChildren(...wanted);
      dragging.update(state);
    },
  };
}

/** The open place's mark on the preview map, draggable to where the place is. */
function createDraggableMark(store: StudioStore, mapAccess: MapAccess): { readonly follow: (id: string, open: boolean) => void; readonly update: (state: StudioState) => void } {
  let id = '';
  let marker: Marker | undefined;
  let on: MapLibreMap | undefined;
  const place = (): Place | undefined => store.get().history.present.story.places.find((p) => p.id === id);
  const sync = async (): Promise<void> => {
    const map = mapAccess.map();
    const p = place();
    if (!map || !p || !Array.isArray(p.coordinates)) { marker?.remove(); marker = undefined; on = undefined; return; }
    if (!marker) {
      const { Marker } = await import('maplibre-gl');
      marker = new Marker({ draggable: true, color: '#0b57d0' });
      marker.on('dragend', () => {
        const at = marker?.getLngLat().wrap();
        if (!at) return;
        store.edit('place position', (d) => {
          const q = d.story.places.find((x) => x.id === id);
          if (q) q.coordinates = [Math.round(at.lng * 1e4) / 1e4, Math.round(at.lat * 1e4) / 1e4];
        });
      });
      marker.getElement().setAttribute('aria-label', `Position of ${p.name}: drag to move`);
    }
    marker.setLngLat([p.coordinates[0], p.coordinates[1]]);
    if (on !== map) {
      marker.addTo(map);
      on = map;
    }
  };
  return {
    follow: (next, open) => {
      if (open) id = next;
      else if (id === next) id = '';
      void sync();
    },
    update: () => void sync(),
  };
}
