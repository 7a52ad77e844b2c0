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
});
