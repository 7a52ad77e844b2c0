import { describe, expect, it } from 'vitest';
import { afterBusy, createNextFrame } from '../../src/map/nextFrame.ts';

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

describe('afterBusy', () => {
  it('runs at the first frame when nothing is busy', () => {
    const f = frames();
    const done: string[] = [];
    afterBusy(f.schedule, () => false, 30)(() => done.push('step'));
    expect(done).toEqual([]);
    f.tick();
    expect(done).toEqual(['step']);
  });

  it('waits frame by frame while busy, and runs at the first frame that is not', () => {
    const f = frames();
    let busyFrames = 3;
    const done: string[] = [];
    afterBusy(f.schedule, () => busyFrames-- > 0, 30)(() => done.push('step'));
    for (let i = 0; i < 3; i++) {
      f.tick();
      expect(done, `frame ${i + 1}`).toEqual([]);
    }
    f.tick();
    expect(done).toEqual(['step']);
    expect(f.waiting()).toBe(0);
  });

  it('gives up waiting after the most frames it may wait, so work is never held for ever', () => {
    const f = frames();
    const done: string[] = [];
    afterBusy(f.schedule, () => true, 5)(() => done.push('step'));
    for (let i = 0; i < 5; i++) f.tick();
    expect(done).toEqual([]);
    f.tick();
    expect(done).toEqual(['step']);
    expect(f.waiting()).toBe(0);
  });

  it('holds every step given while it waits and runs them in order, once', () => {
    const f = frames();
    let busy = true;
    const later = createNextFrame(afterBusy(f.schedule, () => busy, 30));
    const done: number[] = [];
    later.defer(() => done.push(1));
    f.tick();
    later.defer(() => done.push(2));
    f.tick();
    expect(done).toEqual([]);
    busy = false;
    f.tick();
    expect(done).toEqual([1, 2]);
    f.tick();
    expect(done).toEqual([1, 2]);
  });
});
