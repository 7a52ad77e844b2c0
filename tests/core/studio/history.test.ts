import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, closeStep, edit, historyOf, nextLabels, redo, undo } from '../../../src/core/studio/history.ts';

interface Draft { title: string; stances: { id: string; quote: string }[] }
const start = (): Draft => ({ title: 'Untitled', stances: [] });

describe('the working copy\'s history', () => {
  it('undoes and redoes every edit, in order', () => {
    let h = historyOf(start());
    h = edit(h, 'title', (d) => { d.title = 'China and Russia join forces against THAAD'; });
    h = edit(h, 'new stance', (d) => { d.stances.push({ id: 'china-opposes-thaad', quote: 'abandon their plans' }); });
    h = edit(h, 'quote', (d) => { (d.stances[0] as { quote: string }).quote = 'to abandon their plans to deploy the THAAD system'; });
    expect(nextLabels(h)).toEqual({ undo: 'quote', redo: '' });
    h = undo(h);
    expect(h.present.stances[0]?.quote).toBe('abandon their plans');
    h = undo(undo(h));
    expect(h.present).toEqual(start());
    expect(nextLabels(h)).toEqual({ undo: '', redo: 'title' });
    h = redo(redo(redo(h)));
    expect(h.present.stances[0]?.quote).toBe('to abandon their plans to deploy the THAAD system');
    expect(h.present.title).toBe('China and Russia join forces against THAAD');
  });

  it('never changes a copy it has handed out (each is a value of its own)', () => {
    const first = historyOf(start());
    const second = edit(first, 'title', (d) => { d.title = 'New'; });
    expect(first.present.title).toBe('Untitled');
    expect(second.present.title).toBe('New');
    expect(Object.isFrozen(second.present)).toBe(true);
  });

  it('drops what could be redone once a new edit is made', () => {
    let h = edit(historyOf(start()), 'a', (d) => { d.title = 'A'; });
    h = edit(undo(h), 'b', (d) => { d.title = 'B'; });
    expect(redo(h)).toBe(h);
    expect(nextLabels(h)).toEqual({ undo: 'b', redo: '' });
  });

  it('records nothing for an edit that changes nothing, and does nothing with nothing to undo or redo', () => {
    const h = historyOf(start());
    expect(edit(h, 'same', (d) => { d.title = 'Untitled'; })).toBe(h);
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });

  it('forgets the oldest edits past its limit', () => {
    let h = historyOf(start());
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = edit(h, `edit ${i}`, (d) => { d.title = `T${i}`; });
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT; i++) h = undo(h);
    expect(h.present.title).toBe('T4');
  });
});

describe('typing in one field', () => {
  it('is one step to undo, and keeps only the first and last values', () => {
    let h = historyOf(start());
    for (const title of ['C', 'Ch', 'Chi', 'China']) h = edit(h, 'title', (d) => { d.title = title; }, 'meta.title');
    expect(h.past).toHaveLength(1);
    expect(h.past[0]?.redo).toHaveLength(1);
    h = undo(h);
    expect(h.present.title).toBe('Untitled');
    h = redo(h);
    expect(h.present.title).toBe('China');
  });

  it('starts a new step after another field, or once the run is closed', () => {
    let h = historyOf(start());
    h = edit(h, 'title', (d) => { d.title = 'A'; }, 'meta.title');
    h = edit(h, 'new stance', (d) => { d.stances.push({ id: 'a', quote: '' }); });
    h = edit(h, 'title', (d) => { d.title = 'AB'; }, 'meta.title');
    h = closeStep(h);
    h = edit(h, 'title', (d) => { d.title = 'ABC'; }, 'meta.title');
    expect(h.past.map((s) => s.label)).toEqual(['title', 'new stance', 'title', 'title']);
    expect(undo(h).present.title).toBe('AB');
  });

  it('joins edits that change several values into one step that undoes them all', () => {
    let h = historyOf(start());
    h = edit(h, 'quote', (d) => { d.stances.push({ id: 'a', quote: 'x' }); }, 'k');
    h = edit(h, 'quote', (d) => { (d.stances[0] as { quote: string }).quote = 'xy'; d.title = 'T'; }, 'k');
    expect(h.past).toHaveLength(1);
    expect(undo(h).present).toEqual(start());
  });
});

describe('typing that changes several values at once', () => {
  it('keeps one old and one new value per place, however long the run', () => {
    interface Doc { text: string; at: number }
    let h = historyOf<Doc>({ text: '', at: 0 });
    for (const text of ['a', 'ab', 'abc', 'abcd']) h = edit(h, 'text', (d) => { d.text = text; d.at = text.length; }, 'text');
    expect(h.past).toHaveLength(1);
    expect(h.past[0]?.redo).toHaveLength(2);
    expect(h.past[0]?.undo).toHaveLength(2);
    expect(undo(h).present).toEqual({ text: '', at: 0 });
  });
});
