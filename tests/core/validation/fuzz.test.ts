import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ValidationError } from '../../../src/core/validation/errors.ts';
import { readStoryText } from '../../../src/core/validation/readStoryText.ts';
import { validateStory } from '../../../src/core/validation/validateStory.ts';
import { random } from '../../bench/generateStory.ts';

// Seeded random mutations of the THAAD file, fed to the checker: it must
// answer every one with problems it can place, and never break.

const THAAD = readFileSync(new URL('../../../data/thaad-2017.json', import.meta.url), 'utf8');
const CASES = 1500;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Rng = () => number;

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

function unicode(rng: Rng, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const kind = rng();
    const code = kind < 0.3 ? Math.floor(rng() * 0x20) // controls
      : kind < 0.4 ? 0xd800 + Math.floor(rng() * 0x800) // lone surrogates
        : kind < 0.5 ? pick(rng, [0x202e, 0x2066, 0x200f, 0x2028, 0x9b, 0x7f, 0xfeff])
          : kind < 0.8 ? 0x20 + Math.floor(rng() * 0x60)
            : Math.floor(rng() * 0x10ffff);
    s += String.fromCodePoint(code >= 0xd800 && code < 0xe000 && kind >= 0.4 ? 0x41 : code);
  }
  return s;
}

function oddValue(rng: Rng): Json {
  return pick(rng, [
    () => null, () => true, () => 0, () => -1, () => 1e308, () => -1e308, () => 2 ** 53 + 1, () => 0.1,
    () => '', () => unicode(rng, 1 + Math.floor(rng() * 40)), () => 'x'.repeat(5000), () => '2017-02-30', () => 'javascript:alert(1)',
    () => [], () => [1, 2, 3], () => ({}), () => ({ a: 1 }),
    () => { let v: Json = 1; for (let i = 0, n = 5 + Math.floor(rng() * 40); i < n; i++) v = [v]; return v; },
  ])();
}

const ODD_KEYS = ['__proto__', 'constructor', 'prototype', '', 'id', 'type', 'toString', '\u0000', '\u001b[2J', 'ko', 'zh-Hans'];

/** Every object and array in the value, with the containers themselves. */
function containers(v: Json, out: (Json[] | { [key: string]: Json })[] = []): (Json[] | { [key: string]: Json })[] {
  if (v !== null && typeof v === 'object') {
    out.push(v);
    for (const child of Object.values(v)) containers(child, out);
  }
  return out;
}

function mutate(story: Json, rng: Rng): void {
  const target = pick(rng, containers(story));
  const keys = Object.keys(target);
  const key = keys.length > 0 ? pick(rng, keys) : undefined;
  const r = rng();
  if (Array.isArray(target)) {
    if (r < 0.3 && key !== undefined) target.splice(Number(key), 1);
    else if (r < 0.6 && key !== undefined) target[Number(key)] = oddValue(rng);
    else if (r < 0.8 && key !== undefined) target.push(structuredClone(target[Number(key)]!));
    else target.push(oddValue(rng));
  } else if (r < 0.3 && key !== undefined) {
    delete target[key];
  } else if (r < 0.65 && key !== undefined) {
    target[key] = oddValue(rng);
  } else {
    Object.defineProperty(target, pick(rng, [...ODD_KEYS, unicode(rng, 8)]), { value: oddValue(rng), enumerable: true, configurable: true, writable: true });
  }
}

/** "places[0].localNames[\"ko\"]" back to its segments. */
function segments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  const re = /(?:^|\.)([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let m: RegExpExecArray | null;
  while (re.lastIndex < path.length && (m = re.exec(path))) {
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]!) as string)));
  }
  if (re.lastIndex !== path.length) throw new Error(`cannot read path ${path}`);
  return out;
}

function has(value: unknown, segs: readonly (string | number)[]): boolean {
  let cur = value;
  for (const seg of segs) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, seg)) return false;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return true;
}

/** A path names something in the file, or (for a missing field) something whose parent is in it. */
function placed(error: ValidationError, input: unknown): boolean {
  if (error.path === '(file)' || error.path === '(root)') return true;
  const segs = segments(error.path);
  return has(input, segs) || (error.message.startsWith('missing required field') && has(input, segs.slice(0, -1)));
}

describe('the checker against seeded random mutations of the THAAD file', () => {
  it(`answers ${CASES} mutated files without breaking, and every problem's path is in the file`, () => {
    const rng = random(20170307);
    let rejected = 0;
    for (let n = 0; n < CASES; n++) {
      const story = JSON.parse(THAAD) as Json;
      for (let k = 0, count = 1 + Math.floor(rng() * 3); k < count; k++) mutate(story, rng);
      const text = JSON.stringify(story);
      const input: unknown = JSON.parse(text);
      // Straight into the checker: nothing may throw.
      const direct = validateStory(input);
      // Through the text: the screen, the key scan and the catch-all, which must never be needed.
      const read = readStoryText(text);
      const errors = read.ok ? [] : read.errors;
      if (!read.ok) rejected++;
      for (const e of [...direct, ...errors]) {
        expect(e.message, `case ${n}: ${e.path}`).not.toMatch(/could not be checked/);
        expect(placed(e, input), `case ${n}: ${e.path}: ${e.message}`).toBe(true);
      }
    }
    // The mutations do break files: most are refused.
    expect(rejected).toBeGreaterThan(CASES * 0.6);
  }, 60_000);

  it('answers texts cut, spliced and salted with random characters, placing syntax errors in the file', () => {
    const rng = random(42);
    for (let n = 0; n < 300; n++) {
      const at = Math.floor(rng() * THAAD.length);
      const text = pick(rng, [
        () => THAAD.slice(0, at),
        () => THAAD.slice(0, at) + unicode(rng, 3) + THAAD.slice(at),
        () => THAAD.slice(0, at) + THAAD.slice(at + 1 + Math.floor(rng() * 20)),
        () => THAAD.slice(0, at) + pick(rng, ['{', '[', ']', '}', ',', ':', '"', '\\']) + THAAD.slice(at),
      ])();
      const read = readStoryText(text);
      if (read.ok) continue;
      for (const e of read.errors) {
        expect(e.message, `case ${n}`).not.toMatch(/could not be checked/);
        const syntax = /^not valid JSON at line (\d+), column (\d+)/.exec(e.message);
        if (!syntax) continue;
        const lines = text.split('\n');
        expect(Number(syntax[1]), `case ${n}`).toBeLessThanOrEqual(lines.length);
        expect(Number(syntax[2]), `case ${n}`).toBeLessThanOrEqual((lines[Number(syntax[1]) - 1]?.length ?? 0) + 1);
      }
    }
  }, 60_000);
});
