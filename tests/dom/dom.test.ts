import { describe, expect, it } from 'vitest';
import { setAttr, setText, syncChildren } from '../../src/dom/dom.ts';

// Just enough of the DOM for syncChildren, counting every change it makes
// (each one restyles an entry in the browser).
class FakeNode {
  parent: FakeParent | undefined;
  constructor(readonly name: string) {}
  get nextSibling(): FakeNode | null {
    const siblings = this.parent?.children ?? [];
    return siblings[siblings.indexOf(this) + 1] ?? null;
  }
  remove(): void {
    if (!this.parent) return;
    this.parent.changes++;
    this.parent.children.splice(this.parent.children.indexOf(this), 1);
    this.parent = undefined;
  }
}

class FakeParent {
  children: FakeNode[] = [];
  changes = 0;
  get firstChild(): FakeNode | null {
    return this.children[0] ?? null;
  }
  insertBefore(node: FakeNode, ref: FakeNode | null): void {
    if (node.parent) {
      node.parent.children.splice(node.parent.children.indexOf(node), 1);
    }
    node.parent = this;
    this.changes++;
    const at = ref ? this.children.indexOf(ref) : this.children.length;
    this.children.splice(at, 0, node);
  }
}

const nodes = (names: string): FakeNode[] => names.split('').map((n) => new FakeNode(n));

function listOf(items: FakeNode[]): FakeParent {
  const parent = new FakeParent();
  for (const n of items) parent.insertBefore(n, null);
  parent.changes = 0;
  return parent;
}

function sync(parent: FakeParent, wanted: FakeNode[]): string {
  syncChildren(parent as unknown as Element, wanted as unknown as Node[]);
  return parent.children.map((n) => n.name).join('');
}

describe('syncChildren', () => {
  it('makes the children exactly the wanted nodes, in order', () => {
    const [a, b, c, d, e] = nodes('abcde') as [FakeNode, FakeNode, FakeNode, FakeNode, FakeNode];
    const parent = listOf([a, b, c, d]);
    expect(sync(parent, [d, e, b])).toBe('deb');
    expect(sync(parent, [])).toBe('');
  });

  it('touches nothing when nothing changed', () => {
    const all = nodes('abcdefgh');
    const parent = listOf(all);
    sync(parent, all);
    expect(parent.changes).toBe(0);
  });

  it('removes an entry that leaves from the top without moving the ones after it', () => {
    const all = nodes('abcdefghij');
    const parent = listOf(all);
    expect(sync(parent, all.slice(1))).toBe('bcdefghij');
    expect(parent.changes).toBe(1);
  });

  it('handles one leaving and one arriving in a long list with two changes', () => {
    const all = nodes('abcdefghijklmnopqrst');
    const parent = listOf(all.slice(0, 19));
    const wanted = [...all.slice(0, 5), ...all.slice(6, 20)];
    expect(sync(parent, wanted)).toBe('abcdeghijklmnopqrst');
    expect(parent.changes).toBe(2);
  });
});

describe('setText and setAttr', () => {
  it('write only when the value differs', () => {
    let writes = 0;
    let text = 'a';
    const node = { get textContent() { return text; }, set textContent(v: string) { writes++; text = v; } };
    setText(node as unknown as Node, 'a');
    setText(node as unknown as Node, 'b');
    expect([writes, text]).toEqual([1, 'b']);
    const attrs = new Map([['aria-pressed', 'true']]);
    const el = { getAttribute: (k: string) => attrs.get(k) ?? null, setAttribute: (k: string, v: string) => { writes++; attrs.set(k, v); } };
    setAttr(el as unknown as Element, 'aria-pressed', 'true');
    setAttr(el as unknown as Element, 'aria-pressed', 'false');
    expect([writes, attrs.get('aria-pressed')]).toEqual([2, 'false']);
  });
});
