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
