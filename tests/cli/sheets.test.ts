import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'stancemap-sheets-'));

function run(args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/sheets.ts', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run sheets', () => {
  it('exports a story to a folder and imports it back to the same story', () => {
    const out = join(dir, 'thaad');
    expect(run(['export', 'data/thaad-2017.json', out]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['actors.csv', 'areas.csv', 'events.csv', 'meta.csv', 'places.csv', 'scenes.csv', 'stances.csv']);
    const back = join(dir, 'back.json');
    expect(run(['import', out, back]).code).toBe(0);
    expect(JSON.parse(readFileSync(back, 'utf8'))).toEqual(JSON.parse(readFileSync(join(root, 'data/thaad-2017.json'), 'utf8')));
  }, 30_000);

  it('prints every problem by file, row and column, exits 1 and writes nothing', () => {
    const bad = join(dir, 'bad');
    run(['export', 'data/thaad-2017.json', bad]);
    const stances = join(bad, 'stances.csv');
    writeFileSync(stances, readFileSync(stances, 'utf8').replace('usa-dismisses-china,usa,china', 'usa-dismisses-china,usa,chna'));
    const events = join(bad, 'events.csv');
    writeFileSync(events, readFileSync(events, 'utf8').replace('pukguksong-2-test,2017-02,', 'pukguksong-2-test,01/02/2017,'));
    const target = join(dir, 'never.json');
    const r = run(['import', bad, target]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual([
      `${bad}/stances.csv row 14, column "to": unknown actor or place "chna" (stances[12].to)`,
      `${bad}/events.csv row 3, column "date": "01/02/2017" is ambiguous (1 February or 2 January 2017): write 2017-02-01 or 2017-01-02 (events[1].date)`,
    ]);
    expect(existsSync(target)).toBe(false);
  }, 30_000);

  it('removes a sheet an earlier export left that the story no longer has', () => {
    const out = join(dir, 'stale');
    run(['export', 'data/thaad-2017.json', out]);
    const story = JSON.parse(readFileSync(join(root, 'data/thaad-2017.json'), 'utf8')) as Record<string, unknown>;
    delete story.scenes;
    const file = join(dir, 'no-scenes.json');
    writeFileSync(file, JSON.stringify(story));
    run(['export', file, out]);
    expect(readdirSync(out)).not.toContain('scenes.csv');
  }, 30_000);

  it('explains its usage', () => {
    expect(run(['import']).code).toBe(2);
  }, 30_000);
});
