import { safeHref } from '../core/safeUrl.ts';

// The only way UI code builds elements: text goes in as text nodes, never as
// markup, so nothing from a story file can become HTML.

type Child = Node | string | false | null | undefined;

export interface Props {
  class?: string;
  text?: string;
  attrs?: Record<string, string>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, children: readonly Child[] = []): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.text !== undefined) el.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) el.setAttribute(k, v);
  for (const c of children) {
    if (c === false || c === null || c === undefined) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

/**
 * Makes `parent`'s children exactly `wanted`, in order, moving only what is
 * out of place. Children already where they belong are not touched, so the
 * browser restyles and lays out only what changed (a list rebuilt whole with
 * replaceChildren is laid out whole on every playback step).
 */
export function syncChildren(parent: Element, wanted: readonly Node[]): void {
  // Leavers go first: left in place, each would make every later entry look
  // out of place, and all of them would be moved (and restyled) past it.
  const keep = new Set(wanted);
  for (let child = parent.firstChild; child;) {
    const next: ChildNode | null = child.nextSibling;
    if (!keep.has(child)) child.remove();
    child = next;
  }
  let cursor = parent.firstChild;
  for (const node of wanted) {
    if (node === cursor) {
      cursor = cursor.nextSibling;
      continue;
    }
    parent.insertBefore(node, cursor);
  }
}

/**
 * Text and attributes written only when they differ: the same value written
 * again still restyles the element (and replaces its text node), and during
 * playback every step would pay that for the whole page.
 */
export function setText(el: Node, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

export function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, children: readonly Node[] = []): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

/** A link from data: only http(s), opened in a new tab without opener or referrer. Plain text otherwise. */
export function externalLink(url: string | undefined, text: string, className?: string): HTMLElement {
  const href = safeHref(url);
  if (!href) return h('span', { text, ...(className ? { class: className } : {}) });
  return h('a', { text, ...(className ? { class: className } : {}), attrs: { href, target: '_blank', rel: 'noopener noreferrer' } });
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el as T;
}

/**
 * Opens a modal dialog and gives focus back to where it was when it closes,
 * so keys do not keep going to a control inside the closed dialog.
 */
export function modal(dialog: HTMLDialogElement): { show(): void } {
  let before: Element | null = null;
  dialog.addEventListener('close', () => {
    // After the browser's own focus handling for the closing dialog has run.
    setTimeout(() => {
      if (before instanceof HTMLElement && before !== document.body && before.isConnected) before.focus();
      else if (document.activeElement instanceof HTMLElement && dialog.contains(document.activeElement)) document.activeElement.blur();
    }, 0);
  });
  return {
    show() {
      if (dialog.open) return;
      before = document.activeElement;
      dialog.showModal();
    },
  };
}

/** A plain text button of the app's one style (ui/styles/buttons.css) that runs `run` when pressed. */
export function textButton(text: string, run: () => void, className = ''): HTMLButtonElement {
  const b = h('button', { class: className ? `button ${className}` : 'button', text, attrs: { type: 'button' } });
  b.addEventListener('click', run);
  return b;
}
