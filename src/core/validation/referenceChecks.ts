import { quoted } from '../quoted.ts';
import { type ErrorSink } from './errors.ts';
import { type IdIndex, checkRef } from './idChecks.ts';
import { items, own, str } from './untrusted.ts';

function checkList(index: IdIndex, item: unknown, key: string, base: () => string, wanted: 'place' | 'actor' | 'id', errors: ErrorSink): void {
  items(item, key).forEach((ref, j) => checkRef(index, ref, () => `${base()}.${key}[${j}]`, wanted, errors));
}

function checkMembershipLoops(input: unknown, errors: ErrorSink): void {
  const parent = new Map<string, string>();
  for (const a of items(input, 'actors')) {
    const id = str(own(a, 'id'));
    const up = str(own(a, 'memberOf'));
    if (id !== undefined && up !== undefined && !parent.has(id)) parent.set(id, up);
  }
  items(input, 'actors').forEach((a, i) => {
    const start = str(own(a, 'id'));
    if (start === undefined || !parent.has(start)) return;
    const chain = [start];
    let cur = parent.get(start);
    while (cur !== undefined && !chain.includes(cur) && chain.length <= parent.size) {
      chain.push(cur);
      cur = parent.get(cur);
    }
    if (cur === start) {
      errors.push({ path: `actors[${i}].memberOf`, message: `membership loop: ${[...chain, start].join(' → ')}` });
    }
  });
}

export function checkReferences(input: unknown, index: IdIndex, errors: ErrorSink): void {
  items(input, 'actors').forEach((a, i) => {
    checkRef(index, own(a, 'place'), () => `actors[${i}].place`, 'place', errors);
    checkRef(index, own(a, 'memberOf'), () => `actors[${i}].memberOf`, 'actor', errors);
  });
  checkMembershipLoops(input, errors);
  items(input, 'stances').forEach((s, i) => {
    checkRef(index, own(s, 'from'), () => `stances[${i}].from`, 'actor', errors);
    checkRef(index, own(s, 'to'), () => `stances[${i}].to`, 'actor or place', errors);
    const from = own(s, 'from');
    if (typeof from === 'string' && from === own(s, 'to')) {
      errors.push({ path: `stances[${i}].to`, message: `a stance cannot point at its own actor ${quoted(from)}` });
    }
  });
  items(input, 'events').forEach((e, i) => {
    checkList(index, e, 'places', () => `events[${i}]`, 'place', errors);
    checkList(index, e, 'actors', () => `events[${i}]`, 'actor', errors);
  });
  items(input, 'areas').forEach((a, i) => checkRef(index, own(a, 'place'), () => `areas[${i}].place`, 'place', errors));
  items(input, 'scenes').forEach((s, i) => checkList(index, s, 'focus', () => `scenes[${i}]`, 'id', errors));
}
