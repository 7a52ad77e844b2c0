import { h } from '../dom/dom.ts';

// Labelled form fields that show the checker's problems under them. A field
// is filled from the working copy, but never while the author is typing in
// it (their caret and selection stay where they are).

let counter = 0;
/** True while the page follows the author's own typing: the field they type in is not refilled. */
let typing = false;

/** Runs a refill of the fields; after undo, redo or a load every field is refilled, even the focused one. */
export function refill(byTyping: boolean, run: () => void): void {
  typing = byTyping;
  try { run(); } finally { typing = false; }
}
const nextId = (base: string): string => `studio-${base}-${++counter}`;

export interface Field<E extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement> {
  readonly el: HTMLElement;
  readonly input: E;
  set(value: string): void;
  problems(messages: readonly string[]): void;
}

function wrap<E extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(label: string, input: E, hint?: string): Field<E> {
  input.id ||= nextId('field');
  const problemList = h('ul', { class: 'field__problems', attrs: { id: `${input.id}-problems` } });
  const hintEl = hint ? h('p', { class: 'field__hint', text: hint, attrs: { id: `${input.id}-hint` } }) : undefined;
  input.setAttribute('aria-describedby', [hintEl?.id, problemList.id].filter(Boolean).join(' '));
  const el = h('div', { class: 'field' }, [h('label', { class: 'field__label', text: label, attrs: { for: input.id } }), input, hintEl, problemList]);
  let shown = '';
  return {
    el,
    input,
    set(value) {
      if (input.value === value) return;
      if (typing && document.activeElement === input && input.tagName !== 'SELECT') return;
      input.value = value;
    },
    problems(messages) {
      const key = messages.join('\n');
      if (key === shown) return;
      shown = key;
      problemList.replaceChildren(...messages.map((m) => h('li', { text: m })));
      if (messages.length > 0) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    },
  };
}

export function textField(label: string, onInput: (value: string) => void, options: { multiline?: boolean; hint?: string; rows?: number } = {}): Field<HTMLInputElement | HTMLTextAreaElement> {
  const input: HTMLInputElement | HTMLTextAreaElement = options.multiline
    ? h('textarea', { class: 'field__input', attrs: { rows: String(options.rows ?? 3), spellcheck: 'true' } })
    : h('input', { class: 'field__input', attrs: { type: 'text' } });
  input.addEventListener('input', () => onInput(input.value));
  return wrap(label, input, options.hint);
}

export interface Choice {
  readonly value: string;
  readonly label: string;
  /** Options under one heading share a group ("Actors", "Places"). */
  readonly group?: string;
}

export function selectField(label: string, onChange: (value: string) => void, hint?: string): Field<HTMLSelectElement> & { choices(list: readonly Choice[]): void } {
  const input = h('select', { class: 'field__input' });
  input.addEventListener('change', () => onChange(input.value));
  const field = wrap(label, input, hint);
  let key = '';
  // A value the list does not hold (an opened file's "castle" for a kind) is shown as it is, not as the first choice.
  const stray = h('option', { class: 'field__stray' });
  const setValue = (value: string): void => {
    const known = [...input.options].some((o) => o !== stray && o.value === value);
    if (known) stray.remove();
    else {
      stray.value = value;
      stray.textContent = value === '' ? '(none)' : `${value} (not one of the choices)`;
      if (stray.parentNode !== input) input.prepend(stray);
    }
    input.value = value;
  };
  return {
    ...field,
    set: setValue,
    choices(list) {
      const next = JSON.stringify(list);
      if (next === key) return;
      key = next;
      const value = input.value;
      const groups = new Map<string, HTMLElement>();
      const nodes: HTMLElement[] = [];
      for (const c of list) {
        const option = h('option', { text: c.label, attrs: { value: c.value } });
        if (!c.group) { nodes.push(option); continue; }
        let group = groups.get(c.group);
        if (!group) {
          group = h('optgroup', { attrs: { label: c.group } });
          groups.set(c.group, group);
          nodes.push(group);
        }
        group.append(option);
      }
      input.replaceChildren(...nodes);
      setValue(value);
    },
  };
}

export function checkbox(label: string, onChange: (checked: boolean) => void): { el: HTMLElement; set(checked: boolean): void } {
  const input = h('input', { attrs: { type: 'checkbox', id: nextId('check') } });
  input.addEventListener('change', () => onChange(input.checked));
  return { el: h('div', { class: 'field field--check' }, [input, h('label', { text: label, attrs: { for: input.id } })]), set: (c) => { input.checked = c; } };
}
