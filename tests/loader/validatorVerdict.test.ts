import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WorkerMessage } from '../../src/loader/workerProtocol.ts';
import { checkDownload, checkText } from '../../src/loader/validatorVerdict.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/bad/${name}`, import.meta.url), 'utf8');
const thaad = readFileSync(new URL('../../data/thaad-2017.json', import.meta.url), 'utf8');

function download(text: string): { sent: WorkerMessage[]; verdict: WorkerMessage } {
  const sent: WorkerMessage[] = [];
  const verdict = checkDownload(text, text.length, 1234, (m) => sent.push(m));
  return { sent, verdict };
}

describe('the validation worker’s verdicts', () => {
  it('send a valid download’s text, without its byte order mark, before the verdict says yes', () => {
    const { sent, verdict } = download(`\uFEFF${thaad}`);
    expect(sent).toEqual([{ kind: 'text', readAt: 1234, text: thaad }]);
    expect(verdict).toEqual({ kind: 'verdict', readAt: 1234, ok: true });
  });

  it('send a download that parses but breaks the rules as text too, then its errors with their paths', () => {
    const { sent, verdict } = download(fixture('unknown-actor.json'));
    expect(sent.map((m) => m.kind)).toEqual(['text']);
    expect(verdict.kind === 'verdict' && !verdict.ok && verdict.errors.map((e) => e.path)).toContain('stances[0].from');
  });

  it('send no text for a download that fails the screen (empty, too deep)', () => {
    for (const name of ['empty-file.json', 'deep-array.json']) {
      const { sent, verdict } = download(fixture(name));
      expect(sent).toEqual([]);
      expect(verdict.kind === 'verdict' && verdict.ok).toBe(false);
    }
  });

  it('check an opened file’s text whole, with the same answers', () => {
    expect(checkText(thaad, thaad.length, 5)).toEqual({ kind: 'verdict', readAt: 5, ok: true });
    const bad = checkText(fixture('duplicate-id.json'), 10, 5);
    expect(bad.kind === 'verdict' && !bad.ok && bad.errors.length).toBeGreaterThan(0);
  });
});
