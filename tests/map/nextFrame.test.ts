import { describe, expect, it } from 'vitest';
import { createNextFrame } from '../../src/map/nextFrame.ts';

function frames(): { schedule: (run: () => void) => void; tick: () => void; waiting: () => number } {
  let queue: (() => void)[] = [];
  return {
    schedule: (run) => { queue.push(run); },
    tick: () => {
      const now = queue;
      queue = [];
      for (const run of now) run();
    },
    waiting: () => queue.length,
  };
}

describe('createNextFrame', () => {
  it('runs deferred work at the next frame, in the order it was given, with one frame asked for', () => {
    const f = frames();
    const later = createNextFrame(f.schedule);
    const done: number[] = [];
    later.defer(() => done.push(1));
    later.defer(() => done.push(2));
    expect(done).toEqual([]);
    expect(f.waiting()).toBe(1);
    f.tick();
    expect(done).toEqual([1, 2]);
    f.tick();
    expect(done).toEqual([1, 2]);
  });

  it('runs held work at once on flush, so a change that does not wait lands after it, and the frame then runs nothing twice', () => {
    const f = frames();
    const later = createNextFrame(f.schedule);
    const done: string[] = [];
    later.defer(() => done.push('step'));
    later.flush();
    done.push('now');
    later.defer(() => done.push('next step'));
    expect(done).toEqual(['step', 'now']);
    f.tick();
    expect(done).toEqual(['step', 'now', 'next step']);
    f.tick();
    expect(done).toEqual(['step', 'now', 'next step']);
  });

  it('drops held work on clear', () => {
    const f = frames();
    const later = createNextFrame(f.schedule);
    const done: number[] = [];
    later.defer(() => done.push(1));
    later.clear();
    f.tick();
    later.flush();
    expect(done).toEqual([]);
  });
});
