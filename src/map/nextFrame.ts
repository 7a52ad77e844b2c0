/**
 * Work held for the next animation frame, run in the order it was given.
 * `flush` runs what is held at once (a change that must not wait lands after
 * the ones before it); `clear` drops it (the map is gone).
 */
export interface NextFrame {
  defer(work: () => void): void;
  flush(): void;
  clear(): void;
}

export function createNextFrame(schedule: (run: () => void) => void): NextFrame {
  let held: (() => void)[] = [];
  const flush = (): void => {
    const work = held;
    held = [];
    for (const w of work) w();
  };
  return {
    defer(work) {
      if (held.length === 0) schedule(flush);
      held.push(work);
    },
    flush,
    clear() {
      held = [];
    },
  };
}

/**
 * A schedule that waits, one frame at a time, while `busy()` says so, and
 * for at most `maxFrames` frames: a step then waits for the GPU instead of
 * queuing a frame behind one it has not finished, where the page's thread
 * would block issuing it.
 */
export function afterBusy(schedule: (run: () => void) => void, busy: () => boolean, maxFrames: number): (run: () => void) => void {
  return (run) => {
    let waited = 0;
    const tick = (): void => {
      if (busy() && waited++ < maxFrames) schedule(tick);
      else run();
    };
    schedule(tick);
  };
}
