import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalStory } from '../support/minimalStory.ts';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'stancemap-validate-'));

function run(files: string[]): { code: number; stdout: string } {
  try {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', ...files], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { code: err.status, stdout: err.stdout };
  }
}

describe('npm run validate', () => {
  it('exits 0 and prints nothing for valid files', () => {
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(minimalStory()));
    expect(run(['data/thaad-2017.json', good])).toEqual({ code: 0, stdout: '' });
  }, 20_000);

  it('prints FILE: path: message for each problem and exits 1', () => {
    const bad = join(dir, 'bad.json');
    const story = minimalStory();
    story.stances[0]!.from = 'chna';
    story.events[0]!.date = '2017-02-30';
    writeFileSync(bad, JSON.stringify(story));
    const notJson = join(dir, 'notjson.json');
    writeFileSync(notJson, '{"version": 1,,}');
    const r = run([bad, notJson]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual([
      `${bad}: stances[0].from: unknown actor "chna"`,
      `${bad}: events[0].date: impossible date "2017-02-30" (February 2017 has 28 days)`,
      `${notJson}: (file): not valid JSON at line 1, column 15: {"version": 1,,}`,
    ]);
  }, 20_000);

  it('prints what a file holds with control characters escaped, and long values cut', () => {
    const escapes = join(dir, 'escapes.json');
    writeFileSync(escapes, '{"version": 1, "meta": "\u001b[2J\u001b]0;pwned\u0007\n0 file(s) have errors"}');
    const longKey = join(dir, 'long-key.json');
    writeFileSync(longKey, JSON.stringify({ ...minimalStory(), [`\u001b[31m${'k'.repeat(9_000_000)}`]: 1 }));
    const r = run([escapes, longKey]);
    expect(r.code).toBe(1);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(`${escapes}: (file): not valid JSON at line 1, column 25: {"version": 1, "meta": "\\u001b[2J\\u001b]0;pwned\\u0007`);
    expect(lines[1]).toMatch(/unknown key "\\u001b\[31mk+…"$/);
    expect(lines[1]!.length).toBeLessThan(longKey.length + 200);
    expect(lines).toHaveLength(2);
  }, 20_000);

  it('lists the first 1,000 problems of a file with 140,000, then counts the rest, without crashing', () => {
    const many = join(dir, 'many.json');
    writeFileSync(many, JSON.stringify({ ...minimalStory(), events: Array.from({ length: 20_000 }, () => ({})) }));
    const r = run([many]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1001);
    expect(lines[0]).toBe(`${many}: events[0].id: missing required field (an event needs id, date, title, description, places, actors and quote)`);
    expect(lines[1000]).toBe(`${many}: (file): and 139,000 more problems`);
  }, 20_000);
});

