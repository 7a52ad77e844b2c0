import { describe, expect, it } from 'vitest';
import { actionForMessage, parentOrigin } from '../../src/ui/embedBridge.ts';

const known = (id: string): boolean => id === 'china';

describe('the embed\'s message rules', () => {
  it('accepts setDate with a calendar date and select with a known id', () => {
    expect(actionForMessage({ type: 'stancemap:setDate', date: '2017-02-28' }, known)).toEqual({ type: 'setDate', t: 17225 });
    expect(actionForMessage({ type: 'stancemap:select', id: 'china' }, known)).toEqual({ type: 'select', id: 'china' });
    expect(actionForMessage({ type: 'stancemap:select', id: '' }, known)).toEqual({ type: 'select', id: '' });
  });

  it.each([
    ['a navigation request', { type: 'stancemap:navigate', url: 'https://example.com' }],
    ['a date that is not a date', { type: 'stancemap:setDate', date: 'javascript:alert(1)' }],
    ['an impossible date', { type: 'stancemap:setDate', date: '2017-02-30' }],
    ['a date of the wrong type', { type: 'stancemap:setDate', date: 17225 }],
    ['an unknown id', { type: 'stancemap:select', id: '<img src=x onerror=alert(1)>' }],
    ['a string', 'stancemap:setDate'],
    ['null', null],
    ['an array', [{ type: 'stancemap:setDate', date: '2017-02-28' }]],
  ])('ignores %s', (_name, data) => {
    expect(actionForMessage(data, known)).toBeUndefined();
  });

  it('takes the parent origin from the referrer and nothing from an opaque or missing one', () => {
    expect(parentOrigin('https://blog.example.com/2017/03/post.html?x=1')).toBe('https://blog.example.com');
    expect(parentOrigin('')).toBeUndefined();
    expect(parentOrigin('data:text/html,hi')).toBeUndefined();
  });
});
