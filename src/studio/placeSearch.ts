import type { GazetteerPlace } from '../core/studio/gazetteer.ts';
import { parseCoordinates } from '../core/studio/coordinates.ts';
import { h } from '../dom/dom.ts';
import { createGazetteerSearch } from './gazetteerSource.ts';

// "Find a place": a name searched in the offline gazetteer, or coordinates
// as people write them ("35.99, 128.15", "35°59′N 128°09′E"). Each result is
// a button; Down moves from the box into them.

export interface Found {
  readonly name: string;
  readonly coordinates: readonly [number, number];
  readonly capital: boolean;
}

const people = (n: number): string => (n > 0 ? ` · ${n.toLocaleString('en')} people` : '');
const describe = (p: GazetteerPlace): string => `${p.name}, ${p.country || '—'}${p.capital ? ' · capital' : ''}${people(p.population)}`;
const degrees = ([lon, lat]: readonly [number, number]): string => `${Math.abs(lat).toFixed(4)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon).toFixed(4)}° ${lon < 0 ? 'W' : 'E'}`;

export function createPlaceSearch(pick: (found: Found) => void): HTMLElement {
  const input = h('input', { class: 'field__input', attrs: { type: 'search', id: 'find-place', autocomplete: 'off', 'data-own-undo': '', 'aria-describedby': 'find-place-hint find-place-status', 'aria-controls': 'find-place-results' } });
  const status = h('p', { class: 'field__hint', attrs: { id: 'find-place-status', role: 'status' } });
  const results = h('ul', { class: 'place-results', attrs: { id: 'find-place-results', 'aria-label': 'Places found' } });
  const credit = h('p', { class: 'field__hint place-credit' });
  const gazetteer = createGazetteerSearch();
  let asked = 0;
  const choose = (found: Found): void => {
    pick(found);
    input.value = '';
    results.replaceChildren();
    status.textContent = `${found.name} added to the story.`;
    input.focus();
  };
  const show = (items: readonly { text: string; found: Found }[]): void => {
    results.replaceChildren(...items.map(({ text, found }) => {
      const b = h('button', { class: 'place-results__item', text, attrs: { type: 'button' } });
      b.addEventListener('click', () => choose(found));
      return h('li', {}, [b]);
    }));
  };
  const search = async (): Promise<void> => {
    const query = input.value.trim();
    const ask = ++asked;
    const typed = parseCoordinates(query);
    if (typed) {
      show([{ text: `A place at ${degrees(typed)}`, found: { name: 'New place', coordinates: typed, capital: false } }]);
      status.textContent = 'Coordinates: add the place, then name it.';
      return;
    }
    if (query.length < 2) { show([]); status.textContent = ''; return; }
    status.textContent = credit.textContent ? 'Searching…' : 'Loading the place list (the first search only)…';
    try {
      const { places: found, attribution } = await gazetteer.search(query, 8);
      if (ask !== asked) return;
      credit.textContent = attribution;
      show(found.map((p) => ({ text: describe(p), found: { name: p.name, coordinates: p.coordinates, capital: p.capital} })));
      status.textContent = found.length === 0 ? `No place called “${query}” in the list: type its coordinates, or click the map after adding any place.` : `${found.length} ${found.length === 1 ? 'place' : 'places'} found.`;
    } catch (e) {
      status.textContent = `The place list is not available (${e instanceof Error ? e.message : String(e)}): type coordinates instead.`;
    }
  };
  input.addEventListener('input', () => void search());
  // The list starts loading as soon as the author comes to the box.
  input.addEventListener('focus', () => void gazetteer.search('', 0).catch(() => undefined), { once: true });
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown') return;
    const first = results.querySelector('button');
    if (first) { e.preventDefault(); first.focus(); }
  });
  results.addEventListener('keydown', (e) => {
    const buttons = [...results.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = at + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else buttons[Math.min(next, buttons.length - 1)]?.focus();
    } else if (e.key === 'Escape') input.focus();
  });
  return h('div', { class: 'field place-search' }, [
    h('label', { class: 'field__label', text: 'Find a place', attrs: { for: input.id } }),
    input,
    h('p', { class: 'field__hint', attrs: { id: 'find-place-hint' }, text: 'A city’s name in any script, or coordinates (“35.99, 128.15”, “35°59′N 128°09′E”). Down arrow to the results.' }),
    status, results, credit,
  ]);
}
