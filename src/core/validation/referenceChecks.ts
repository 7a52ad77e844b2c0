import { cut, printable, quoted } from '../quoted.ts';
import { type ErrorSink } from './errors.ts';
import { type IdIndex, checkRef } from './idChecks.ts';
import { items, own, str } from './untrusted.ts';

function checkList(index: IdIndex, item: unknown, key: string, base: () => string, wanted: 'place' | 'actor' | 'id', errors: ErrorSink): void {
  items(item, key).forEach((ref, j) => checkRef(index, ref, () => `${base()}.${key}[${j}]`, wanted, errors));
}

/** The ids of a loop from `start` round to itself, cut short when long: "a → b → a". */
function loopText(cycle: readonly string[], start: number): string {
  const round = [...cycle.slice(start), ...cycle.slice(0, start), cycle[start] ?? ''];
  const shown = round.length > 12 ? [...round.slice(0, 10), `… (${cycle.length} actors) …`, round[round.length - 1] ?? ''] : round;
  return shown.map((id, i) => (i === 10 && round.length > 12 ? id : printable(cut(id, 60)))).join(' → ');
}

/**
 * Every actor on a memberOf loop, each reported with the loop from itself.
 * Each actor is walked once (a loop of 5,000 actors costs 5,000 steps, not
 * 5,000 walks of 5,000).
 */
function checkMembershipLoops(input: unknown, errors: ErrorSink): void {
  const parent = new Map<string, string>();
  for (const a of items(input, 'actors')) {
    const id = str(own(a, 'id'));
    const up = str(own(a, 'memberOf'));
    if (id !== undefined && up !== undefined && !parent.has(id)) parent.set(id, up);
  }
  const loopOf = new Map<string, { cycle: readonly string[]; at: number }>();
  const done = new Set<string>();
  for (const first of parent.keys()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    for (let cur: string | undefined = first; cur !== undefined && !done.has(cur); cur = parent.get(cur)) {
      const seen = onPath.get(cur);
      if (seen !== undefined) {
        const cycle = path.slice(seen);
        cycle.forEach((id, at) => loopOf.set(id, { cycle, at }));
        break;
      }
      onPath.set(cur, path.length);
      path.push(cur);
    }
    for (const id of path) done.add(id);
  }
  items(input, 'actors').forEach((a, i) => {
    const loop = loopOf.get(str(own(a, 'id')) ?? '');
    if (loop && parent.get(str(own(a, 'id')) ?? '') !== undefined) {
      errors.push({ path: `actors[${i}].memberOf`, message: `membership loop: ${loopText(loop.cycle, loop.at)}` });
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
