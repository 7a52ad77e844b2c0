import type { Map as MapLibreMap } from 'maplibre-gl';
import { parseCoordinates } from '../core/studio/coordinates.ts';
import { addPlace, removeItem } from '../core/studio/items.ts';
import { formatLocalNames, parseLocalNames } from '../core/studio/localNames.ts';
import { PLACE_KINDS } from '../core/schema/kinds.ts';
import type { Place } from '../core/schema/story.schema.ts';
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
        const own = state.problems.at(`places[${at}].${k}`);
        // A half-typed position or list of names stays as typed, with what reading it found, until it reads.
        if ((k === 'coordinates' || k === 'localNames') && document.activeElement === f.input && state.cause === 'typing') continue;
        f.set(values[k] ?? '');
        f.problems(own);
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

/**
 * The open place's own mark on the preview map, dragged to where the place is:
 * pressed on it, the map does not pan; a ring follows the pointer, and the
 * place moves where it is let go (one undo step). MapLibre's Marker would do
 * this too, but importing it would add its code to every page's map chunk.
 */
function createDraggableMark(store: StudioStore, mapAccess: MapAccess): { readonly follow: (id: string, open: boolean) => void; readonly update: (state: StudioState) => void } {
  let id = '';
  const watched = new WeakSet<MapLibreMap>();
  const ring = h('div', { class: 'drag-ring', attrs: { 'aria-hidden': 'true' } });
  const onMark = (map: MapLibreMap, point: { x: number; y: number }): boolean =>
    id !== '' && map.queryRenderedFeatures([point.x, point.y]).some((f) => f.source === 'places' && f.properties.id === id);
  const watch = (map: MapLibreMap): void => {
    if (watched.has(map)) return;
    watched.add(map);
    let dragging = false;
    const canvas = map.getCanvasContainer();
    map.on('mousedown', (e) => {
      if (!onMark(map, e.point)) return;
      e.preventDefault();
      dragging = true;
      canvas.append(ring);
      ring.style.transform = `translate(${e.point.x}px, ${e.point.y}px)`;
    });
    map.on('mousemove', (e) => {
      if (dragging) ring.style.transform = `translate(${e.point.x}px, ${e.point.y}px)`;
      else map.getCanvas().style.cursor = onMark(map, e.point) ? 'grab' : map.getCanvas().style.cursor;
    });
    map.on('mouseup', (e) => {
      if (!dragging) return;
      dragging = false;
      ring.remove();
      const { lng, lat } = e.lngLat.wrap();
      store.edit('place position', (d) => {
        const p = d.story.places.find((x) => x.id === id);
        if (p) p.coordinates = [Math.round(lng * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
      });
    });
  };
  const sync = (): void => {
    const map = mapAccess.map();
    if (map) watch(map);
  };
  return {
    follow: (next, open) => {
      if (open) id = next;
      else if (id === next) id = '';
      sync();
    },
    update: () => sync(),
  };
}
